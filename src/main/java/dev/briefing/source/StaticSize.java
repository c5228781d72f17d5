package dev.briefing.source;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Files in content/static/ are published as they are, so their size is what readers download
 * (on a phone plan, too) and what the repository must hold: GitHub warns about a file over 50 MB
 * and refuses one over 100 MB, which would stop the site from being pushed at all.
 */
final class StaticSize {
    static final long MB = 1024 * 1024;
    /** Above this a reader pays noticeably for opening the file. */
    static final long LARGE = 10 * MB;
    /** GitHub's warning. */
    static final long GITHUB_WARNS = 50 * MB;
    /** GitHub refuses a push with a larger file. */
    static final long GITHUB_REFUSES = 100 * MB;

    private StaticSize() {
    }

    static void check(Path file, String path, Diagnostics diags) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            diags.error(Code.BRF001, Pos.file(path), "cannot read the file's size: " + e.getMessage());
            return;
        }
        if (size > GITHUB_REFUSES) {
            diags.error(Code.BRF091, Pos.file(path), "the file is " + mb(size) + ", more than the 100 MB GitHub accepts,"
                    + " so the site could not be pushed or published", "make it smaller, or host it elsewhere and link to it");
        } else if (size > LARGE) {
            diags.warning(Code.BRF090, Pos.file(path), "the file is " + mb(size) + ": every reader who opens it downloads that much"
                    + (size > GITHUB_WARNS ? ", and GitHub warns about files over 50 MB" : ""),
                    "make it smaller (a compressed image, a shorter clip), or link to where it is hosted");
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
