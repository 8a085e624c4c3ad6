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
 * The web page in a real browser (Debian's chromium and chromium-driver): a link with a query,
 * facets, Back, pages, the download, the document view's structure and evidence, another language
 * version beside it, and a stored web page whose script must not run.
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
    // a web page with scripts, as a hostile or careless source would be: it must never run in the application
    Files.writeString(tmp.resolve("samples").resolve("scripted.html"), "<html><head><title>Letter</title>"
        + "<script>localStorage.setItem('ran', 'head');</script></head><body><p>United Nations A/75/990</p>"
        + "<p>Letter dated 1 October 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General</p>"
        + "<img src=\"x\" onerror=\"localStorage.setItem('ran', 'img')\"><script>localStorage.setItem('ran', 'body');</script></body></html>");
    IndexCommand.index(IndexOptions.of(data.root()), List.of(tmp.resolve("samples")), 2, 50, new PrintWriter(new StringWriter()));
    index = LuceneIndex.forReading(data);
    api = HttpApi.start(index, data, "127.0.0.1", 0);
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

  static String page(String address) {
    return "http://localhost:" + api.port() + address;
  }

  static String total() {
    return wait.until(d -> {
      String text = d.findElement(By.id("total")).getText();
      return text.matches("\\d+ documents?") ? text : null;
    });
  }

  @Test
  void aLinkOpensItsSearchAndBackReturnsToThePreviousOne() {
    browser.get(page("/?q=Golan"));
    wait.until(d -> !d.findElements(By.cssSelector("#results .hit .snippet mark")).isEmpty());
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("Golan");
    String golan = total();
    int before = browser.findElements(By.cssSelector("#results .hit")).size();
    assertThat(before).isGreaterThan(1);

    browser.findElement(By.cssSelector("a.facet[data-dim='lang'][data-value='fr']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#filters .chip[data-dim='lang']")));
    assertThat(browser.getCurrentUrl()).contains("q=Golan").contains("lang=fr");
    assertThat(browser.findElements(By.cssSelector("#results .hit"))).isNotEmpty()
        .allSatisfy(h -> assertThat(h.getAttribute("data-language")).isEqualTo("fr"));

    browser.navigate().back();
    wait.until(d -> d.findElements(By.cssSelector("#filters .chip")).isEmpty() && d.getCurrentUrl().endsWith("/?q=Golan"));
    assertThat(total()).isEqualTo(golan);
    assertThat(browser.findElements(By.cssSelector("#results .hit"))).hasSize(before);
  }

  @Test
  void pagesThroughEveryDocumentAndDownloadsTheResult() {
    browser.get(page("/"));
    String all = total();
    List<String> first = ids();
    assertThat(first).hasSize(20);
    browser.findElement(By.cssSelector("#pager a[data-page='2']")).click();
    wait.until(d -> d.getCurrentUrl().contains("page=2"));
    wait.until(d -> !ids().equals(first) && !ids().isEmpty());
    assertThat(ids()).doesNotContainAnyElementsOf(first);
    assertThat(browser.findElement(By.id("results")).getAttribute("start")).isEqualTo("21");

    WebElement download = browser.findElement(By.id("download-csv"));
    assertThat(download.getAttribute("href")).contains("/api/export?").contains("format=csv");
    Object lines = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(document.getElementById('download-csv').href).then(r => r.text())"
            + ".then(t => done(t.split('\\n').filter(l => /[0-9a-f]{64}\\r?$/.test(l)).length));");
    assertThat(((Number) lines).longValue()).as("one row per document").isEqualTo(Long.parseLong(all.split(" ")[0]));
  }

  static List<String> ids() {
    return browser.findElements(By.cssSelector("#results .hit")).stream().map(h -> h.getAttribute("data-id")).toList();
  }

  @Test
  void theDocumentViewShowsNumberedParagraphsAnnexesAndEvidence() {
    browser.get(page("/?q=" + java.net.URLEncoder.encode("\"Nagorno\" Karabakh", java.nio.charset.StandardCharsets.UTF_8) + "&lang=en&type=letter"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results .hit a.open"))).click();
    wait.until(d -> d.getCurrentUrl().contains("doc="));
    wait.until(d -> !d.findElements(By.cssSelector("#doc-text p.paragraph")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#doc-text section.annex"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#doc-text mark.evidence"))).isNotEmpty();
    assertThat(browser.findElement(By.id("un-copy")).getAttribute("href")).startsWith("https://undocs.org/en/");
    browser.navigate().back();
    wait.until(d -> !d.findElements(By.cssSelector("#results .hit")).isEmpty());
    assertThat(browser.getCurrentUrl()).contains("type=letter");
  }

  @Test
  void aStoredPageWithScriptsDoesNotRunThem() throws Exception {
    browser.get(page("/?q=" + java.net.URLEncoder.encode("A/75/990", java.nio.charset.StandardCharsets.UTF_8)));
    WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    String id = hit.getAttribute("data-id");
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
    js.executeScript("localStorage.removeItem('ran');"
        + "const frame = document.createElement('iframe'); frame.src = '/api/documents/" + id + "/source';"
        + "document.body.append(frame);");
    Thread.sleep(1500);
    browser.get(page("/api/documents/" + id + "/text"));
    browser.get(page("/"));
    total();
    assertThat(js.executeScript("return localStorage.getItem('ran');")).isNull();
  }

  @Test
  void searchFilterOpenAndCompareLanguageVersions() {
    browser.get(page("/?q=Golan&lang=fr"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#filters .chip[data-dim='lang']")));
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
    wait.until(d -> "ar".equals(d.findElement(By.id("version-text")).getAttribute("lang")));
    browser.findElement(By.cssSelector("#versions button[data-lang='ar']")).click();
    wait.until(d -> "ar".equals(d.findElement(By.id("doc-text")).getAttribute("lang")));
    assertThat(browser.getCurrentUrl()).contains("doc=");
    assertThat(browser.findElement(By.id("doc-text")).getAttribute("dir")).isEqualTo("rtl");
  }

  @Test
  void aTooBroadSearchShowsTheReason() {
    browser.get(page("/"));
    browser.findElement(By.id("q")).sendKeys("a*");
    browser.findElement(By.id("search-button")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("too broad");
  }
}
