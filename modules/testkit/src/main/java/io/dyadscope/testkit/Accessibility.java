package io.dyadscope.testkit;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility engine axe-core (Deque's Selenium integration; its script is bundled in the jar,
 * nothing is downloaded) run on the page the browser shows, with the WCAG 2.x A and AA rules and
 * axe's best practices.
 */
public final class Accessibility {

  private Accessibility() {}

  /** Each violation as {@code rule-id: help (n elements: first selectors)}; empty when there is none. */
  public static List<String> violations(WebDriver driver) {
    Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
        .analyze(driver);
    return r.getViolations().stream().map(Accessibility::describe).toList();
  }

  private static String describe(Rule v) {
    List<String> where = v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    return v.getId() + ": " + v.getHelp() + " (" + v.getNodes().size() + " elements: " + String.join(" ", where) + ")";
  }
}
