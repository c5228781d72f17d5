package dev.briefing.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void runsOfThreeDigitsOrMoreAreComparedWhateverSeparatesThem() {
        assertEquals(List.of("970", "244", "3500"), Numbers.runs("Call (970) 244-3500."));
        assertEquals(Numbers.runs("970-244-3500"), Numbers.runs("970.244.3500"));
        assertEquals(Numbers.runs("10,000 people on May 24, 2023"), Numbers.runs("10.000 personas el 24 de mayo de 2023"));
        // Times and days of the month, which each language writes its own way, are not compared.
        assertEquals(List.of(), Numbers.runs("Open 8:00 a.m. to 7 p.m., or 20:00, on the 4th"));
        assertEquals(List.of("911", "988"), Numbers.runs("Call 911, or 988 (press 2)"));
        // A number grouped in thousands is one, whichever separator (walkthrough of issue 24: $10,000 written $1,000 passed).
        assertEquals(List.of("10000"), Numbers.runs("$10,000"));
        assertEquals(Numbers.runs("$10,000 and 1,250,000"), Numbers.runs("10.000 dólares y 1.250.000"));
        assertEquals(Numbers.runs("$1,000"), Numbers.runs("1000 dólares"));
        assertEquals(List.of("1000"), Numbers.runs("$1,000"));
        assertEquals(List.of("2024", "300"), Numbers.runs("in 2024, 300 people"));
    }
}
