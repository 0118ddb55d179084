package io.dyadscope.fetch.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each API is reached and the credentials given: base addresses (overridable, e.g. for tests)
 * and secrets by name ({@code acled.key}, {@code acled.email}, {@code ucdp.token}, {@code comtrade.key}),
 * plus {@code ucdp.version} (the GED release the API serves, default {@value #UCDP_VERSION}).
 */
public record Settings(Map<ApiId, String> bases, Map<String, String> values) {

  public static final String UCDP_VERSION = "25.1";

  public Settings {
    EnumMap<ApiId, String> b = new EnumMap<>(ApiId.class);
    b.putAll(bases);
    bases = java.util.Collections.unmodifiableMap(b);
    values = Map.copyOf(values);
  }

  /** The defaults: every API at its public address, no credentials. */
  public static Settings defaults() {
    return new Settings(Map.of(), Map.of());
  }

  /** The base address of {@code api}, without a trailing slash. */
  public String base(ApiId api) {
    String b = bases.getOrDefault(api, api.defaultBase());
    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  public Optional<String> value(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** The secret {@code name}, or a {@link MissingCredentialException} saying where to put it. */
  public String secret(ApiId api, String name, String what) {
    return value(name).orElseThrow(() -> new MissingCredentialException(api, name, what));
  }
}
