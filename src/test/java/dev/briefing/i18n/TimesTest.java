package dev.briefing.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimesTest {
    private static List<List<Integer>> meanings(String text) {
        return Times.in(text).stream().map(Times.Time::minutes).toList();
    }

    @Test
    void eachLanguagesWaysOfWritingATimeAreTheSameTime() {
        for (String evening : List.of("7 p.m.", "7 pm", "7 PM", "7 p. m.", "7\u00a0p.\u00a0m.", "7:00 p.m.", "19:00", "19.00 h",
                "19 h", "19 horas", "7 de la tarde", "7 de la noche")) {
            assertEquals(List.of(List.of(19 * 60)), meanings("a las " + evening + "."), evening);
        }
        assertEquals(List.of(List.of(7 * 60 + 30)), meanings("at 7:30 a.m., then"));
        assertEquals(List.of(List.of(0)), meanings("12 de la noche"));
        assertEquals(List.of(List.of(12 * 60)), meanings("12 p.m."));
        // Without a.m. or p.m., a time up to 12:59 may be either half of the day.
        assertEquals(List.of(List.of(8 * 60, 20 * 60), List.of(30, 12 * 60 + 30)), meanings("from 8:00 to 12:30"));
    }

    @Test
    void numbersThatAreNotTimesAreNotTakenForOnes() {
        assertEquals(List.of(), Times.in("Call 970-244-3500 or 911; 10,000 people; 2.50 dollars; 7 amigos; 5 a mile;"
                + " in 10 hours; on May 24, 2023; 3:1 odds; 25:00; 13 p.m."));
    }

    @Test
    void aTranslationLacksATimeOnlyWhereItGivesTimesInDigits() {
        assertEquals(List.of("7 p.m."), Times.lost("Polls close at 7 p.m.", "Las urnas cierran a las 9 p. m."));
        assertEquals(List.of(), Times.lost("Polls close at 7 p.m.", "Las urnas cierran a las 19:00."));
        assertEquals(List.of(), Times.lost("Open 8:00 to 8:00", "Abierto de 8 a. m. a 8 p. m."));
        // Written in words, or left out: not for this check to judge.
        assertEquals(List.of(), Times.lost("Polls close at 7 p.m.", "Las urnas cierran a las siete de la tarde."));
        // An added time is not a lost one.
        assertEquals(List.of(), Times.lost("Open until noon", "Abierto hasta las 12 p. m."));
    }
}
