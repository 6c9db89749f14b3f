package org.rungs.app.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, for the site's browser tests. It owns
 * the driver, its service and a throwaway profile, and saves screenshots of what it shows.
 */
public final class Browser implements AutoCloseable {

  /** Debian's packages; Selenium Manager must not fetch drivers on a build machine. */
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final String MISSING =
      "The site's browser tests need Chromium and its driver at "
          + CHROMEDRIVER
          + ": install chromium and chromium-driver (apt-get install chromium chromium-driver)";

  /** Long enough for a page of a local server, short enough that a broken page fails quickly. */
  // Generous: CI machines are small and shared; a passing wait returns as soon as it can.
  private static final Duration WAIT = Duration.ofSeconds(15);

  public static final Dimension DESKTOP = new Dimension(1280, 1000);

  /** Full-page screenshots stop here, so a runaway page cannot make a huge image. */
  private static final int MAX_SHOT_HEIGHT = 8000;

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;

  private Browser(
      ChromeDriverService service, ChromeDriver driver, Path profile, Path screenshots) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
    this.screenshots = screenshots;
  }

  /**
   * Starts Chromium, or skips the tests when it is not installed. On CI a missing browser fails
   * instead, so that a broken build image cannot pass by skipping every browser test.
   */
  public static Browser start(Path screenshots) throws IOException {
    if (!CHROMEDRIVER.canExecute() || !CHROMIUM.canExecute()) {
      if (System.getenv("CI") != null) {
        Assertions.fail(MISSING);
      }
      Assumptions.abort(MISSING);
    }
    Files.createDirectories(screenshots);
    // A fresh profile each run: no first-run prompts, no state left from an earlier run.
    Path profile = Files.createTempDirectory("rungs-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    try {
      return new Browser(service, new ChromeDriver(service, options), profile, screenshots);
    } catch (RuntimeException e) {
      service.stop();
      deleteRecursively(profile);
      throw e;
    }
  }

  public void open(String url) {
    driver.get(url);
    // rungs.js runs deferred; the tests check what it does, so wait until it has run.
    until(
        d ->
            Boolean.TRUE.equals(
                script("return document.documentElement.classList.contains('js')")));
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebElement find(By by) {
    return until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  public WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Clicks like a person: the element is first brought to the middle of the window, because
   * WebDriver's own scrolling can leave it under the sticky top bar, which then takes the click.
   */
  public void click(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Waits for a page that a click or a key press leads to. */
  public void waitForUrl(String regex) {
    until(ExpectedConditions.urlMatches(regex));
    until(d -> "complete".equals(script("return document.readyState")));
  }

  public <T> T until(Function<? super WebDriver, T> condition) {
    // Poll often: the default half second adds up over a walk of many page loads.
    return new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(50)).until(condition);
  }

  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Runs a script that answers through the callback WebDriver passes as its last argument. */
  public Object asyncScript(String script, Object... args) {
    return driver.executeAsyncScript(script, args);
  }

  public void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /** Sends a DevTools command to the page, for what WebDriver has no call of its own. */
  public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /** Pretends the system asks for a dark (or, with {@code false}, the default) colour scheme. */
  public void prefersDark(boolean dark) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            dark ? List.of(Map.of("name", "prefers-color-scheme", "value", "dark")) : List.of()));
  }

  /** Saves the whole page, as someone scrolling through it would see it, as {@code name.png}. */
  public Path screenshotPage(String name) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) content.get("width")).doubleValue();
    double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SHOT_HEIGHT);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return save(name, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** The page as the browser prints it on A4, as PDF bytes. */
  public byte[] printToPdf() {
    Map<String, Object> pdf =
        driver.executeCdpCommand(
            "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69));
    return Base64.getDecoder().decode((String) pdf.get("data"));
  }

  /** Saves just the window, as someone sees it without scrolling, as {@code name.png}. */
  public Path screenshotWindow(String name) {
    return save(name, driver.getScreenshotAs(OutputType.BYTES));
  }

  private Path save(String name, byte[] png) {
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteRecursively(profile);
    }
  }

  public static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Chromium may still be writing to its profile while it exits; the OS cleans temp later.
    }
  }

  /**
   * Signs in at {@code base} as {@code email} with a one-time password and replaces it, as everyone
   * must first. Whoever was signed in signs out first, and the sign-out is awaited: it could
   * otherwise land after the sign-in page opened and take its place.
   */
  public void signInReplacing(String base, String email, String oneTimePassword) {
    open(base + "/me/account");
    if (!findAll(By.cssSelector("form.sign-out button")).isEmpty()) {
      find(By.cssSelector("form.sign-out button")).click();
      waitForUrl(".*" + java.util.regex.Pattern.quote(base) + "/$");
    }
    open(base + "/login");
    find(By.id("username")).sendKeys(email);
    find(By.id("password")).sendKeys(oneTimePassword);
    click(find(By.cssSelector("form.sign-in button[type=submit]")));
    waitForUrl(".*/me/password$");
    String mine = "a passphrase of my own for " + email;
    find(By.id("current")).sendKeys(oneTimePassword);
    find(By.id("password")).sendKeys(mine);
    find(By.id("repeat")).sendKeys(mine);
    click(find(By.xpath("//main//button[normalize-space()='Change password']")));
    waitForUrl(".*/me/account\\?password-changed$");
  }
}
