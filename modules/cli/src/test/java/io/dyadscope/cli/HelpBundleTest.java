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
 * The help prose in {@code help.properties} against the command tree: picocli falls back to nothing when
 * a command has no key and ignores a key that names no command, so both are checked here.
 */
class HelpBundleTest {

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
  static final class Sub {}
}
