package dev.briefing.diag;

/**
 * A position in a source file: path relative to the source folder (with '/' separators),
 * 1-based line and column. Line 0 means "the whole file".
 */
public record Pos(String path, int line, int column) implements Comparable<Pos> {

    public static Pos file(String path) {
        return new Pos(path, 0, 0);
    }


    @Override
    public int compareTo(Pos o) {
        int c = path == o.path ? 0 : path.compareTo(o.path); // positions in one file usually share its path
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ":" + column : path;
    }
}
