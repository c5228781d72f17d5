package dev.briefing.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How to run this generator again, as a command a user can type in a given folder: the way they
 * ran it. {@code bin/briefing} names itself (system property {@value #LAUNCHER}); a jar started
 * with {@code java -jar} is that jar; the classes of a development build are plain "briefing".
 */
final class Invocation {
    /** Set by bin/briefing to its own absolute path. */
    static final String LAUNCHER = "briefing.launcher";

    private Invocation() {
    }

    /** The command, for a user in {@code folder}: "java -jar ../briefing-1.0.0.jar", "../bin/briefing" or "briefing". */
    static String command(Path folder) throws IOException {
        return command(System.getProperty(LAUNCHER), BuildInfo.ofRunningJar().map(BuildInfo::jar).orElse(null), folder);
    }

    static String command(String launcher, Path jar, Path folder) {
        if (launcher != null && !launcher.isBlank()) {
            String path = path(Path.of(launcher), folder);
            return quote(path.contains("/") || path.contains("\\") ? path : "./" + path);
        }
        if (jar != null) return "java -jar " + quote(path(jar, folder));
        return "briefing";
    }

    /**
     * The file name of the jar this runs from when it sits beside {@code folder} (the layout the site's
     * README describes: {@code java -jar ../briefing.jar}), so the README names the jar "Next:" runs;
     * null when run through the launcher, from classes, or from a jar elsewhere.
     */
    static String jarBeside(String launcher, Path jar, Path folder) {
        if (launcher != null && !launcher.isBlank() || jar == null) return null;
        Path parent = folder.toAbsolutePath().normalize().getParent();
        Path at = jar.toAbsolutePath().normalize();
        return parent != null && parent.equals(at.getParent()) ? at.getFileName().toString() : null;
    }

    static String jarBeside(Path folder) throws IOException {
        return jarBeside(System.getProperty(LAUNCHER), BuildInfo.ofRunningJar().map(BuildInfo::jar).orElse(null), folder);
    }

    /** A path as it reads best from the folder: relative when that climbs at most two levels, else absolute. */
    private static String path(Path target, Path folder) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path relative = folder.toAbsolutePath().normalize().relativize(absolute);
            int up = 0;
            for (Path part : relative) if (part.toString().equals("..")) up++;
            return up <= 2 ? relative.toString() : absolute.toString();
        } catch (IllegalArgumentException e) {
            return absolute.toString(); // another drive, on Windows
        }
    }

    /** Quoted when a shell would split it (a folder with a space in its name). */
    static String quote(String path) {
        return path.matches("[A-Za-z0-9._/:\\\\+=@-]+") ? path : "\"" + path + "\"";
    }
}
