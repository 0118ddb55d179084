package io.dyadscope.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret printed when the server starts: a request that writes to the workspace (saving an
 * audit) must carry it in the {@value #HEADER} header, so that another local user's page cannot.
 */
public record WriteToken(String value) {

  public static final String HEADER = "X-Dyadscope-Token";

  public WriteToken {
    if (value == null || value.length() < 16) {
      throw new IllegalArgumentException("write token must have at least 16 characters");
    }
  }

  /** A fresh random token of 128 bits. */
  public static WriteToken random() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return new WriteToken(HexFormat.of().formatHex(b));
  }

  /** True when {@code presented} is this token (compared in constant time). */
  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
        presented.getBytes(StandardCharsets.UTF_8));
  }
}
