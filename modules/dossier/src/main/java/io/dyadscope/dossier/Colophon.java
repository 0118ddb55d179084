package io.dyadscope.dossier;

import java.util.Objects;

/**
 * The stamp at the end of a dossier: what made it and from what. The application fills it in (the
 * dossier itself reads no clock, file or repository), so the same inputs still give the same bytes.
 *
 * @param version       Dyadscope version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit        build commit, or empty when unknown
 * @param date          date the dossier was made (ISO 8601), or empty
 * @param workspace     path of the workspace read, or empty
 * @param importsDigest digest of the workspace's import history, or empty
 */
public record Colophon(String version, String commit, String date, String workspace, String importsDigest) {

  public Colophon {
    version = clean(version);
    commit = clean(commit);
    date = clean(date);
    workspace = clean(workspace);
    importsDigest = clean(importsDigest);
  }

  /** Nothing known: the colophon then says so. */
  public static Colophon unknown() {
    return new Colophon("", "", "", "", "");
  }

  private static String clean(String s) {
    return Objects.requireNonNullElse(s, "").strip();
  }
}
