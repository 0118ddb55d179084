package io.dyadscope.web.violation;

import io.dyadscope.evidence.text.Markup;

/**
 * A deliberate violation for {@code ArchitectureTest}: a dashboard class that writes a page's
 * markup itself instead of handing a view record to the render module's templates. It lives in
 * test sources, which the architecture check of the main code leaves out.
 */
public final class PageWritesItsOwnHtml {

  private PageWritesItsOwnHtml() {}

  public static String heading(String title, int count) {
    return "<h1>" + Markup.escape(title) + "</h1><p class=\"meta\">" + count + " series</p>";
  }
}
