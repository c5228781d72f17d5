package dev.briefing.source;

import dev.briefing.model.SourceFile;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import java.util.Optional;

/**
 * Splits a Markdown file into YAML front matter and body. The front matter sits between a first
 * line '---' and the next line '---'; line numbers of both parts are kept so positions in them
 * map back onto the file.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine the 1-based file line where the YAML starts
 * @param body          the Markdown after the closing line
 * @param bodyFirstLine the 1-based file line where the body starts
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static Optional<FrontMatter> split(SourceFile file, Diagnostics diags) {
        String text = file.text();
        int firstEnd = text.indexOf('\n');
        if (!isDelimiter(text, 0, firstEnd < 0 ? text.length() : firstEnd, false)) {
            diags.error(Code.BRF010, file.pos(1, 1), "missing front matter",
                    "start the file with a line '---', then title, date and summary, then '---'");
            return Optional.empty();
        }
        int yamlStart = firstEnd < 0 ? text.length() + 1 : firstEnd + 1;
        int pos = yamlStart;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            if (isDelimiter(text, pos, end < 0 ? text.length() : end, true)) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(text.substring(yamlStart, pos), 2, body, line + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        diags.error(Code.BRF010, file.pos(1, 1), "front matter is not closed",
                "add a line '---' after the last front-matter field");
        return Optional.empty();
    }

    /**
     * A '---' line (or '...' to close), ignoring trailing spaces and tabs: editors leave them
     * invisibly, and the line still reads as a delimiter to anyone looking at the file.
     */
    private static boolean isDelimiter(String text, int start, int end, boolean closing) {
        // Read in place: every line of every file's front matter is asked.
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--; // as stripTrailing
        if (e - start != 3) return false;
        return text.startsWith("---", start) || (closing && text.startsWith("...", start));
    }
}
