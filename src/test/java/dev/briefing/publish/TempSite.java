package dev.briefing.publish;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small site written into a temporary folder, built in-process, and its output read back. */
public final class TempSite {
    public static final LocalDate AS_OF = LocalDate.parse("2025-01-01");

    /** The smallest site that builds cleanly with the built-in theme. */
    public static final Map<String, String> MINIMAL = Map.of(
            "content/briefs/a.md", """
                    ---
                    title: A brief
                    date: 2024-09-13
                    summary: One plain sentence.
                    ---
                    Body text.
                    """);

    private TempSite() {
    }

    public static Path write(Path root, Map<String, String> files) {
        try {
            for (var e : files.entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pipeline.Result build(Path source, Path output) {
        return new Pipeline().run(new Pipeline.Options(source, output, AS_OF, false));
    }

    public static List<Diagnostic> errors(Pipeline.Result result, Code code) {
        return result.diagnostics().sorted().stream().filter(d -> d.isError() && d.code() == code).toList();
    }

    /** Relative path → SHA-256 of every file under a folder, in path order. */
    public static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
