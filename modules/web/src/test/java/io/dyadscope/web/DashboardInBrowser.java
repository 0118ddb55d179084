package io.dyadscope.web;

import io.dyadscope.testkit.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shared dashboard and one headless Chromium for a browser test class. Without the browser
 * nothing starts and each test is skipped by {@link #requireTheBrowser()}, so the class counts as
 * skipped tests, never as zero tests run (and CI, which requires the browser, fails instead).
 */
abstract class DashboardInBrowser {

  @TempDir
  static Path dir;

  static TestServer t;
  static ChromeDriver driver;

  @BeforeAll
  static void openTheBrowser() throws Exception {
    if (!HeadlessChromium.present()) {
      return;
    }
    t = TestServer.shared();
    driver = HeadlessChromium.start(Files.createTempDirectory(dir, "profile-"));
  }

  @BeforeEach
  void requireTheBrowser() {
    HeadlessChromium.require();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
