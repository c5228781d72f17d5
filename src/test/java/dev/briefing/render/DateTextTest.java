package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Views.DateView.text writes dates as the formatter pattern "d MMMM yyyy" does, on seeded random dates. */
class DateTextTest {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Test
    void matchesTheFormatterForEveryYearContentCanWrite() {
        Random random = new Random(3);
        long first = LocalDate.of(0, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        for (int n = 0; n < 20_000; n++) {
            LocalDate d = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
            assertEquals(PATTERN.format(d), Views.DateView.text(d), d.toString());
        }
        assertEquals("1 January 2026", Views.DateView.text(LocalDate.of(2026, 1, 1)));
        assertEquals("31 December 0099", Views.DateView.text(LocalDate.of(99, 12, 31)));
    }
}
