package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Test;

/**
 * A font read from its dictionary gives the codes, widths and Unicode that PDFBox's font, which
 * parses the program, gives; fonts whose widths or encoding need the program are left to PDFBox.
 */
class DictionaryFontTest {
  private static final String TEXT = "Distr.: General 3 March 2025 Original: English – « Résolution » ½ œ";

  @Test
  void aSimpleTrueTypeFontReadsAsPdfboxReadsIt() throws IOException {
    byte[] pdf = document(doc -> org.apache.pdfbox.pdmodel.font.PDTrueTypeFont.load(doc, liberation(), WinAnsiEncoding.INSTANCE));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary dictionary = firstFont(doc);
      DictionaryFont light = DictionaryFont.of(dictionary, d -> PDFontFactory.createFont(d, null));
      assertThat(light).isNotNull();
      assertThat(light.isSimple()).isTrue();
      PDFont pdfbox = PDFontFactory.createFont(dictionary, null);
      for (int code = 0; code < 256; code++) {
        assertThat(light.getDisplacement(code).getX()).as("width of %d", code).isEqualTo(pdfbox.getDisplacement(code).getX());
        assertThat(light.toUnicode(code, GlyphList.getAdobeGlyphList())).as("text of %d", code)
            .isEqualTo(pdfbox.toUnicode(code, GlyphList.getAdobeGlyphList()));
      }
      assertThat(light.getName()).isEqualTo(pdfbox.getName());
      assertThat(light.getFontDescriptor().getFontWeight()).isEqualTo(pdfbox.getFontDescriptor().getFontWeight());
    }
  }

  @Test
  void anIdentityEncodedCompositeFontReadsAsPdfboxReadsIt() throws IOException {
    byte[] pdf = document(doc -> PDType0Font.load(doc, liberation()));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary dictionary = firstFont(doc);
      List<COSDictionary> madeByPdfbox = new ArrayList<>();
      DictionaryFont light = DictionaryFont.of(dictionary, d -> {
        madeByPdfbox.add(d);
        return PDFontFactory.createFont(d, null);
      });
      assertThat(light).isNotNull();
      assertThat(light.isSimple()).isFalse();
      PDFont pdfbox = PDFontFactory.createFont(dictionary, null);
      byte[] codes = pdfbox.encode(TEXT);
      InputStream a = new ByteArrayInputStream(codes);
      InputStream b = new ByteArrayInputStream(codes);
      while (a.available() > 0) {
        int code = light.readCode(a);
        assertThat(code).isEqualTo(pdfbox.readCode(b));
        assertThat(light.getDisplacement(code).getX()).isEqualTo(pdfbox.getDisplacement(code).getX());
        assertThat(light.toUnicode(code, GlyphList.getAdobeGlyphList())).isEqualTo(pdfbox.toUnicode(code));
      }
      assertThat(madeByPdfbox).as("every code of the text is in the ToUnicode map").isEmpty();
      // a string of an odd length: its last byte reads as PDFBox's map reads it
      byte[] odd = {codes[0], codes[1], codes[2]};
      a = new ByteArrayInputStream(odd);
      b = new ByteArrayInputStream(odd);
      assertThat(light.readCode(a)).isEqualTo(pdfbox.readCode(b));
      assertThat(light.readCode(a)).isEqualTo(pdfbox.readCode(b));
      assertThat(a.available()).isEqualTo(b.available()).isZero();
      // a code the map lacks is PDFBox's to read, from the program
      int unmapped = 0xFFF0;
      assertThat(light.toUnicode(unmapped, GlyphList.getAdobeGlyphList())).isEqualTo(pdfbox.toUnicode(unmapped));
      assertThat(madeByPdfbox).hasSize(1);
    }
  }

  @Test
  void leavesToPdfboxTheFontsWhoseWidthsOrEncodingNeedTheProgram() throws IOException {
    byte[] pdf = document(doc -> new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary standard = firstFont(doc);
      assertThat(standard.getCOSArray(COSName.WIDTHS)).as("a standard font written without widths").isNull();
      assertThat(DictionaryFont.of(standard, d -> null)).isNull();
      COSDictionary differences = new COSDictionary(standard);
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.DIFFERENCES, new COSArray());
      differences.setItem(COSName.ENCODING, encoding);
      differences.setItem(COSName.WIDTHS, new COSArray());
      assertThat(DictionaryFont.of(differences, d -> null)).isNull();
      COSDictionary type3 = new COSDictionary(standard);
      type3.setItem(COSName.SUBTYPE, COSName.TYPE3);
      assertThat(DictionaryFont.of(type3, d -> null)).isNull();
    }
  }

  private interface FontMaker {
    PDFont make(PDDocument doc) throws IOException;
  }

  /** A one-page PDF showing the text in the font made. */
  private static byte[] document(FontMaker maker) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDFont font = maker.make(doc);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        content.showText(TEXT);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static COSDictionary firstFont(PDDocument doc) {
    COSDictionary fonts = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
    return fonts.getCOSDictionary(fonts.keySet().iterator().next());
  }

  private static InputStream liberation() {
    return PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
  }
}
