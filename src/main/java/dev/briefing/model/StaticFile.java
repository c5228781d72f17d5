package dev.briefing.model;

import java.nio.file.Path;

/** A file under content/static/, copied as-is to {@code outputPath} (relative, '/'-separated). */
public record StaticFile(Path file, String outputPath) {
    /** Where static files are, relative to the source folder: its files are published from the site's root. */
    public static final String FOLDER = "content/static/";

    /** Where a static file published at {@code outputPath} is in the source folder. */
    public static String sourcePath(String outputPath) {
        return FOLDER + outputPath;
    }
}
