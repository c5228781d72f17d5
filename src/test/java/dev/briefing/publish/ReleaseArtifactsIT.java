package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar mvn package built, as a release publishes it: its SBOM against what Maven's own
 * dependency:list says the jar ships (target/runtime-dependencies.txt, written before the
 * integration tests), its third-party notices, and what its version option says.
 */
class ReleaseArtifactsIT {
    private static final Path JAR = TestSites.PROJECT.resolve("target/briefing.jar");
    private static final Path DEPENDENCY_LIST = TestSites.PROJECT.resolve("target/runtime-dependencies.txt");
    private static final String SBOM = "META-INF/sbom/briefing.cdx.json";
    /** A line of dependency:list: "   group:artifact:jar:version:scope", perhaps with a module name after it. */
    private static final Pattern LISTED = Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):jar:([^:\\s]+):(compile|runtime)\\b.*$");

    private record Library(String group, String artifact, String version) {
        Path jarIn(Path repository) {
            return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".jar");
        }
    }

    private static List<Library> runtimeDependencies() throws IOException {
        List<Library> listed = new ArrayList<>();
        for (String line : Files.readAllLines(DEPENDENCY_LIST)) {
            Matcher m = LISTED.matcher(line);
            if (m.matches()) listed.add(new Library(m.group(1), m.group(2), m.group(3)));
        }
        return listed;
    }

    private static JsonNode sbom() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            ZipEntry entry = jar.getEntry(SBOM);
            assertTrue(entry != null, "the jar carries its SBOM at " + SBOM);
            return new ObjectMapper().readTree(jar.getInputStream(entry));
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theSbomListsEveryRuntimeDependencyWithItsLicenceAndTheHashOfItsJar() throws Exception {
        List<Library> listed = runtimeDependencies();
        assertTrue(listed.size() >= 10 && listed.contains(new Library("org.freemarker", "freemarker", "2.3.35")), listed.toString());
        JsonNode bom = sbom();
        assertEquals("CycloneDX", bom.path("bomFormat").asString());
        assertEquals("dev.briefing", bom.path("metadata").path("component").path("group").asString());

        Map<Library, JsonNode> components = new TreeMap<>(java.util.Comparator.comparing(Library::toString));
        for (JsonNode c : bom.path("components")) {
            components.put(new Library(c.path("group").asString(), c.path("name").asString(), c.path("version").asString()), c);
        }
        assertEquals(new TreeSet<>(listed.stream().map(Library::toString).toList()),
                new TreeSet<>(components.keySet().stream().map(Library::toString).toList()), "the SBOM against dependency:list");

        Path repository = Path.of(System.getProperty("briefing.maven.repository", System.getProperty("user.home") + "/.m2/repository"));
        for (Library library : listed) {
            JsonNode c = components.get(library);
            List<String> licences = new ArrayList<>();
            c.path("licenses").forEach(l -> licences.add(l.path("license").path("id").asString(l.path("license").path("name").asString(""))));
            assertFalse(licences.isEmpty() || licences.contains(""), library + " has a licence: " + c.path("licenses"));
            String hash = null;
            for (JsonNode h : c.path("hashes")) if (h.path("alg").asString().equals("SHA-256")) hash = h.path("content").asString();
            Path jar = library.jarIn(repository);
            if (Files.isRegularFile(jar)) assertEquals(sha256(Files.readAllBytes(jar)), hash, library + "'s SHA-256");
            else assertTrue(hash != null && hash.matches("[0-9a-f]{64}"), library + " has a SHA-256: " + c.path("hashes"));
        }
    }

    @Test
    void theJarCarriesEachLibrarysLicenceFilesAndAThirdPartyList() throws Exception {
        Path repository = Path.of(System.getProperty("briefing.maven.repository", System.getProperty("user.home") + "/.m2/repository"));
        try (ZipFile shaded = new ZipFile(JAR.toFile())) {
            ZipEntry list = shaded.getEntry("META-INF/THIRD-PARTY.txt");
            assertTrue(list != null, "META-INF/THIRD-PARTY.txt");
            String thirdParty = new String(shaded.getInputStream(list).readAllBytes(), StandardCharsets.UTF_8);
            int copied = 0;
            for (Library library : runtimeDependencies()) {
                assertTrue(thirdParty.contains("\n" + library.group() + ":" + library.artifact() + ":" + library.version() + " ("),
                        library + " in THIRD-PARTY.txt:\n" + thirdParty);
                Path jar = library.jarIn(repository);
                if (!Files.isRegularFile(jar)) continue;
                try (ZipFile own = new ZipFile(jar.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(own.entries())) {
                        if (e.isDirectory() || !e.getName().matches("META-INF/([^/]+/)?(LICENSE|NOTICE|COPYING)[^/]*|META-INF/(AL2\\.0|LGPL2\\.1)")) continue;
                        String kept = "META-INF/third-party/" + library.artifact() + "-" + library.version() + "-jar/" + e.getName();
                        ZipEntry copy = shaded.getEntry(kept);
                        assertTrue(copy != null, library + "'s " + e.getName() + " is kept as " + kept);
                        assertEquals(sha256(own.getInputStream(e).readAllBytes()), sha256(shaded.getInputStream(copy).readAllBytes()), kept);
                        copied++;
                    }
                }
            }
            assertTrue(copied >= 5, "FreeMarker, JNA, commonmark and jsoup ship licence files: " + copied);
            assertTrue(shaded.getEntry("META-INF/LICENSE") == null, "no one library's licence stands at META-INF/ as if it were the jar's");
            // The handouts' font is no library, but ships in the jar too: with its licence, and named in the notices.
            assertTrue(shaded.getEntry("dev/briefing/fonts/OpenSans-Regular.ttf") != null, "the bundled font");
            assertTrue(shaded.getEntry("dev/briefing/fonts/LICENSE.txt") != null, "the bundled font's licence ships beside it");
            assertTrue(thirdParty.contains("\nOpen Sans 1.11 (Apache-2.0)"), "the notices name the bundled font:\n" + thirdParty);
        }
    }

    /**
     * The jar ships only Snowball's runtime, its Spanish stemmer and stop words of Lucene's analysis
     * jar (pom.xml's shade filter): enough to build a Spanish site's search index.
     */
    @Test
    void theJarShipsTheSpanishStemmerAndBuildsASpanishIndexWithIt(@TempDir Path tmp) throws Exception {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            List<String> lucene = jar.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/"))
                    .filter(n -> n.startsWith("org/tartarus/") || n.startsWith("org/apache/lucene/")).sorted().toList();
            assertEquals(List.of("org/apache/lucene/analysis/snowball/spanish_stop.txt", "org/tartarus/snowball/Among.class",
                    "org/tartarus/snowball/SnowballProgram.class", "org/tartarus/snowball/SnowballStemmer.class",
                    "org/tartarus/snowball/ext/SpanishStemmer.class"), lucene);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "build", "--source", TestSites.copyOf("search-es", tmp.resolve("search-es")).toString(), "--output", tmp.resolve("site").toString(),
                "--as-of", "2026-12-06").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        Path index = tmp.resolve("site/search/index");
        assertTrue(Files.readString(index.resolve("meta.json")).contains("\"stem\":\"snowball-spanish\""));
        assertTrue(Files.readString(index.resolve("t-pe.json")).contains("\"pele\":"), "pelea, stemmed");
    }

    @Test
    void theVersionOptionNamesTheVersionTheCommitAndTheSbom() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "--version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        List<String> lines = out.lines().toList();
        String pom = Files.readString(TestSites.PROJECT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>briefing</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find());
        assertEquals("briefing " + version.group(1), lines.get(0), out);
        assertTrue(lines.get(1).startsWith("commit " + headCommit() + " ") || lines.get(1).equals("commit " + headCommit()), out);
        assertTrue(lines.get(2).startsWith("SBOM (CycloneDX): " + SBOM + " inside this jar"), out);
    }

    /**
     * The commit the build records is HEAD itself when HEAD is a merge, as main's often is (the
     * plugin used before recorded the last commit that was not a merge), HEAD of a git worktree (not
     * of its main checkout), and "unknown" outside a git checkout. Runs this project's pom in a
     * throwaway repository whose HEAD is a merge, and in a worktree of it.
     */
    @Test
    void theBuildRecordsHeadAtAMergeAndInAWorktreeAndUnknownOutsideGit(@TempDir Path repo) throws Exception {
        Files.copy(TestSites.PROJECT.resolve("pom.xml"), repo.resolve("pom.xml"));
        assertEquals("unknown", recordedCommit(repo), "no git checkout");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "pom.xml");
        git(repo, "commit", "-q", "-m", "first");
        git(repo, "checkout", "-q", "-b", "side");
        Files.writeString(repo.resolve("side.txt"), "side\n");
        git(repo, "add", "side.txt");
        git(repo, "commit", "-q", "-m", "on the side");
        git(repo, "checkout", "-q", "main");
        Files.writeString(repo.resolve("main.txt"), "main\n");
        git(repo, "add", "main.txt");
        git(repo, "commit", "-q", "-m", "on main");
        git(repo, "merge", "-q", "--no-ff", "side", "-m", "merge side");
        String head = git(repo, "rev-parse", "HEAD");
        assertEquals(head, recordedCommit(repo), "HEAD is the merge commit");
        // A git worktree (its .git is a file) at another commit records its own HEAD, not the main checkout's.
        Path other = repo.resolveSibling(repo.getFileName() + "-worktree");
        git(repo, "worktree", "add", "-q", other.toString(), "side");
        assertEquals(git(other, "rev-parse", "HEAD"), recordedCommit(other), "the worktree's HEAD");
        assertFalse(head.equals(git(other, "rev-parse", "HEAD")));
    }

    /** What the pom puts in the manifest's Briefing-Commit, evaluated by Maven in that folder. */
    private static String recordedCommit(Path folder) throws Exception {
        String mvn = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        return run(folder, mvn, "-B", "-q", "-Dstyle.color=never", "initialize", "help:evaluate",
                "-Dexpression=briefing.commit", "-DforceStdout");
    }

    private static String git(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org"));
        command.addAll(List.of(args));
        return run(folder, command.toArray(String[]::new));
    }

    private static String run(Path folder, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no " + command[0] + " program here");
            throw e;
        }
        // Maven may colour its output whatever it is told; the escapes are not part of the value.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\u001B\\[[;\\d]*m", "").strip();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    /** The commit git says this checkout is at, "unknown" outside one; skipped without git. */
    private static String headCommit() throws Exception {
        if (!Files.exists(TestSites.PROJECT.resolve(".git"))) return "unknown";
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(TestSites.PROJECT.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("no git program to ask for the commit");
            throw e;
        }
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, git.waitFor());
        return head;
    }
}
