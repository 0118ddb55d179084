package io.dyadscope.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates of every HTML view (dossier, audit report, dashboard pages), compiled to Java
 * at build time (see this module's pom), so that they share fragments and escape all text alike.
 */
public final class Templates {

  /** Package of the compiled templates (set in this module's pom). */
  static final String PACKAGE = "io.dyadscope.render.templates";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Templates.class.getClassLoader(), PACKAGE);

  private Templates() {}

  /** Template {@code name} (e.g. {@code audit/report.jte}) with its one parameter. */
  public static String render(String name, Object param) {
    StringOutput out = new StringOutput();
    ENGINE.render(name, param, out);
    return out.toString();
  }

  /** Template {@code name} with its parameters by name. */
  public static String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(name, params, out);
    return out.toString();
  }
}
