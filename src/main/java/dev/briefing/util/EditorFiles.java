package dev.briefing.util;

/**
 * Files that editors' programs write beside the file being edited, which are never content: the
 * load stage skips them, so a swap file is never published from content/static/, and the
 * preview's watcher does not report them as changes.
 */
public final class EditorFiles {
    private EditorFiles() {
    }

    /**
     * Emacs locks and autosaves ({@code .#x.md}, {@code #x.md#}) and other dot files, Vim's swap
     * files ({@code .x.md.swp}, {@code x.swo}) and the file it creates to test that a folder is
     * writable ({@code 4913}, or another number if that exists), backups ({@code x.md~}) and
     * temporary files ({@code x.tmp}).
     */
    public static boolean isSideFile(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx")
                || name.endsWith(".tmp") || !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
