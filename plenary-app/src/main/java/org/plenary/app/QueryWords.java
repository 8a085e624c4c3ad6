package org.plenary.app;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lets a query word start with a dash: in {@code plenary search climate -Somalia}, {@code -Somalia}
 * excludes Somalia; it is no option. The arguments of the commands that take a query are put in
 * order before picocli reads them: the command's own options (with their values) first, then
 * {@code --}, then every other argument, which are the query's words. An argument that starts with
 * {@code --} and names no option stays among the options, for picocli to refuse as a typo.
 */
final class QueryWords {
  private QueryWords() {}

  /** The arguments with the query words of the named commands moved after {@code --}. */
  static String[] last(CommandLine cli, String[] args, String... commands) {
    int at = 0;
    while (at < args.length && args[at].startsWith("-")) {
      at++; // options of plenary itself (--help, --version)
    }
    if (at >= args.length || !List.of(commands).contains(args[at]) || !cli.getSubcommands().containsKey(args[at])) {
      return args;
    }
    CommandSpec spec = cli.getSubcommands().get(args[at]).getCommandSpec();
    List<String> options = new ArrayList<>(List.of(args).subList(0, at + 1));
    List<String> words = new ArrayList<>();
    for (int i = at + 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        words.addAll(List.of(args).subList(i + 1, args.length));
        break;
      }
      OptionSpec option = arg.startsWith("-") ? spec.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) : null;
      if (option != null) {
        options.add(arg);
        boolean takesValue = option.arity().max() > 0 && !arg.contains("=");
        if (takesValue && i + 1 < args.length) {
          options.add(args[++i]);
        }
      } else if (arg.startsWith("--")) {
        options.add(arg);
      } else {
        words.add(arg);
      }
    }
    if (!words.isEmpty()) {
      options.add("--");
      options.addAll(words);
    }
    return options.toArray(String[]::new);
  }
}
