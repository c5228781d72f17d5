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
        assertEquals(List.of(List.of(12 * 60), List.of(0)), meanings("hasta el mediodía, o hasta la medianoche"));
        // Without a.m. or p.m., a time up to 12:59 may be either half of the day...
        assertEquals(List.of(List.of(8 * 60, 20 * 60), List.of(30, 12 * 60 + 30)), meanings("from 8:00 to 12:30"));
        // ...unless its text counts hours to 24.
        assertEquals(List.of(List.of(8 * 60), List.of(17 * 60)), meanings("de 8:00 a 17:00"));
    }

    @Test
    void theStartOfARangeTakesTheKindOfItsEnd() {
        assertEquals(List.of(List.of(8 * 60), List.of(17 * 60)), meanings("de 8 a 17 h"));
        assertEquals(List.of(List.of(8 * 60, 20 * 60), List.of(17 * 60)), meanings("de 8 a 5 p. m."));
        assertEquals(List.of(List.of(8 * 60, 20 * 60), List.of(17 * 60)), meanings("8 to 5 p.m."));
        assertEquals(List.of(List.of(8 * 60), List.of(17 * 60)), meanings("8 a. m. a 5 p. m."));
        // With the articles Spanish puts before hours (walkthrough of issue 24).
        for (String hours : List.of("de las 7 a las 19 h", "entre las 7 y las 19 h", "desde las 7 hasta las 19 horas")) {
            assertEquals(List.of(List.of(7 * 60), List.of(19 * 60)), meanings(hours), hours);
        }
    }

    @Test
    void numbersThatAreNotTimesAreNotTakenForOnes() {
        assertEquals(List.of(), Times.in("Call 970-244-3500 or 911; 10,000 people; 2.50 dollars; 7 amigos; 5 a mile;"
                + " in 10 hours; on May 24, 2023; 3:1 odds; 25:00; 13 p.m.; abierto las 24 horas; en menos de 2 horas; 7 a 9"));
    }

    @Test
    void aTranslationLacksATimeOnlyWhereItGivesTimesAtAll() {
        assertEquals(List.of("7 p.m."), Times.lost("Polls close at 7 p.m.", "Las urnas cierran a las 9 p. m."));
        assertEquals(List.of(), Times.lost("Polls close at 7 p.m.", "Las urnas cierran a las 19:00."));
        assertEquals(List.of(), Times.lost("Open 8:00 to 8:00", "Abierto de 8 a. m. a 8 p. m."));
        assertEquals(List.of(), Times.lost("Open 8 a.m. to 5 p.m.", "Abierto de 8 a 17 h."));
        assertEquals(List.of(), Times.lost("Open 8 a.m. to 12 p.m.", "Abierto de 8 a. m. a 12 del mediodía."));
        // A closing time is not hidden by an opening time that could be morning or evening, in a text on the 24-hour clock.
        assertEquals(List.of("8 p.m."), Times.lost("Open 8 a.m. to 5 p.m.; until 8 p.m. on Election Day",
                "de 8:00 a 17:00; hasta las 21:00 el día de las elecciones"));
        assertEquals(List.of("7 p.m."), Times.lost("Polls open at 7 a.m. and close at 7 p.m.", "abren a las 7:00 y cierran a las 20:00"));
        // Written in words, or left out: not for this check to judge; a duration is no time of day.
        assertEquals(List.of(), Times.lost("Polls close at 7 p.m.", "Las urnas cierran a las siete de la tarde."));
        assertEquals(List.of(), Times.lost("Call within 2 hours; polls close at 7 p.m.",
                "Llame en menos de 2 horas; las urnas cierran a las siete de la tarde."));
        // An added time is not a lost one.
        assertEquals(List.of(), Times.lost("Open until noon", "Abierto hasta las 12 p. m."));
    }

    @Test
    void theWrongTimeIsWhereTheTranslationIsPointedAt() {
        String spanish = "Abren a las 8 a. m. Cierran a las 9 p. m.";
        assertEquals(spanish.indexOf("9 p. m."), Times.compare("Open at 8 a.m. Close at 7 p.m.", spanish).wrongAt());
    }
}
