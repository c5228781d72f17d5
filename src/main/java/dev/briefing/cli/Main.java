package dev.briefing.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Exit status: 0 success (warnings allowed), 1 problems in content or
 * templates, 2 bad usage, 3 an internal error (a bug in the generator).
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static threat-awareness briefing site from content/ and templates/.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands, in the order help lists them. picocli reads each one's annotations by
     * reflection when it is added, about 40 ms cold for all of them, so a run that names its
     * command adds only that one (a build of 1,000 briefs takes 1.6 s).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", InitCommand::new);
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("translations", TranslationsCommand::new);
        commands.put("handbook", HandbookCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    public static void main(String[] args) {
        // Output must not depend on the machine's locale: commonmark's heading ids lowercase with
        // the default locale (in Turkish, "FBI" would become "fbı"). Set once, before any work.
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(c -> cli.addSubcommand(c.get()));
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --format json, as documented
        // picocli prints a did-you-mean instead of the usage when it finds one; its guesses can be
        // far off ('frobnicate' → 'init'), so the usage always follows.
        cli.setParameterExceptionHandler((e, unused) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.usage(cmd.getErr());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("briefing: internal error (a bug in the generator, please report it):");
            e.printStackTrace(cmd.getErr());
            return INTERNAL;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check or serve");
    }

    /** The version, and for a built jar the commit it was built from and where its SBOM is (BuildInfo). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            return BuildInfo.ofRunningJar().map(BuildInfo::lines)
                    .orElse(java.util.List.of("briefing (development build)",
                            "commit and SBOM: recorded only in the jar that mvn -B package builds"))
                    .toArray(String[]::new);
        }
    }
}
