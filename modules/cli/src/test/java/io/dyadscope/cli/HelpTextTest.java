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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The help text: the prose in {@code help.properties} against the command tree (picocli falls back to
 * nothing when a command has no key and ignores a key that names no command), and a description for
 * every option and parameter.
 */
class HelpTextTest {

  private static final Pattern SHARED_TEXT = Pattern.compile("\\$\\{bundle:([^}:]+)}");

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
  void sharedTextThatNoCommandTakesInIsNamed() throws IOException {
    ResourceBundle bundle = bundle("""
        shared.promise = Nothing changes on a bad row.
        top.usage.description = The top command.
        top.sub.usage.header = The subcommand.
        """);
    assertThat(problems(new CommandLine(new Top()), bundle))
        .containsExactly("shared text no command takes in: shared.promise");
  }

  @Test
  void takingInSharedTextThatIsNotThereIsNamed() throws IOException {
    ResourceBundle bundle = bundle("""
        shared.promise = Nothing changes on a bad row.
        top.usage.description = The top command. ${bundle:shared.promise}
        top.sub.usage.header = ${bundle:shared.promis}
        """);
    assertThat(problems(new CommandLine(new Top()), bundle))
        .containsExactly("top.sub.usage.header takes in shared.promis, which is not in the file");
  }

  @Test
  void sharedTextIsPrintedWhereACommandTakesItIn() {
    ResourceBundle shipped = ResourceBundle.getBundle(Main.HELP_TEXT);
    CliRun r = CliRun.of("import", "wdi", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains(shipped.getString("shared.statistics-import-promise"));
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
    for (CommandLine c : commands(root)) {
      CommandLine.Model.CommandSpec spec = c.getCommandSpec();
      for (CommandLine.Model.ArgSpec arg : spec.args()) {
        if (String.join("", arg.description()).isBlank()) {
          String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
          found.add(spec.qualifiedName() + " " + name);
        }
      }
    }
    return found;
  }

  /** Every command of {@code root}'s tree once (aliases name the same command twice), root first. */
  private static List<CommandLine> commands(CommandLine root) {
    Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
    List<CommandLine> all = new ArrayList<>();
    java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      CommandLine c = todo.pop();
      if (seen.put(c, true) == null) {
        all.add(c);
        todo.addAll(c.getSubcommands().values());
      }
    }
    return all;
  }

  /** What is wrong with {@code bundle} as the help of {@code root}'s tree, in key order. */
  static List<String> problems(CommandLine root, ResourceBundle bundle) {
    Set<String> paths = new TreeSet<>();
    commands(root).forEach(c -> paths.add(c.getCommandSpec().qualifiedName(".")));
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      if (!hasSection(bundle, path + ".usage.header") && !hasSection(bundle, path + ".usage.description")) {
        problems.add("no header or description for " + path);
      }
    }
    Set<String> keys = new TreeSet<>(Collections.list(bundle.getKeys()));
    Set<String> taken = new TreeSet<>();
    for (String key : keys) {
      Matcher m = SHARED_TEXT.matcher(bundle.getString(key));
      while (m.find()) {
        taken.add(m.group(1));
        if (!keys.contains(m.group(1))) {
          problems.add(key + " takes in " + m.group(1) + ", which is not in the file");
        }
      }
    }
    for (String key : keys) {
      if (key.startsWith("shared.")) {
        if (!taken.contains(key)) {
          problems.add("shared text no command takes in: " + key);
        }
        continue;
      }
      int at = key.indexOf(".usage.");
      if (at < 0 || !paths.contains(key.substring(0, at))) {
        problems.add("key is not a section of a command's help: " + key);
      }
    }
    return problems;
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
