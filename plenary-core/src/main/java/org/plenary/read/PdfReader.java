package org.plenary.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.ocr.OcrSettings;

/**
 * Reads a PDF with its layout: every glyph with its position, size and weight ({@link
 * GlyphReader}), put into lines by {@link LineBuilder}, page by page; the first page's masthead is
 * read by its columns. Page furniture, footnotes and paragraphs are left to layout repair, which
 * sees the positions. A PDF that cannot be read says why: encrypted with a password, or corrupt.
 *
 * <p>Scanned pages are read by OCR ({@link PdfScans}): with {@code --ocr auto}, the pages without
 * text that show an image and the pages whose text layer is garbage; with {@code always}, every
 * page; with {@code never}, none, and a PDF of scans only is refused as needing OCR.
 *
 * <p>Bounds, each refusal an {@link InputLimitExceeded} that names the limit:
 *
 * <ul>
 *   <li>at most {@link #MAX_PAGES} pages;
 *   <li>at most {@link #MAX_INFLATED} bytes inflated for the whole document ({@link
 *       InflationBudget}): content streams at every use (a stream shared by a hundred pages is
 *       paid a hundred times), font programs, character maps and object streams once, measured
 *       before PDFBox decodes them; and no single stream PDFBox decodes into memory larger than
 *       {@link #MAX_STREAM};
 *   <li>forms nested at most {@link GlyphReader#MAX_FORM_DEPTH} deep; PDFBox's parser refuses
 *       objects nested deeper than 500, and a parse that still runs out of stack is refused as
 *       corrupt. Nothing in this reader recurses over the input.
 * </ul>
 *
 * Memory: only the lines of the pages read so far are kept (a page's glyphs are dropped once its
 * lines are built), so the heap a parse needs is PDFBox's object graph of the file (a small
 * multiple of its size), one page's glyphs, the lines, and at most {@link #MAX_STREAM} of decoded
 * stream at a time: within 20 times the input plus {@link #MAX_STREAM} and a fixed base. Not
 * bounded here: the cross-reference streams PDFBox decodes while it opens the file.
 */
public final class PdfReader implements SourceReader {
  /** The most pages a PDF may have; the longest UN documents have a few hundred. */
  public static final int MAX_PAGES = 5_000;
  /** The most bytes inflated from the streams of one PDF. */
  public static final long MAX_INFLATED = 256L * 1024 * 1024;
  /** The most bytes one stream that PDFBox decodes whole may inflate to. */
  public static final long MAX_STREAM = 64L * 1024 * 1024;

  private final LineBuilder lineBuilder = new LineBuilder();
  private final PdfScans scans;
  private final int maxPages;
  private final long maxInflated;
  private final long maxStream;

  /** A reader with the default bounds. */
  public PdfReader() {
    this(OcrSettings.defaults());
  }

  /** A reader with the default bounds that reads scanned pages as the settings say. */
  public PdfReader(OcrSettings ocr) {
    this(MAX_PAGES, MAX_INFLATED, MAX_STREAM, ocr);
  }

  /** A reader with other bounds: pages, bytes inflated per document, bytes of one decoded stream. */
  PdfReader(int maxPages, long maxInflated, long maxStream) {
    this(maxPages, maxInflated, maxStream, OcrSettings.defaults());
  }

  private PdfReader(int maxPages, long maxInflated, long maxStream, OcrSettings ocr) {
    this.scans = new PdfScans(ocr);
    this.maxPages = maxPages;
    this.maxInflated = maxInflated;
    this.maxStream = maxStream;
  }

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    try (PDDocument pdf = Loader.loadPDF(source.bytes())) {
      int count = pdf.getNumberOfPages();
      if (count > maxPages) {
        throw new InputLimitExceeded(source.name(), "the PDF has " + count + " pages, more than " + pageLimit() + " pages");
      }
      InflationBudget budget = new InflationBudget(maxInflated, maxStream);
      measureObjectStreams(pdf, budget);
      List<Page> pages = pages(pdf, budget);
      if (pages.isEmpty()) {
        throw new UnreadableInput(source.name(), "corrupt PDF: no page can be reached (its page tree is broken)");
      }
      pages = scans.read(source.name(), pdf, pages, diagnostics);
      if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
        if (!hasImages(pdf)) {
          throw new UnreadableInput(source.name(), "the PDF holds no text");
        }
        throw scans.enabled()
            ? new UnreadableInput(source.name(), "image-only PDF: OCR found no text on its pages")
            : new UnsupportedFormat(source.name(), "image-only PDF (scanned pages without text): it needs OCR"
                + " (--ocr auto or always)");
      }
      return new Pages(source, SourceFormat.PDF, pages, null, true);
    } catch (PageLimit e) {
      throw new InputLimitExceeded(source.name(), "the PDF has more than " + pageLimit() + " pages");
    } catch (InflationBudget.Exceeded | GlyphReader.TooDeep e) {
      throw new InputLimitExceeded(source.name(), "the PDF is too large to read: " + e.getMessage());
    } catch (InterruptedIOException | Cancellation.Cancelled e) {
      throw new UnreadableInput(source.name(), "parsing was interrupted");
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

  private List<Page> pages(PDDocument pdf, InflationBudget budget) throws IOException {
    GlyphReader glyphs = new GlyphReader(budget, pdf.getResourceCache());
    List<Page> pages = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      if (Cancellation.requested()) {
        throw new InterruptedIOException("parsing was interrupted");
      }
      if (pages.size() == maxPages) {
        // the page count the file declares may be smaller than the pages its tree holds
        throw new PageLimit();
      }
      List<Line> lines = lineBuilder.build(glyphs.read(page), pages.isEmpty());
      pages.add(new Page(pages.size() + 1, lines));
    }
    return pages;
  }

  /**
   * Object streams hold most objects of a modern PDF and PDFBox inflates each whole when it first
   * needs an object of it: they are measured against the budget first.
   */
  private static void measureObjectStreams(PDDocument pdf, InflationBudget budget) throws IOException {
    Set<Long> numbers = new HashSet<>();
    for (Map.Entry<COSObjectKey, Long> entry : pdf.getDocument().getXrefTable().entrySet()) {
      if (entry.getValue() != null && entry.getValue() < 0) {
        numbers.add(-entry.getValue());
      }
    }
    for (long number : numbers) {
      COSBase object = pdf.getDocument().getObjectFromPool(new COSObjectKey(number, 0)).getObject();
      if (object instanceof COSStream stream) {
        budget.measure(stream);
      }
    }
  }

  private static boolean hasImages(PDDocument pdf) {
    for (PDPage page : pdf.getPages()) {
      if (hasImage(page)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a page's resources hold an image (a scan shows one, drawn over the whole page). */
  static boolean hasImage(PDPage page) {
    PDResources resources = page.getResources();
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        return true;
      }
    }
    return false;
  }

  private String pageLimit() {
    return String.format(java.util.Locale.ROOT, "%,d", maxPages);
  }

  private static String plain(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "its structure cannot be parsed" : message;
  }

  /** The page tree holds more pages than the limit. */
  private static final class PageLimit extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
