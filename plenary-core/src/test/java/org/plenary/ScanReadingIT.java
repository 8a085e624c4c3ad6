package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.model.Document;
import org.plenary.model.Organ;
import org.plenary.model.Source;
import org.plenary.read.ocr.OcrMode;
import org.plenary.read.ocr.Tesseract;

/**
 * Scans of real UN documents read with the real Tesseract (resources/scans, see its README): the
 * record read from the scan has the fields of the born-digital file's gold labels. Skipped where
 * Tesseract is not installed; the CI installs it.
 */
class ScanReadingIT {
  private static final Plenary PLENARY = Plenary.create();

  @BeforeAll
  static void needsTesseract() {
    Assumptions.assumeTrue(Tesseract.find(Duration.ofMinutes(2)).isPresent(), "tesseract is not installed");
  }

  static Source scan(String name) throws IOException {
    try (InputStream in = ScanReadingIT.class.getResourceAsStream("/scans/" + name)) {
      return new Source(name, in.readAllBytes());
    }
  }

  /** File, language, symbols, organs, date (null where the gold has none), type. */
  static Stream<Arguments> scans() {
    return Stream.of(
        Arguments.of("013-en.pdf", "en", List.of("S/2025/29"), List.of(Organ.SC), "2025-01-13", "letter"),
        Arguments.of("016-en.png", "en", List.of("S/2025/191"), List.of(Organ.SC), "2025-03-27", "letter"),
        Arguments.of("047-fr.pdf", "fr", List.of("A/59/100"), List.of(Organ.GA), "2004-06-15", "agenda"),
        Arguments.of("036-es.pdf", "es", List.of("A/59/2005/Add.2"), List.of(Organ.GA), "2005-05-23", "report"),
        Arguments.of("055-ru.pdf", "ru", List.of("A/69/972"), List.of(Organ.GA), "2015-07-06", "report"),
        Arguments.of("071-zh.pdf", "zh", List.of("A/35/15"), List.of(Organ.GA), null, "report"),
        Arguments.of("062-zh.pdf", "zh", List.of("S/RES/2393 (2017)"), List.of(Organ.SC), "2017-12-19", "resolution"),
        // an English and an Arabic version side by side: read as the Arabic one, its second script
        Arguments.of("072-ar.pdf", "ar", List.of("A/AC.109/2019/L.18"), List.of(Organ.GA), null, "draft-resolution"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scans")
  void readsTheMastheadOfAScanAsTheBornDigitalGoldHasIt(String file, String language, List<String> symbols,
      List<Organ> organs, String date, String type) throws Exception {
    Document record = PLENARY.parse(scan(file));
    assertThat(record.source().ocr()).isTrue();
    assertThat(record.source().format().id()).isEqualTo("pdf");
    assertThat(record.language().code()).isEqualTo(language);
    assertThat(record.symbols()).containsExactlyElementsOf(symbols);
    assertThat(record.organs()).containsExactlyElementsOf(organs);
    assertThat(record.date() == null ? null : record.date().toString()).isEqualTo(date);
    assertThat(record.type().id()).isEqualTo(type);
  }

  @Test
  void readsTheTitleAndAuthorOfAScannedLetter() throws Exception {
    Document letter = PLENARY.parse(scan("013-en.pdf"));
    assertThat(letter.title()).isEqualTo("Identical letters dated 13 January 2025 from the Permanent Representative"
        + " of Israel to the United Nations addressed to the Secretary-General and the President of the Security Council");
    assertThat(letter.author().state()).isEqualTo("ISR");
    assertThat(letter.letterDate().toString()).isEqualTo("2025-01-13");
    // printed small beside the barcode: read from the foot band, read again on its own
    assertThat(letter.jobNumber()).isEqualTo("25-00450 (E)");
  }

  @Test
  void readsTheArabicVersionsSymbolAndOrgan() throws Exception {
    Document record = PLENARY.parse(scan("075-ar.pdf"));
    assertThat(record.language().code()).isEqualTo("ar");
    assertThat(record.symbols()).containsExactly("S/22558");
    assertThat(record.organs()).containsExactly(Organ.SC);
  }

  @Test
  void readsAPageWhoseTextLayerIsGarbageByOcr() throws Exception {
    Source scan = scan("010-en-bad-ocr-layer.pdf");
    String title = "Letter dated 7 January 2025 from the President of the Security Council addressed to the Secretary-General";
    Document fromLayer = PLENARY.withOcr(OcrMode.NEVER).parse(scan);
    assertThat(fromLayer.source().ocr()).isFalse();
    assertThat(fromLayer.title()).isNotEqualTo(title);
    Document record = PLENARY.parse(scan);
    assertThat(record.source().ocr()).isTrue();
    assertThat(record.symbols()).containsExactly("S/2025/13");
    assertThat(record.title()).isEqualTo(title);
  }

  @Test
  void refusesAScanWhenOcrIsOff() {
    assertThatThrownBy(() -> PLENARY.withOcr(OcrMode.NEVER).parse(scan("013-en.pdf")))
        .isInstanceOf(UnsupportedFormat.class).hasMessageContaining("needs OCR");
  }
}
