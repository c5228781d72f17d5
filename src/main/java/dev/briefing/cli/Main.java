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

    /** The generator's commands, as a user types them (help aside). */
    static java.util.Set<String> commandNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(COMMANDS.keySet());
        names.remove("help");
        return names;
    }

    public static void main(String[] args) {
        // Output must not depend on the machine's locale: commonmark's heading ids lowercase with
        // the default locale (in Turkish, "FBI" would become "fbı"). Set once, before any work.
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine(args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null).execute(args);
    }

    /** The command line with the one command named, or with all of them (named == null). */
    static CommandLine commandLine(Supplier<Object> named) {
        CommandLine cli = new CommandLine(new Main());
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(c -> cli.addSubcommand(c.get()));
        }
        CommandLine translations = cli.getSubcommands().get("translations");
        if (translations != null) TranslationsCommand.trimOptions(translations.getCommandSpec());
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --format json, as documented
        // Help fits a terminal of 80 columns whatever the machine; set after the commands, as picocli applies it to those it has.
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("briefing: internal error (a bug in the generator, please report it):");
            e.printStackTrace(cmd.getErr());
            return INTERNAL;
        });
        return cli;
    }

    static final int HELP_WIDTH = 80;

    /** How the user ran this generator ("java -jar briefing-1.0.0.jar"), for a command to type next. */
    private static String invocation() {
        try {
            return Invocation.command(java.nio.file.Path.of(""));
        } catch (java.io.IOException e) {
            return "briefing";
        }
    }

    /**
     * A usage mistake, in plain words: a command or option that does not exist is named with the
     * nearest that does (picocli's guesses, kept only when close: it would offer 'init' for
     * 'frobnicate'), then the commands or the command's usage.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && (u.isUnknownOption() || cmd.getParent() == null)) {
            String wrong = u.getUnmatched().get(0);
            String near = dev.briefing.diag.Suggest.closest(wrong, u.getSuggestions());
            String guess = near == null ? "" : " Did you mean '" + near + "'?";
            if (!u.isUnknownOption()) {
                err.println("'" + wrong + "' is not a briefing command." + guess);
                err.println("The commands are:");
                err.print(cmd.getHelp().commandList());
                err.println("For what one does and its options: " + invocation() + " help COMMAND");
                return USAGE;
            }
            err.println("'" + wrong + "' is not an option of " + cmd.getCommandSpec().qualifiedName() + "." + guess);
        } else {
            err.println(e.getMessage());
        }
        cmd.usage(err);
        return USAGE;
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
