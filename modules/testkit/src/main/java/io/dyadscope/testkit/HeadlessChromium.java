package io.dyadscope.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's chromium, driven headless through its own chromedriver (never a downloaded one).
 * Tests using it skip when the binaries are absent, unless {@code CI=true} or the project's CI run
 * ({@code DYADSCOPE_REQUIRE_SHARED=true}, set by {@code .ci/run}, which installs chromium) asks for
 * every test to run: then they fail.
 */
public final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /**
   * True when chromium and chromedriver are installed; where the run requires every test (CI) their
   * absence fails instead. A test class starts its browser once only when this holds, and calls
   * {@link #require()} before each test, so that without a browser each test counts as skipped (an
   * assumption failing in {@code @BeforeAll} would report the class as zero tests).
   */
  public static boolean present() {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    boolean required = SharedData.required(System.getenv(), System.getProperty("dyadscope.requireShared"));
    if (!present && required) {
      throw new AssertionError("this run requires every test but " + BROWSER + " or " + DRIVER + " is missing");
    }
    return present;
  }

  /** Skips (or, on CI, fails) the calling test when chromium or chromedriver is missing. */
  public static void require() {
    Assumptions.assumeTrue(present(), "skipped: " + BROWSER + " and " + DRIVER + " are needed for the browser test");
  }

  /** A fresh headless browser with its own profile folder under {@code profile}. */
  public static ChromeDriver start(Path profile) throws IOException {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BROWSER.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath());
    // the console's messages, so that tests can require a page to log no error
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }

  /** Sets the viewport to exactly {@code width} by {@code height} CSS pixels. */
  public static void viewport(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", width < 600));
  }
}
