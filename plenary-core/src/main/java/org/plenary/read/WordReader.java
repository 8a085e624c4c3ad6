package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads Word documents: .docx by streaming its XML ({@link DocxReader}), .doc (Word 97 to 2003)
 * with Apache POI's HWPF. The body's paragraphs and table cells become lines in order; the first
 * page's own header comes first, as UN documents set their masthead there. Paragraph styles that
 * mark headings (Word's "Heading n" and "Title", the UN templates' HCh/H1/H23) keep the lines
 * headings.
 */
public final class WordReader implements SourceReader {
  private final DocxReader docx = new DocxReader();

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    SourceFormat format = new FormatDetector().detect(source.bytes()).orElse(SourceFormat.DOCX);
    ParagraphLines lines = new ParagraphLines();
    if (format == SourceFormat.DOC) {
      readDoc(source, lines);
    } else {
      DocxReader.Parts parts = docx.read(source);
      for (DocxReader.Paragraph p : parts.firstHeader()) {
        lines.paragraph(p.text(), isHeading(styleName(parts, p)));
      }
      for (DocxReader.Paragraph p : parts.body()) {
        Cancellation.check(source.name());
        lines.paragraph(p.text(), isHeading(styleName(parts, p)));
      }
    }
    Cancellation.check(source.name());
    if (lines.isEmpty()) {
      throw new UnreadableInput(source.name(), "the Word document holds no text");
    }
    return new Pages(source, format, List.of(new Page(1, lines.lines())), null, false);
  }

  private static String styleName(DocxReader.Parts parts, DocxReader.Paragraph p) {
    return p.styleId() == null ? null : parts.styleNames().getOrDefault(p.styleId(), p.styleId());
  }

  private static void readDoc(Source source, ParagraphLines lines) throws PlenaryException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()))) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        throw new UnreadableInput(source.name(), "encrypted Word document: it needs a password to be opened");
      }
      try (HWPFDocument doc = new HWPFDocument(fs)) {
        Range range = doc.getRange();
        for (int i = 0; i < range.numParagraphs(); i++) {
          Cancellation.check(source.name());
          org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
          StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
          lines.paragraph(p.text(), isHeading(style == null ? null : style.getName()));
        }
      }
    } catch (EncryptedDocumentException e) {
      throw new UnreadableInput(source.name(), "encrypted Word document: it needs a password to be opened", e);
    } catch (OldWordFileFormatException e) {
      throw new UnsupportedFormat(source.name(), "Word 6 or Word 95 document: save it as .docx first");
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInput(source.name(), "corrupt Word 97-2003 document: its structure cannot be read", e);
    }
  }

  /** Whether a paragraph style marks a heading: Word's built-in ones and the UN templates'. */
  static boolean isHeading(String style) {
    if (style == null) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.startsWith("heading") || s.equals("title") || s.matches("(?:hch|h1|h23|h4|h56)(?:_g)?");
  }
}
