package org.plenary.read;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;

/**
 * Reads a PDF with its layout: every glyph with its position, size and weight (PDFBox), put into
 * lines by {@link LineBuilder}. Page furniture, footnotes and paragraphs are left to layout repair,
 * which sees the positions. A PDF that cannot be read says why: encrypted with a password,
 * corrupt, or made of scanned images without text (it needs OCR first).
 */
public final class PdfReader implements SourceReader {
  private final LineBuilder lineBuilder = new LineBuilder();

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    try (PDDocument pdf = Loader.loadPDF(source.bytes())) {
      List<Page> pages = pages(pdf);
      if (pages.isEmpty()) {
        throw new UnreadableInput(source.name(), "corrupt PDF: no page can be reached (its page tree is broken)");
      }
      if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
        throw hasImages(pdf)
            ? new UnsupportedFormat(source.name(), "image-only PDF (scanned pages without text): it needs OCR first")
            : new UnreadableInput(source.name(), "the PDF holds no text");
      }
      return new Pages(source, SourceFormat.PDF, pages, null, true);
    } catch (InvalidPasswordException e) {
      throw new UnreadableInput(source.name(), "encrypted PDF: it needs a password to be opened", e);
    } catch (IOException e) {
      throw new UnreadableInput(source.name(), "corrupt PDF: " + plain(e), e);
    } catch (StackOverflowError e) {
      throw new UnreadableInput(source.name(), "corrupt PDF: its objects refer to each other without end", null);
    } catch (RuntimeException e) {
      throw new UnreadableInput(source.name(), "corrupt PDF: " + plain(e), e);
    }
  }

  private List<Page> pages(PDDocument pdf) throws IOException {
    GlyphCollector collector = new GlyphCollector();
    collector.writeText(pdf, Writer.nullWriter());
    List<Page> pages = new ArrayList<>();
    for (List<Glyph> glyphs : collector.pages) {
      pages.add(new Page(pages.size() + 1, lineBuilder.build(glyphs)));
    }
    return pages;
  }

  private static boolean hasImages(PDDocument pdf) {
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      if (resources == null) {
        continue;
      }
      for (COSName name : resources.getXObjectNames()) {
        if (resources.isImageXObject(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String plain(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Collects the glyphs of each page as PDFBox's text engine decodes them. */
  private static final class GlyphCollector extends PDFTextStripper {
    final List<List<Glyph>> pages = new ArrayList<>();

    GlyphCollector() {
      setSuppressDuplicateOverlappingText(true);
    }

    @Override
    protected void writePage() {
      List<Glyph> glyphs = new ArrayList<>();
      for (List<TextPosition> article : getCharactersByArticle()) {
        for (TextPosition p : article) {
          String text = normalize(p.getUnicode());
          if (text.isEmpty()) {
            continue;
          }
          glyphs.add(new Glyph(text, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
              Math.max(p.getHeightDir(), 1f), p.getFontSizeInPt(), isBold(p.getFont())));
        }
      }
      pages.add(glyphs);
    }

    /**
     * Arabic presentation forms and compatibility ligatures (ﻻ, ﬁ) back to their letters; soft
     * hyphens dropped except at a line's end, where layout repair reads them as hyphenation.
     */
    private static String normalize(String unicode) {
      if (unicode == null) {
        return "";
      }
      String text = unicode;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
          text = Normalizer.normalize(text, Normalizer.Form.NFKC);
          break;
        }
      }
      return text.replace("\u00AD", "-").replace("\uFEFF", "");
    }

    private static boolean isBold(PDFont font) {
      if (font == null) {
        return false;
      }
      PDFontDescriptor descriptor = font.getFontDescriptor();
      if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
        return true;
      }
      String name = font.getName();
      return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
    }
  }
}
