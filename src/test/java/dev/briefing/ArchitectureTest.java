package dev.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md's package table, checked against the compiled generator: each package may use
 * only the packages it lists (allowed, not denied, so a new package is held to the table from its
 * first class), and no two packages depend on each other.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.briefing");
    }

    /** A package ("" is the root: Pipeline), and the packages of this project it may use besides its own. */
    record Rule(String pkg, List<String> mayUse) {
        ArchRule rule() {
            List<String> allowed = new ArrayList<>(mayUse);
            allowed.add(pkg);
            return classes().that().resideInAPackage(name(pkg))
                    .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "are outside this project or in " + allowed, (JavaClass c) -> !c.getPackageName().startsWith("dev.briefing")
                                    || allowed.contains(packageOf(c))))
                    .because("ARCHITECTURE.md: " + (pkg.isEmpty() ? "the root package" : pkg) + " may use only " + mayUse)
                    .allowEmptyShould(true);
        }

        static String name(String pkg) {
            return pkg.isEmpty() ? "dev.briefing" : "dev.briefing." + pkg + "..";
        }

        @Override
        public String toString() {
            return pkg.isEmpty() ? "dev.briefing (Pipeline)" : pkg;
        }
    }

    /** The project package a class is in: "serve" for dev.briefing.serve.x.Y, "" for the root. */
    static String packageOf(JavaClass c) {
        String p = c.getPackageName();
        if (p.equals("dev.briefing")) return "";
        String rest = p.substring("dev.briefing.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static final List<String> BELOW_MODEL = List.of("markdown", "yaml", "diag", "util");
    private static final List<String> STAGES = List.of("source", "i18n", "resolve", "render", "check", "output", "lint", "model",
            "markdown", "yaml", "diag", "util");

    static List<Rule> rules() {
        return List.of(
                new Rule("util", List.of()),
                new Rule("diag", List.of("util")),
                new Rule("yaml", List.of("diag", "util")),
                new Rule("markdown", List.of("yaml", "diag", "util")),
                new Rule("model", BELOW_MODEL),
                new Rule("lint", with("model", BELOW_MODEL)),
                new Rule("source", with(List.of("lint", "model"), BELOW_MODEL)),
                new Rule("i18n", with("model", BELOW_MODEL)),
                new Rule("resolve", with("model", BELOW_MODEL)),
                new Rule("render", with(List.of("resolve", "i18n", "model"), BELOW_MODEL)),
                new Rule("check", with(List.of("resolve", "model"), BELOW_MODEL)),
                new Rule("output", with("model", BELOW_MODEL)),
                new Rule("engine", STAGES),
                new Rule("", with("engine", STAGES)),
                // The preview watches, serves and reloads; every build goes through the engine.
                new Rule("serve", List.of("engine", "model", "diag", "util")),
                new Rule("handbook", with(List.of("", "engine"), STAGES)),
                new Rule("scaffold", with(List.of("source", "lint", "model"), BELOW_MODEL)),
                new Rule("cli", with(List.of("", "engine", "serve", "handbook", "scaffold"), STAGES)));
    }

    private static List<String> with(String first, List<String> rest) {
        return with(List.of(first), rest);
    }

    private static List<String> with(List<String> first, List<String> rest) {
        return Stream.concat(first.stream(), rest.stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachPackageUsesOnlyThePackagesItLists(Rule rule) {
        rule.rule().check(classes);
    }

    /** Every package of the generator is in the table: a new one must be placed before it can be used. */
    @Test
    void everyPackageHasARule() {
        Set<String> packages = classes.stream().map(ArchitectureTest::packageOf).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ruled = rules().stream().map(Rule::pkg).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ruled, packages);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("dev.briefing.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The rule holds for code not yet written: a class in serve that reaches into a stage (the
     * theme, here) fails it. Compiled here, against the generator, and checked beside it.
     */
    @Test
    void aServeClassThatUsesAStageFailsTheRule(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src/dev/briefing/serve/Sneaky.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package dev.briefing.serve;\nclass Sneaky {\n"
                + "    Object theme(java.nio.file.Path p) { return new dev.briefing.render.Theme(p); }\n}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("classes");
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, status, "the sneaky class compiles");
        JavaClasses withSneaky = new ClassFileImporter().importPath(out);
        Rule serve = rules().stream().filter(r -> r.pkg().equals("serve")).findFirst().orElseThrow();
        EvaluationResult result = serve.rule().evaluate(withSneaky);
        assertTrue(result.hasViolation(), "the rule must catch serve using render");
        assertTrue(result.getFailureReport().toString().contains("dev.briefing.render.Theme"), result.getFailureReport()::toString);
        assertTrue(!serve.rule().evaluate(classes).hasViolation(), "and the generator as it is passes it");
    }
}
