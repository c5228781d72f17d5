package dev.briefing.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a handout's lines may break: where the usual line breaker says, except inside an e-mail or
 * web address, which breaks only after an '@' or a '/', and inside a phone number, which never breaks. The usual breaker breaks after any '-'
 * ("editors@county-" / "elections.org"), and a reader copying the address from paper writes the
 * wrong one. A part between those points longer than {@value #LONGEST_UNBROKEN} characters keeps
 * the usual breaks, so that no address runs past the page's edge.
 *
 * <p>Done here, in the line breaker, rather than with markup: openhtmltopdf writes the text of an
 * inline element after the rest of its line, so a span around an address would put it out of order
 * in the PDF's text, which is what copying and search read.
 */
final class AddressLineBreaker implements FSTextBreaker {
    /** The longest part of an address kept whole. */
    static final int LONGEST_UNBROKEN = 40;
    /** A word: what lies between spaces. */
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** An address in a word, without the punctuation around it: it has an '@' or a '/', or names a domain (a dot between letters). */
    private static final Pattern ADDRESS = Pattern.compile("^[(\\[<\"'“‘]*(.*?)[).,;:!?\\]>\"'”’]*$");
    /** A phone number as written in text: digits with '-', '.', '(' or ')' between them ("1-555-555-0142", "(555) 555-0142" is two words). */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9().\\-]*[0-9]");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}_-]+(\\.[\\p{L}\\p{N}_-]+)+");

    private int[] breaks = new int[0];
    private int next;

    @Override
    public void setText(String text) {
        breaks = breaks(text);
        next = 0;
    }

    @Override
    public int next() {
        return next < breaks.length ? breaks[next++] : BreakIterator.DONE;
    }

    /** Every place a line may break in {@code text}, in order: the offsets after which it may. */
    static int[] breaks(String text) {
        BreakIterator usual = BreakIterator.getLineInstance(Locale.ROOT);
        usual.setText(text);
        boolean[] allowed = new boolean[text.length() + 1];
        for (int b = usual.next(); b != BreakIterator.DONE; b = usual.next()) allowed[b] = true;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            Matcher address = ADDRESS.matcher(word.group());
            if (!address.matches()) continue;
            if (isPhone(address.group(1))) {
                // A number split across lines ("1-555-" / "555-0142") is misdialled from paper: kept whole, as it is short.
                for (int b = word.start() + address.start(1) + 1; b < word.start() + address.end(1); b++) allowed[b] = false;
                continue;
            }
            if (!isAddress(address.group(1))) continue;
            int start = word.start() + address.start(1);
            int end = word.start() + address.end(1);
            // Inside the address, breaks only after its '@' and '/'; a part too long to keep whole keeps the usual ones.
            int partStart = start;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                boolean point = c == '@' || c == '/' && !text.startsWith("//", i) && !text.startsWith("://", i - 2);
                if (!point && i + 1 < end) continue;
                int partEnd = i + 1;
                if (partEnd - partStart <= LONGEST_UNBROKEN) {
                    for (int b = partStart + 1; b < partEnd; b++) allowed[b] = false;
                }
                if (partEnd < end) allowed[partEnd] = true;
                partStart = partEnd;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int b = 1; b <= text.length(); b++) if (allowed[b]) out.add(b);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A phone number: seven digits or more, and short enough to keep whole. */
    private static boolean isPhone(String word) {
        if (word.length() > LONGEST_UNBROKEN || !PHONE.matcher(word).matches()) return false;
        return word.chars().filter(Character::isDigit).count() >= 7;
    }

    private static boolean isAddress(String word) {
        return word.indexOf('@') > 0 || word.indexOf('/') >= 0 && word.indexOf('.') >= 0 || DOMAIN.matcher(word).matches();
    }
}
