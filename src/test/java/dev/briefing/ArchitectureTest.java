package dev.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md's package table, checked against the compiled generator: each package may use
 * only the packages below it, and no two packages depend on each other.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.briefing");
    }

    /** A package, and the packages of this project it must not use ("" is the root: Pipeline, RenderAndCheck). */
    record Rule(String pkg, List<String> mustNotUse) {
        ArchRule rule() {
            return noClasses().that().resideInAPackage(name(pkg))
                    .should().dependOnClassesThat().resideInAnyPackage(mustNotUse.stream().map(Rule::name).toArray(String[]::new))
                    .because("ARCHITECTURE.md: " + pkg + " must not use " + mustNotUse);
        }

        static String name(String pkg) {
            return pkg.isEmpty() ? "dev.briefing" : "dev.briefing." + pkg + "..";
        }

        @Override
        public String toString() {
            return pkg.isEmpty() ? "dev.briefing (Pipeline, RenderAndCheck)" : pkg;
        }
    }

    static final List<String> ABOVE_MODEL = List.of("", "cli", "serve", "handbook", "scaffold", "source", "resolve",
            "render", "check", "output", "lint");

    static List<Rule> rules() {
        return List.of(
                new Rule("util", List.of("", "cli", "serve", "handbook", "scaffold", "source", "resolve", "render", "check",
                        "output", "lint", "model", "markdown", "yaml", "diag")),
                new Rule("diag", List.of("", "cli", "serve", "handbook", "scaffold", "source", "resolve", "render", "check",
                        "output", "lint", "model", "markdown", "yaml")),
                new Rule("yaml", List.of("", "cli", "serve", "handbook", "scaffold", "source", "resolve", "render", "check",
                        "output", "lint", "model", "markdown")),
                new Rule("markdown", java.util.stream.Stream.concat(ABOVE_MODEL.stream(), java.util.stream.Stream.of("model")).toList()),
                new Rule("model", ABOVE_MODEL),
                new Rule("lint", List.of("", "cli", "serve", "handbook", "scaffold", "source", "resolve", "render", "check", "output")),
                new Rule("source", List.of("", "cli", "serve", "handbook", "scaffold", "resolve", "render", "check", "output")),
                new Rule("resolve", List.of("", "cli", "serve", "handbook", "scaffold", "source", "render", "check", "output", "lint")),
                new Rule("render", List.of("", "cli", "serve", "handbook", "scaffold", "source", "check", "output", "lint")),
                new Rule("check", List.of("", "cli", "serve", "handbook", "scaffold", "source", "render", "output", "lint")),
                new Rule("output", List.of("", "cli", "serve", "handbook", "scaffold", "source", "resolve", "render", "check", "lint")),
                new Rule("scaffold", List.of("", "cli", "serve", "handbook", "resolve", "render", "check", "output")),
                new Rule("", List.of("cli", "serve", "handbook", "scaffold")),
                new Rule("serve", List.of("cli", "handbook", "scaffold", "output")),
                new Rule("handbook", List.of("cli", "serve", "scaffold", "output")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachPackageUsesOnlyThePackagesBelowIt(Rule rule) {
        rule.rule().check(classes);
    }

    @org.junit.jupiter.api.Test
    void noPackagesDependOnEachOther() {
        slices().matching("dev.briefing.(*)..").should().beFreeOfCycles().check(classes);
    }
}
