package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;

/**
 * The web page in a real browser (Debian's chromium and chromium-driver): search, click a facet,
 * open a document, see its evidence, show another language version beside it.
 */
class SearchPageIT {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  static Path tmp;

  static LuceneIndex index;
  static HttpApi api;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "skipped: the browser test needs /usr/bin/chromium and /usr/bin/chromedriver "
            + "(apt-get install -y chromium chromium-driver)");
    DataFolder data = new DataFolder(tmp.resolve("data"));
    Samples.copyTo(tmp.resolve("samples"));
    try (LuceneIndex writing = LuceneIndex.forWriting(data)) {
      IndexCommand.index(writing, "test", List.of(tmp.resolve("samples")), 2, 50, new PrintWriter(new StringWriter()));
    }
    index = LuceneIndex.forReading(data);
    api = HttpApi.start(index, 0);
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (api != null) {
      api.close();
      index.close();
    }
  }

  @Test
  void searchFilterOpenAndCompareLanguageVersions() {
    browser.get("http://localhost:" + api.port() + "/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));

    browser.findElement(By.id("q")).sendKeys("Golan");
    browser.findElement(By.id("search-button")).click();
    wait.until(d -> d.findElement(By.id("total")).getText().matches("\\d+ documents?")
        && !d.findElements(By.cssSelector("#results .hit .snippet mark")).isEmpty());
    int before = browser.findElements(By.cssSelector("#results .hit")).size();
    assertThat(before).isGreaterThan(1);

    WebElement french = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("a.facet[data-dim='language'][data-value='fr']")));
    french.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#filters .chip[data-dim='language']")));
    List<WebElement> hits = browser.findElements(By.cssSelector("#results .hit"));
    assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.getAttribute("data-language")).isEqualTo("fr"));

    hits.get(0).findElement(By.cssSelector("a.open")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-view")));
    wait.until(d -> !d.findElements(By.cssSelector("#metadata tr")).isEmpty());
    assertThat(browser.findElement(By.id("doc-text")).getAttribute("lang")).isEqualTo("fr");
    assertThat(browser.findElements(By.cssSelector("#doc-text mark.evidence"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#metadata tr[data-field='symbols'] td")).getText()).startsWith("A/RES/");

    browser.findElement(By.cssSelector("#versions button[data-lang='zh']")).click();
    WebElement chinese = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("version-text")));
    wait.until(d -> d.findElement(By.id("version-text")).getText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    assertThat(chinese.getAttribute("lang")).isEqualTo("zh");
    assertThat(browser.findElement(By.id("doc-text")).isDisplayed()).isTrue();

    browser.findElement(By.cssSelector("#versions button[data-lang='ar']")).click();
    browser.findElement(By.cssSelector("#versions button[data-lang='ar']")).click();
    wait.until(d -> "ar".equals(d.findElement(By.id("doc-text")).getAttribute("lang")));
    assertThat(browser.findElement(By.id("doc-text")).getAttribute("dir")).isEqualTo("rtl");
  }

  @Test
  void aTooBroadSearchShowsTheReason() {
    browser.get("http://localhost:" + api.port() + "/");
    browser.findElement(By.id("q")).sendKeys("a*");
    browser.findElement(By.id("search-button")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("too broad");
  }
}
