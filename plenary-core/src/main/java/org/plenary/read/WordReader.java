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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads Word documents with Apache POI: .docx (OOXML) and .doc (Word 97 to 2003, HWPF). The body's
 * paragraphs and table cells become lines in order; the first page's own header comes first, as
 * UN documents set their masthead there. Paragraph styles that mark headings (Word's "Heading n"
 * and "Title", the UN templates' HCh/H1/H23) keep the lines headings. A zip bomb is refused by
 * POI's inflation limits before it is inflated.
 */
public final class WordReader implements SourceReader {
  /** The largest entry a .docx may inflate to. */
  private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  static {
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    SourceFormat format = new FormatDetector().detect(source.bytes()).orElse(SourceFormat.DOCX);
    ParagraphLines lines = new ParagraphLines();
    try {
      if (format == SourceFormat.DOC) {
        readDoc(source, lines);
      } else {
        readDocx(source, lines);
      }
    } catch (EncryptedDocumentException e) {
      throw new UnreadableInput(source.name(), "encrypted Word document: it needs a password to be opened", e);
    } catch (OldWordFileFormatException e) {
      throw new UnsupportedFormat(source.name(), "Word 6 or Word 95 document: save it as .docx first");
    } catch (IOException | RuntimeException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
        throw new InputLimitExceeded(source.name(), "zip bomb: a part of the Word file inflates far beyond its size");
      }
      throw new UnreadableInput(source.name(), "corrupt Word document: " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new UnreadableInput(source.name(), "the Word document holds no text");
    }
    return new Pages(source, format, List.of(new Page(1, lines.lines())), null, false);
  }

  private static void readDocx(Source source, ParagraphLines lines) throws IOException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(source.bytes()))) {
      XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
      XWPFHeader first = policy == null ? null : policy.getFirstPageHeader();
      if (first != null) {
        first.getBodyElements().forEach(e -> element(docx, e, lines));
      }
      docx.getBodyElements().forEach(e -> element(docx, e, lines));
    }
  }

  private static void element(XWPFDocument docx, IBodyElement element, ParagraphLines lines) {
    if (element instanceof XWPFParagraph p) {
      lines.paragraph(p.getText(), isHeading(styleName(docx, p)));
    } else if (element instanceof XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          cell.getBodyElements().forEach(e -> element(docx, e, lines));
        }
      }
    }
  }

  private static String styleName(XWPFDocument docx, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null || docx.getStyles() == null) {
      return id;
    }
    XWPFStyle style = docx.getStyles().getStyle(id);
    return style == null || style.getName() == null ? id : style.getName();
  }

  private static void readDoc(Source source, ParagraphLines lines) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()))) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        throw new EncryptedDocumentException("encrypted OOXML package");
      }
      try (HWPFDocument doc = new HWPFDocument(fs)) {
        Range range = doc.getRange();
        for (int i = 0; i < range.numParagraphs(); i++) {
          org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
          StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
          lines.paragraph(p.text(), isHeading(style == null ? null : style.getName()));
        }
      }
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
