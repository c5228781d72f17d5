package dev.briefing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * What a jar that mvn package built records about itself in its manifest (the shade plugin's
 * manifest entries in pom.xml): its version, the commit it was built from, the repository whose
 * releases publish it, and where its CycloneDX SBOM is inside it.
 */
record BuildInfo(Path jar, String version, String commit, String repository, String sbom) {
    static final String REPOSITORY_ENTRY = "Briefing-Repository";
    static final String COMMIT_ENTRY = "Briefing-Commit";
    static final String SBOM_ENTRY = "Sbom-Location";

    /** The jar this class runs from, or empty when it runs from classes (tests, an IDE). */
    static Optional<BuildInfo> ofRunningJar() throws IOException {
        Path jar;
        try {
            jar = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
        return Files.isRegularFile(jar) ? of(jar) : Optional.empty();
    }

    /** The build recorded in this jar, or empty when its manifest names no version (not our jar). */
    static Optional<BuildInfo> of(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            if (version == null) return Optional.empty();
            return Optional.of(new BuildInfo(jar, version, main.getValue(COMMIT_ENTRY), main.getValue(REPOSITORY_ENTRY),
                    main.getValue(SBOM_ENTRY)));
        }
    }

    /** What the version option prints: "briefing VERSION" first, as scripts read it, then provenance. */
    List<String> lines() {
        String built = commit == null || commit.equals("unknown")
                ? "commit unknown (built outside a git checkout)"
                : "commit " + commit + (repository == null ? "" : " of " + repository);
        String where = sbom == null
                ? "SBOM: none in this jar"
                : "SBOM (CycloneDX): " + sbom + " inside this jar"
                        + (repository == null ? "" : "; published as " + repository + "/releases/download/v" + version
                                + "/briefing-" + version + ".cdx.json");
        return List.of("briefing " + version, built, where);
    }
}
