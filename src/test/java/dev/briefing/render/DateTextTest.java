package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.model.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates as each language writes them, from its message file's patterns: English exactly as the
 * theme wrote them before it had messages ("d MMMM yyyy"), Spanish as Spanish does.
 */
class DateTextTest {
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Messages EN = Theme.builtInMessages("en");
    private static final Messages ES = Theme.builtInMessages("es");

    @Test
    void englishDaysAreWhatTheThemeAlwaysWroteForEveryYearContentCanWrite() {
        Random random = new Random(3);
        long first = LocalDate.of(0, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        for (int n = 0; n < 20_000; n++) {
            LocalDate d = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
            assertEquals(ENGLISH_DAY.format(d), EN.day(d), d.toString());
        }
        assertEquals("1 January 2026", EN.day(LocalDate.of(2026, 1, 1)));
        assertEquals("31 December 0099", EN.day(LocalDate.of(99, 12, 31)));
    }

    @Test
    void spanishWritesTheMonthInItsOwnWords() {
        assertEquals("24 de mayo de 2023", ES.day(LocalDate.of(2023, 5, 24)));
        assertEquals("1 de enero de 2026", ES.day(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aDateIsShownToItsPrecisionInEachLanguage() {
        LocalDate d = LocalDate.of(2024, 7, 13);
        assertEquals(new Views.DateView("2024-07", "July 2024"), Views.DateView.of(d, "month", EN));
        assertEquals(new Views.DateView("2024-07", "julio de 2024"), Views.DateView.of(d, "month", ES));
        assertEquals(new Views.DateView("2024", "2024"), Views.DateView.of(d, "year", ES));
        assertEquals(new Views.DateView("2024-07-13", "13 de julio de 2024"), Views.DateView.of(d, "day", ES));
    }
}
