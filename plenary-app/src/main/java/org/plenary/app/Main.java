package org.plenary.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plenary} command: reads UN documents into structured data. */
@Command(
    name = "plenary",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads United Nations official documents in Arabic, Chinese, English, French, Russian "
        + "and Spanish (PDF, Word, web pages, extracted text) into structured records: symbols, organs, "
        + "session, agenda items, dates, type, author, addressees, signatories, annexes; indexes and "
        + "serves them for search; aligns the language versions of a document.",
    footer = {"", "Run 'plenary help COMMAND' for the options of a command."})
public final class Main implements Runnable {
  /**
   * The commands by name. picocli builds a command's model by reflection over its annotations, a
   * tenth of a second for all of them in a short run: a run that names its command builds that
   * one only; help, a typo or no command builds them all.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // PDFBox and POI log what they repair in broken files; the command reports failures itself
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 some input failed, 2 usage error). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    Supplier<Object> named = COMMANDS.get(commandName(args));
    if (named != null) {
      cli.addSubcommand(named.get());
    } else {
      COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
    // "-drought" is a query word, not -d with the value "rought": no clustered short options
    cli.setPosixClusteredShortOptionsAllowed(false);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExitCodeExceptionMapper(e -> 2);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("plenary: " + e.getMessage());
      return 2;
    });
    return cli.execute(QueryWords.last(cli, args, "search", "export"));
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("parse", ParseCommand::new);
    commands.put("index", IndexCommand::new);
    commands.put("search", SearchCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("solr", SolrCommand::new);
    commands.put("align", AlignCommand::new);
    return commands;
  }

  /** The first argument that is no option of plenary itself (--help, --version), or "". */
  private static String commandName(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  /** A usage error in one line, and where to read more: not the whole help. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + e.getMessage());
    command.getErr().println("Try '" + name + " --help' for more information.");
    command.getErr().flush();
    return 2;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (parse, index, search, export, serve, align)");
  }
}
