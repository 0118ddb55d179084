package io.dyadscope.app.statistics;

import io.dyadscope.evidence.CatalogueException;
import io.dyadscope.evidence.CatalogueFile;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator catalogue of a workspace: Dyadscope's standard one, then the indicators imports
 * met ({@value CatalogueFile#IMPORTED_FILE}: World Bank codes, HS chapters), then the user's own
 * ({@value CatalogueFile#USER_FILE} in the workspace folder). Both files are optional; a bad user
 * file is refused with its problems as {@code FILE:LINE:COLUMN: message}, and a user indicator
 * that redefines a standard one is refused naming it.
 */
public final class WorkspaceCatalogue {

  private WorkspaceCatalogue() {}

  /**
   * The catalogue for the workspace in {@code dir}.
   *
   * @throws CatalogueException when a catalogue file is invalid or redefines an indicator
   */
  public static IndicatorCatalogue load(Path dir) {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    c = c.with(imported(dir));
    Path user = dir.resolve(CatalogueFile.USER_FILE);
    if (Files.isRegularFile(user)) {
      List<Indicator> mine = CatalogueFile.read(user.toString(), read(user));
      try {
        c = c.with(mine);
      } catch (IllegalArgumentException e) {
        throw new CatalogueException(List.of(user + ": " + e.getMessage()));
      }
    }
    return c;
  }

  /** The indicators imports have added to the workspace in {@code dir}. */
  public static List<Indicator> imported(Path dir) {
    Path file = dir.resolve(CatalogueFile.IMPORTED_FILE);
    return Files.isRegularFile(file) ? CatalogueFile.read(file.toString(), read(file)) : List.of();
  }

  /**
   * Adds {@code indicators} to the workspace's imported catalogue; an id already there is replaced
   * by the newer definition (a publisher renaming its series). Written to a temporary file first,
   * so a failure leaves the old file whole.
   */
  public static void remember(Path dir, Collection<Indicator> indicators) {
    if (indicators.isEmpty()) {
      return;
    }
    Map<String, Indicator> all = new LinkedHashMap<>();
    imported(dir).forEach(i -> all.put(i.id(), i));
    indicators.forEach(i -> all.put(i.id(), i));
    try {
      StringWriter w = new StringWriter();
      CatalogueFile.write(new ArrayList<>(all.values()), w);
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "imported-indicators", ".tmp");
      Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(CatalogueFile.IMPORTED_FILE), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(CatalogueFile.IMPORTED_FILE) + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
