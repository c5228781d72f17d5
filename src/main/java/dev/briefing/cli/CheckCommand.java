package dev.briefing.cli;

import dev.briefing.Pipeline;
import dev.briefing.check.ExternalLinks;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Loads, validates and renders everything in memory; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--external", description = "Also fetch external links (4 at a time, 10 s each) and warn about broken ones.")
    boolean external;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline.Result result = new Pipeline(new dev.briefing.engine.Timings(),
                TerminalProgress.on(System.err, TerminalProgress.interactive())).run(options.pipeline(spec.commandLine(), null));
        if (external && !result.diagnostics().hasBlockingErrors()) {
            new ExternalLinks(4, Duration.ofSeconds(10)).check(result.files(), result.resolved().config().baseUrl(),
                    result.diagnostics());
        }
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.TEXT && result.resolved() != null) {
            coverage(result.resolved(), System.out);
            TranslationsCommand.table(result.translations(), false, System.out);
        }
        int status = options.report(result.diagnostics().sorted(), result.loaded(), System.err);
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.JSON) ReadingLevels.json(result.languages(), System.out);
        else ReadingLevels.table(result.languages(), System.out);
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.JSON) json(result.translations(), System.out);
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.TEXT && result.resolved() != null) {
            // Said whether or not the check passes: the notes above are theirs, and nothing of them is published.
            String unpublished = dev.briefing.resolve.Unpublished.of(result.loaded(), result.resolved().asOf(), options.drafts)
                    .summary(result.resolved().asOf());
            if (!unpublished.isEmpty()) System.err.println(unpublished);
        }
        if (status == Main.OK) {
            java.util.List<dev.briefing.diag.Diagnostic> warnings = result.diagnostics().sorted().stream()
                    .filter(d -> d.severity() == dev.briefing.diag.Severity.WARNING).toList();
            int refused = (int) warnings.stream().filter(dev.briefing.diag.Diagnostic::failsStrict).count();
            java.util.List<dev.briefing.diag.Code> reminders = warnings.stream().filter(d -> !d.failsStrict())
                    .map(dev.briefing.diag.Diagnostic::code).toList();
            System.err.println(passed(refused, reminders, result.files().size()));
        }
        return status;
    }

    /**
     * What a passing check says, accounting for every warning the count above it gave: those
     * `build --strict` (the publish workflow) refuses, so `build` would publish but the workflow not
     * yet; and reminders ({@link dev.briefing.diag.Code#reminder}), which --strict leaves warnings.
     * Under --strict the first are errors, so a passing check has none of them.
     */
    static String passed(int refused, java.util.List<dev.briefing.diag.Code> reminders, int files) {
        int all = refused + reminders.size();
        if (all == 0) return "check passed: " + files + " files would be written";
        String head = "check passed with " + all + " warning" + (all == 1 ? "" : "s") + ": ";
        String codes = reminders.stream().distinct().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
        String reminder = ", which `build --strict` accepts, of what only time or an advisory's issuer can change: " + codes;
        if (refused == 0) {
            return head + (all == 1 ? "it is a reminder" : "each is a reminder") + reminder + "; " + files + " files would be written";
        }
        String refuses = "`build` would write " + files + " files, but `build --strict`, which the publish workflow runs, refuses until ";
        if (reminders.isEmpty()) return head + refuses + (all == 1 ? "it is" : "they are") + " fixed";
        return head + refuses + refused + " of them " + (refused == 1 ? "is" : "are") + " fixed (the other " + reminders.size()
                + (reminders.size() == 1 ? " is a reminder" : " are reminders") + reminder + ")";
    }

    /** After the diagnostics, one JSON object per line for each item's status in each language but the default. */
    static void json(java.util.List<dev.briefing.i18n.TranslationStatus> statuses, java.io.PrintStream out) {
        for (var s : statuses) {
            java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
            // Typed as the reading levels' objects are, and written as compactly as the diagnostics, one per line.
            o.put("type", "translation");
            o.put("language", s.lang());
            o.put("kind", s.key().kind().singular());
            o.put("id", s.key().id());
            o.put("status", s.state().word());
            o.put("machine", s.machine());
            o.put("critical", s.critical());
            o.put("path", s.path());
            o.put("source_digest", s.sourceDigest());
            o.put("translates", s.translates());
            o.put("source_changed", s.changed() == null ? null : s.changed().toString());
            StringBuilder line = new StringBuilder("{");
            o.forEach((k, v) -> line.append(line.length() > 1 ? "," : "").append(dev.briefing.util.Json.string(k)).append(":")
                    .append(v == null ? "null" : v instanceof Boolean ? v.toString() : dev.briefing.util.Json.string(v.toString())));
            out.println(line.append('}'));
        }
    }

    /**
     * Each brief's citation coverage: prose paragraphs and lists outside advice sections, and how
     * many of them cite a source (BRF087 names the others).
     */
    static void coverage(dev.briefing.resolve.ResolvedSite site, java.io.PrintStream out) {
        int cited = 0;
        int prose = 0;
        StringBuilder sb = new StringBuilder();
        for (var brief : site.ofKind(dev.briefing.model.Kind.BRIEF)) {
            var c = dev.briefing.lint.Citations.coverage(brief);
            cited += c.cited();
            prose += c.prose();
            sb.append(String.format(java.util.Locale.ROOT, "  %3d%%  %d/%d  %s%n", c.percent(), c.cited(), c.prose(),
                    brief.sourcePath()));
        }
        if (prose == 0 && sb.length() == 0) return;
        out.printf(java.util.Locale.ROOT, "citation coverage (cited / prose paragraphs, advice sections excepted):%n%s"
                + "  %3d%%  %d/%d  all briefs%n", sb, prose == 0 ? 100 : cited * 100 / prose, cited, prose);
    }
}
