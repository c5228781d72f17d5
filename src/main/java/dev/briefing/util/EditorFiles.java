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
     * The file {@code sed -i} writes beside the one it edits, then renames over it: "sed" and six
     * letters or digits (mkstemp's sedXXXXXX), with no extension, as content files have.
     */
    private static final java.util.regex.Pattern SED = java.util.regex.Pattern.compile("sed[A-Za-z0-9]{6}");

    /**
     * Emacs locks and autosaves ({@code .#x.md}, {@code #x.md#}) and other dot files, Vim's swap
     * files ({@code .x.md.swp}, {@code x.swo}) and the file it creates to test that a folder is
     * writable ({@code 4913}, or another number if that exists), Kate's swap files
     * ({@code x.md.kate-swp}), JetBrains editors' safe-write copies ({@code x.md___jb_tmp___},
     * {@code x.md___jb_old___}), GNU sed's {@code sedXXXXXX}, backups ({@code x.md~}) and
     * temporary files ({@code x.tmp}).
     */
    public static boolean isSideFile(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx") || name.endsWith(".kate-swp")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")
                || name.endsWith(".tmp") || !name.isEmpty() && name.chars().allMatch(Character::isDigit)
                || SED.matcher(name).matches();
    }
}
