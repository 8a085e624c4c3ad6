package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Line;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

class WordAndHtmlReaderTest {

  @Test
  void readsTheParagraphsOfAWordDocument() throws Exception {
    Pages pages = new Readers().read(new Source("055-ru.docx", PdfMatchesTextTest.bytes("/golden/pdf/055-ru.docx")),
        new Diagnostics());
    assertThat(pages.lines()).extracting(Line::text).contains("Доклад Генерального секретаря");
  }

  @Test
  void refusesAZipBombBeforeInflatingIt() {
    assertThatThrownBy(() -> new Readers().read(new Source("bomb.docx", HostileFiles.zipBombDocx()), new Diagnostics()))
        .isInstanceOf(InputLimitExceeded.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("zip bomb");
  }

  @Test
  void keepsTheBlocksOfAWebPageAndDropsScriptsAndNavigation() throws Exception {
    String html = "<html><head><title>A/75/356</title><script>var tracking = 1;</script></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/search'>Search</a></nav>"
        + "<h1>Letter dated 27 September 2020</h1><p>I have the honour to <b>enclose</b> a letter.</p>"
        + "<p>Mher Margaryan<br>Ambassador</p><script>alert(1)</script></body></html>";
    Pages pages = new Readers().read(new Source("page.html", html.getBytes(StandardCharsets.UTF_8)), new Diagnostics());
    assertThat(pages.lines()).extracting(Line::text).containsSubsequence(
        "Letter dated 27 September 2020", "", "I have the honour to enclose a letter.", "", "Mher Margaryan", "Ambassador");
    assertThat(pages.lines()).extracting(Line::text).noneMatch(t -> t.contains("tracking") || t.contains("Search"));
    assertThat(pages.lines().get(0).indent()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void refusesXmlItCannotReadWithoutResolvingItsEntities() {
    assertThatThrownBy(() -> new Readers().read(new Source("x.xml", HostileFiles.externalEntityXml()), new Diagnostics()))
        .isInstanceOf(UnsupportedFormat.class)
        .hasMessageNotContaining("root:");
  }
}
