package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The help text: the prose in {@code help.properties} against the command tree (picocli falls back to
 * nothing when a command has no key and ignores a key that names no command), and a description for
 * every option and parameter.
 */
class HelpTextTest {

  @Test
  void everyCommandHasItsHelpTextAndEveryKeyNamesACommand() {
    ResourceBundle shipped = ResourceBundle.getBundle(Main.HELP_TEXT);
    assertThat(problems(Main.commandLine(false), shipped)).isEmpty();
  }

  @Test
  void aCommandWithoutHeaderOrDescriptionIsNamed() throws IOException {
    ResourceBundle bundle = bundle("""
        top.usage.description = The top command.
        """);
    assertThat(problems(new CommandLine(new Top()), bundle)).containsExactly("no header or description for top.sub");
  }

  @Test
  void aKeyForACommandThatDoesNotExistIsNamed() throws IOException {
    ResourceBundle bundle = bundle("""
        top.usage.description = The top command.
        top.sub.usage.header = The subcommand.
        top.sbu.usage.description.0 = A misspelt path.
        """);
    assertThat(problems(new CommandLine(new Top()), bundle))
        .containsExactly("key is not a section of a command's help: top.sbu.usage.description.0");
  }

  @Test
  void aLazilyRegisteredSubcommandPrintsItsTextFromTheBundle() {
    ResourceBundle shipped = ResourceBundle.getBundle(Main.HELP_TEXT);
    CliRun r = CliRun.of("export", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).contains(shipped.getString("dyadscope.export.usage.description"));
  }

  @Test
  void everyOptionAndParameterOfEveryCommandIsDescribed() {
    assertThat(undescribed(Main.commandLine(false))).isEmpty();
  }

  @Test
  void anOptionWithoutADescriptionIsNamed() {
    assertThat(undescribed(new CommandLine(new Top()))).containsExactly("top sub --quiet", "top sub WHO");
  }

  /** The options and parameters of {@code root}'s tree whose help says nothing of them. */
  static List<String> undescribed(CommandLine root) {
    List<String> found = new ArrayList<>();
    Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
    java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      CommandLine c = todo.pop();
      if (seen.put(c, true) != null) {
        continue;
      }
      CommandLine.Model.CommandSpec spec = c.getCommandSpec();
      for (CommandLine.Model.ArgSpec arg : spec.args()) {
        if (String.join("", arg.description()).isBlank()) {
          String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
          found.add(spec.qualifiedName() + " " + name);
        }
      }
      todo.addAll(c.getSubcommands().values());
    }
    return found;
  }

  /** What is wrong with {@code bundle} as the help of {@code root}'s tree, in key order. */
  static List<String> problems(CommandLine root, ResourceBundle bundle) {
    Set<String> paths = new TreeSet<>();
    collect(root, paths, new IdentityHashMap<>());
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      if (!hasSection(bundle, path + ".usage.header") && !hasSection(bundle, path + ".usage.description")) {
        problems.add("no header or description for " + path);
      }
    }
    for (String key : new TreeSet<>(Collections.list(bundle.getKeys()))) {
      int at = key.indexOf(".usage.");
      if (at < 0 || !paths.contains(key.substring(0, at))) {
        problems.add("key is not a section of a command's help: " + key);
      }
    }
    return problems;
  }

  private static void collect(CommandLine c, Set<String> paths, Map<CommandLine, Boolean> seen) {
    if (seen.put(c, true) == null) {
      paths.add(c.getCommandSpec().qualifiedName("."));
      c.getSubcommands().values().forEach(s -> collect(s, paths, seen));
    }
  }

  private static boolean hasSection(ResourceBundle bundle, String key) {
    return bundle.containsKey(key) || bundle.containsKey(key + ".0");
  }

  private static ResourceBundle bundle(String properties) throws IOException {
    return new PropertyResourceBundle(new StringReader(properties));
  }

  @Command(name = "top", subcommands = Sub.class)
  static final class Top {}

  @Command(name = "sub")
  static final class Sub {
    @CommandLine.Option(names = "--quiet") boolean quiet;

    @CommandLine.Option(names = "--loud", description = "Say more.") boolean loud;

    @CommandLine.Parameters(paramLabel = "WHO") String who;
  }
}
