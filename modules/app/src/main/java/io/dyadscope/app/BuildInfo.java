package io.dyadscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build of Dyadscope is: its version and the commit it was built from, as Maven stamped
 * them into {@code build.properties}. The commit is empty unless the build was given
 * {@code -Ddyadscope.commit=...}.
 *
 * @param version e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the build commit, or empty
 */
public record BuildInfo(String version, String commit) {

  /** The stamp of the running build. */
  public static BuildInfo current() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("build.properties could not be read", e);
    }
    return new BuildInfo(clean(p.getProperty("version")), clean(p.getProperty("commit")));
  }

  /** An unfiltered placeholder (a build outside Maven) counts as unknown. */
  private static String clean(String s) {
    return s == null || s.startsWith("${") ? "" : s.strip();
  }
}
