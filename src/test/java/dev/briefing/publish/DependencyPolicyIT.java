package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dependency policy in pom.xml refuses a bad library. This project's own pom, with bad
 * libraries added, is built by Maven up to generate-resources in a folder of its own, offline,
 * against a local repository made of this build's (linked) and the bad libraries (written here).
 */
class DependencyPolicyIT {
    private static final String GROUP = "briefingpolicytest";
    /** Class file major versions: 61 is Java 17, 65 is Java 21. */
    private static final int JAVA_17 = 61;
    private static final int JAVA_21 = 65;

    @TempDir
    static Path dir;
    static Path project;
    static Path repository;

    private record Library(String artifact, String licence, Map<String, Integer> classes, String dependency) {
    }

    @BeforeAll
    static void aProjectWithBadLibraries() throws Exception {
        String home = System.getProperty("briefing.maven.home");
        String local = System.getProperty("briefing.maven.repository");
        Assumptions.assumeTrue(home != null && local != null, "run by Maven (mvn verify), which passes its home and repository");
        repository = dir.resolve("repository");
        Files.createDirectories(repository);
        try (Stream<Path> groups = Files.list(Path.of(local))) {
            for (Path g : groups.toList()) Files.createSymbolicLink(repository.resolve(g.getFileName()), g);
        }
        List<Library> libraries = List.of(
                new Library("gpl-lib", "GNU General Public License v3.0", Map.of("a/A.class", JAVA_17), null),
                new Library("gpl-test-tool", "GNU General Public License v3.0", Map.of("t/T.class", JAVA_17), null),
                new Library("java21-lib", "MIT", Map.of("b/B.class", JAVA_21), null),
                new Library("multi-release-lib", "MIT", Map.of("c/C.class", JAVA_17, "META-INF/versions/21/c/C.class", JAVA_21), null),
                new Library("left", "MIT", Map.of("l/L.class", JAVA_17), "shared:1.0"),
                new Library("right", "MIT", Map.of("r/R.class", JAVA_17), "shared:2.0"));
        for (Library library : libraries) install(library.artifact(), "1.0", library.licence(), library.classes(), library.dependency());
        install("shared", "1.0", "MIT", Map.of("s/S.class", JAVA_17), null);
        install("shared", "2.0", "MIT", Map.of("s/S.class", JAVA_17), null);

        StringBuilder added = new StringBuilder();
        for (Library library : libraries) {
            added.append("<dependency><groupId>" + GROUP + "</groupId><artifactId>" + library.artifact() + "</artifactId><version>1.0</version>"
                    + (library.artifact().endsWith("test-tool") ? "<scope>test</scope>" : "") + "</dependency>\n");
        }
        String pom = Files.readString(TestSites.PROJECT.resolve("pom.xml"));
        assertTrue(pom.contains("</dependencies>\n\n  <build>"));
        project = dir.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), pom.replace("</dependencies>\n\n  <build>", added + "</dependencies>\n\n  <build>"));
        Path template = Path.of("src/license/third-party.ftl");
        Files.createDirectories(project.resolve(template).getParent());
        Files.copy(TestSites.PROJECT.resolve(template), project.resolve(template));
    }

    /** A library as mvn install would leave it: its pom (licence, one dependency) and a jar of bare class file headers. */
    private static void install(String artifact, String version, String licence, Map<String, Integer> classes, String dependency)
            throws IOException {
        Path at = repository.resolve(GROUP).resolve(artifact).resolve(version);
        Files.createDirectories(at);
        String depends = dependency == null ? "" : "<dependencies><dependency><groupId>" + GROUP + "</groupId><artifactId>"
                + dependency.split(":")[0] + "</artifactId><version>" + dependency.split(":")[1] + "</version></dependency></dependencies>";
        Files.writeString(at.resolve(artifact + "-" + version + ".pom"), "<project><modelVersion>4.0.0</modelVersion><groupId>" + GROUP
                + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version + "</version><licenses><license><name>"
                + licence + "</name></license></licenses>" + depends + "</project>");
        try (OutputStream file = Files.newOutputStream(at.resolve(artifact + "-" + version + ".jar")); ZipOutputStream jar = new ZipOutputStream(file)) {
            if (classes.keySet().stream().anyMatch(c -> c.startsWith("META-INF/versions/"))) {
                jar.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
                jar.write("Manifest-Version: 1.0\r\nMulti-Release: true\r\n".getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, Integer> c : classes.entrySet()) {
                jar.putNextEntry(new ZipEntry(c.getKey()));
                jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, (byte) (int) c.getValue()});
            }
        }
    }

    private record Build(int exit, String log) {
    }

    private static Build maven(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("briefing.maven.home"), "bin", "mvn").toString(),
                "-B", "-o", "-Dmaven.repo.local=" + repository, "generate-resources"));
        command.addAll(List.of(args));
        Path log = dir.resolve("maven-" + args.length + ".log");
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "Maven finished in time");
        return new Build(p.exitValue(), Files.readString(log));
    }

    @Test
    void theEnforcerRefusesTwoVersionsOfALibraryAndClassesNewerThanJava17() throws Exception {
        Build build = maven();
        assertEquals(1, build.exit(), build.log());
        assertTrue(build.log().contains("Dependency convergence error for " + GROUP + ":shared"), build.log());
        assertTrue(build.log().contains(GROUP + ":java21-lib:jar:1.0"), "the Java 21 library is named: " + build.log());
        assertFalse(build.log().contains(GROUP + ":multi-release-lib:jar:1.0:compile has not been compiled"),
                "classes under META-INF/versions are excepted: " + build.log());
    }

    @Test
    void theLicencePolicyRefusesAGplLibraryThatWouldShipButNotATestTool() throws Exception {
        Build build = maven("-Denforcer.skip=true");
        assertEquals(1, build.exit(), build.log());
        assertTrue(build.log().contains("There are some forbidden licenses used"), build.log());
        String refused = build.log().substring(build.log().indexOf("forbidden licenses used:"));
        assertTrue(refused.startsWith("forbidden licenses used:\n[WARNING] License: 'GNU General Public License v3.0' used by 1 dependencies:\n"
                + " -gpl-lib (" + GROUP + ":gpl-lib:1.0 "), build.log());
        assertFalse(build.log().contains(GROUP + ":gpl-test-tool"), "test-scope libraries are not shipped, so not checked: " + build.log());
    }
}
