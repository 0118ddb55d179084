package io.dyadscope.fetch.api;

import java.util.Locale;

/** An API needs a key or token that neither the environment nor the configuration file gives. */
public final class MissingCredentialException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingCredentialException(ApiId api, String name, String what) {
    super(api.id() + " needs " + what + ": set DYADSCOPE_" + name.replace('.', '_').toUpperCase(Locale.ROOT)
        + " or '" + name + "=' in the fetch configuration file");
  }
}
