package io.dyadscope.events.read;

import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files behind the paths a user names: a file, many files, or a directory (its visible regular
 * files in name order); a {@code .zip} stands for its data member, the member named like the zip
 * without {@code .zip}, else its only {@code .csv}/{@code .txt} member.
 */
public final class EventInputs {

  /** One readable input: a plain file, or a member of a zip. */
  public record Input(String name, Path path, String member, long size) {

    /** Opens the bytes; the caller closes the stream (which closes the zip). */
    public InputStream open() throws IOException {
      if (member == null) {
        return Files.newInputStream(path);
      }
      ZipFile zip = new ZipFile(path.toFile());
      InputStream in = zip.getInputStream(zip.getEntry(member));
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            zip.close();
          }
        }
      };
    }
  }

  private EventInputs() {}

  /**
   * @throws ImportException naming a path that does not exist or a zip without a data member
   */
  public static List<Input> expand(List<Path> paths) throws ImportException, IOException {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> s = Files.list(p)) {
          files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted().toList();
        }
        if (files.isEmpty()) {
          throw fail(p.toString(), "the directory holds no files");
        }
        for (Path f : files) {
          out.add(input(f));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(input(p));
      } else {
        throw fail(p.toString(), "no such file or directory");
      }
    }
    return out;
  }

  private static Input input(Path f) throws ImportException, IOException {
    String name = f.toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return new Input(name, f, null, Files.size(f));
    }
    String expected = f.getFileName().toString().substring(0, f.getFileName().toString().length() - 4);
    List<String> members = new ArrayList<>();
    ZipEntry chosen = null;
    try (ZipFile zip = new ZipFile(f.toFile())) {
      List<ZipEntry> data = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
        ZipEntry z = e.nextElement();
        if (z.isDirectory()) {
          continue;
        }
        members.add(z.getName());
        String leaf = z.getName().substring(z.getName().lastIndexOf('/') + 1);
        if (leaf.equals(expected)) {
          chosen = z;
        }
        String lower = leaf.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
          data.add(z);
        }
      }
      if (chosen == null && data.size() == 1) {
        chosen = data.get(0);
      }
    } catch (java.util.zip.ZipException e) {
      throw fail(name, "not a readable zip file: " + e.getMessage());
    }
    if (chosen == null) {
      throw fail(name, "the zip holds no member " + expected + " and not exactly one .csv/.txt member (members: "
          + (members.isEmpty() ? "none" : String.join(", ", members)) + ")");
    }
    return new Input(name + "!" + chosen.getName(), f, chosen.getName(), Math.max(0, chosen.getSize()));
  }

  static ImportException fail(String file, String message) {
    return new ImportException(List.of(new ImportProblem(file, 1, "", message)), false);
  }
}
