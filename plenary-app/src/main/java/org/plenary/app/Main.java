package org.plenary.app;

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
        + "serves them for search.",
    subcommands = {ParseCommand.class, IndexCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class,
        SolrCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Run 'plenary help COMMAND' for the options of a command."})
public final class Main implements Runnable {

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
    cli.setExitCodeExceptionMapper(e -> 2);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("plenary: " + e.getMessage());
      return 2;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (parse, index, search, export, serve)");
  }
}
