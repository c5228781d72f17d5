package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a handout's lines may break: an address only after its '@' and '/' (walkthrough of issue 26). */
class AddressLineBreakerTest {
    /** The text cut at every place a line may break. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int b : AddressLineBreaker.breaks(text)) {
            out.add(text.substring(from, b));
            from = b;
        }
        assertEquals(text.length(), from, "the last break is the text's end");
        return out;
    }

    @Test
    void anEmailAddressBreaksOnlyAfterItsAtSign() {
        assertEquals(List.of("Write ", "to ", "clerk-of-elections@", "county-elections-office.example.org ", "today."),
                pieces("Write to clerk-of-elections@county-elections-office.example.org today."));
        assertEquals(List.of("(tips@", "example.org)."), pieces("(tips@example.org)."));
    }

    @Test
    void aWebAddressBreaksOnlyAfterItsSlashesAndNotInItsScheme() {
        assertEquals(List.of("Read ", "the ", "guide ", "(www.cisa.gov/", "topics/", "election-security)."),
                pieces("Read the guide (www.cisa.gov/topics/election-security)."));
        assertEquals(List.of("See ", "https://www.ready.gov/", "plan."), pieces("See https://www.ready.gov/plan."));
        assertEquals(List.of("briefings.county-elections.example.gov"), pieces("briefings.county-elections.example.gov"));
    }

    /** Walkthrough 9 of issue 26: "llame al 1-555-" / "555-0142." on a Spanish handout; a phone number is never split. */
    @Test
    void aPhoneNumberIsKeptWhole() {
        assertEquals(List.of("llame ", "al ", "1-555-555-0142."), pieces("llame al 1-555-555-0142."));
        assertEquals(List.of("Call ", "(555) ", "555-0142 ", "or ", "+1-202-555-0199."), pieces("Call (555) 555-0142 or +1-202-555-0199."));
        assertEquals(List.of("In ", "2024-", "25, ", "call."), pieces("In 2024-25, call."), "a short run of digits breaks as usual");
    }

    /** A part too long to keep whole on a line keeps the usual breaks, so it never runs past the page; other words are untouched. */
    @Test
    void aPartTooLongToKeepWholeAndOtherWordsBreakAsUsual() {
        assertEquals(List.of("www.example.gov/", "an-", "extremely-", "long-", "segment-", "that-", "goes-", "on-", "and-", "on"),
                pieces("www.example.gov/an-extremely-long-segment-that-goes-on-and-on"));
        assertEquals(List.of("A ", "well-", "known ", "place."), pieces("A well-known place."));
    }
}
