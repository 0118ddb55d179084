package io.dyadscope.fetch.http;

import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the fetch settings come from, first found wins: a system property {@code dyadscope.fetch.NAME}, an
 * environment variable {@code DYADSCOPE_NAME} (dots as underscores, upper case: {@code DYADSCOPE_ACLED_KEY}),
 * then the configuration file ({@code $DYADSCOPE_FETCH_CONFIG}, else {@code ~/.config/dyadscope/fetch.properties},
 * {@code name=value} lines). Names: {@code API.url} (base address of an API, e.g. {@code worldbank.url}),
 * {@code acled.key}, {@code acled.email}, {@code ucdp.token}, {@code ucdp.version}, {@code comtrade.key},
 * {@code worldbank.indicators}, {@code gdelt.max_files}. Nothing read here is written anywhere.
 */
public final class FetchConfig {

  static final String[] NAMES = {"acled.key", "acled.email", "ucdp.token", "ucdp.version", "comtrade.key",
      "worldbank.indicators", "gdelt.max_files"};

  private FetchConfig() {}

  /** The settings of this process: its system properties, environment and configuration file. */
  public static Settings load() {
    return load(System.getenv(), System.getProperties(), null);
  }

  /**
   * The settings from {@code env}, {@code props} and the configuration file, {@code file} if given, else the one
   * the environment names or the default one (absent is fine).
   */
  public static Settings load(Map<String, String> env, Properties props, Path file) {
    Path config = file != null ? file : env.containsKey("DYADSCOPE_FETCH_CONFIG")
        ? Path.of(env.get("DYADSCOPE_FETCH_CONFIG"))
        : Path.of(System.getProperty("user.home"), ".config", "dyadscope", "fetch.properties");
    Properties fromFile = new Properties();
    if (Files.isRegularFile(config)) {
      try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
        fromFile.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the fetch configuration " + config + ": " + e.getMessage(), e);
      }
    }
    Map<String, String> values = new HashMap<>();
    for (String name : NAMES) {
      String v = value(name, env, props, fromFile);
      if (v != null) {
        values.put(name, v);
      }
    }
    Map<ApiId, String> bases = new EnumMap<>(ApiId.class);
    for (ApiId api : ApiId.values()) {
      String v = value(api.id() + ".url", env, props, fromFile);
      if (v != null) {
        bases.put(api, v);
      }
    }
    return new Settings(bases, values);
  }

  private static String value(String name, Map<String, String> env, Properties props, Properties file) {
    String v = props.getProperty("dyadscope.fetch." + name);
    if (v == null) {
      v = env.get("DYADSCOPE_" + name.replace('.', '_').toUpperCase(Locale.ROOT));
    }
    if (v == null) {
      v = file.getProperty(name);
    }
    return v == null || v.isBlank() ? null : v.strip();
  }
}
