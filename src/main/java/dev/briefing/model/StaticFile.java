package dev.briefing.model;

import java.nio.file.Path;

/** A file under content/static/, copied as-is to {@code outputPath} (relative, '/'-separated). */
public record StaticFile(Path file, String outputPath) {
}
