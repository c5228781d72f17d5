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
        if (!isDelimiter(firstEnd < 0 ? text : text.substring(0, firstEnd), false)) {
            diags.error(Code.BRF010, file.pos(1, 1), "missing front matter",
                    "start the file with a line '---', then title, date and summary, then '---'");
            return Optional.empty();
        }
        int yamlStart = firstEnd < 0 ? text.length() + 1 : firstEnd + 1;
        int pos = yamlStart;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (isDelimiter(l, true)) {
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
    private static boolean isDelimiter(String line, boolean closing) {
        String s = line.stripTrailing();
        return s.equals("---") || (closing && s.equals("..."));
    }
}
