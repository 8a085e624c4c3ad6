package org.plenary.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.plenary.PlenaryException;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Line;
import org.plenary.model.Page;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;
import org.plenary.read.ocr.OcrMode;
import org.plenary.read.ocr.OcrSettings;
import org.plenary.read.ocr.OcrUnavailable;
import org.plenary.read.ocr.PageImage;
import org.plenary.read.ocr.Recognizer;
import org.plenary.read.ocr.TextLayerCheck;

/**
 * Reads the scanned pages of a PDF by OCR and puts their lines in place of what the text layer
 * gave. Which pages, by {@link OcrMode}: {@code auto} takes a page that shows an image and has
 * (almost) no text, a scan's page or a scanned annex behind a typed letter, and a page whose text
 * layer is garbage ({@link TextLayerCheck}); {@code always} takes every page.
 *
 * <p>Each page is rendered with PDFBox in grey at the settings' resolution (300 dpi), less for a
 * page so large that it would pass {@link #MAX_PIXELS}; images that declare more than {@link
 * #MAX_IMAGE_PIXELS} are not rendered. A page OCR cannot read keeps its text layer and adds a
 * warning; so does a page read with low confidence. Without Tesseract, a PDF of scans only is
 * refused, naming what to install; a PDF with some typed pages is read without its scans, with a
 * warning.
 */
final class PdfScans {
  /** A page with fewer words than this in its text layer and an image is taken for a scan. */
  static final int FEW_WORDS = 8;
  /** Mean word confidences below this are reported. */
  static final double LOW_CONFIDENCE = 75;
  /** The most pixels a page image may have: an A3 page at 300 dpi has 17 million. */
  static final long MAX_PIXELS = 40_000_000L;
  /** The most pixels an image drawn on a scanned page may declare. */
  static final long MAX_IMAGE_PIXELS = 200_000_000L;
  /** A page that would need a resolution below this to stay within {@link #MAX_PIXELS} is not read. */
  private static final int MIN_DPI = 72;

  private final OcrSettings settings;
  private final TextLayerCheck textLayer = new TextLayerCheck();
  private final ScannedPages scanned = new ScannedPages();

  PdfScans(OcrSettings settings) {
    this.settings = settings;
  }

  /** Whether scanned pages are read at all. */
  boolean enabled() {
    return settings.mode() != OcrMode.NEVER;
  }

  List<Page> read(String name, PDDocument pdf, List<Page> pages, Diagnostics diagnostics) throws PlenaryException {
    if (settings.mode() == OcrMode.NEVER) {
      return pages;
    }
    List<Integer> scans = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (needsOcr(pdf.getPage(i), pages.get(i))) {
        scans.add(i);
      }
    }
    if (scans.isEmpty()) {
      return pages;
    }
    List<ScannedPages.Result> results;
    try {
      Recognizer recognizer = Recognizer.create(settings);
      PDFRenderer renderer = new PDFRenderer(pdf);
      renderer.setSubsamplingAllowed(true);
      results = scanned.read(name, scans, i -> render(renderer, pdf.getPage(i), i), recognizer, settings.threads());
    } catch (OcrUnavailable e) {
      return withoutOcr(name, pages, scans, e, diagnostics);
    }
    List<Page> out = new ArrayList<>(pages);
    for (ScannedPages.Result result : results) {
      int number = result.index() + 1;
      if (result.failed()) {
        diagnostics.warn(WarningCode.OCR_FAILED, "page " + number + " could not be read by OCR: " + result.failure());
        continue;
      }
      out.set(result.index(), new Page(number, result.lines(), true));
      String low = ScannedPages.confidenceWarning(result, LOW_CONFIDENCE);
      if (low != null) {
        diagnostics.warn(WarningCode.OCR_LOW_CONFIDENCE, low);
      }
    }
    return out;
  }

  private boolean needsOcr(PDPage pdfPage, Page page) {
    if (settings.mode() == OcrMode.ALWAYS) {
      return true;
    }
    String text = page.lines().stream().map(Line::text).collect(Collectors.joining("\n"));
    int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
    return words < FEW_WORDS && PdfReader.hasImage(pdfPage) || textLayer.isGarbage(text);
  }

  private List<Page> withoutOcr(String name, List<Page> pages, List<Integer> scans, OcrUnavailable e,
      Diagnostics diagnostics) throws UnsupportedFormat {
    if (settings.mode() == OcrMode.ALWAYS || pages.stream().allMatch(p -> p.lines().isEmpty())) {
      throw new UnsupportedFormat(name, e.getMessage());
    }
    diagnostics.warn(WarningCode.OCR_UNAVAILABLE, (scans.size() == 1 ? "page " : "pages ")
        + scans.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "))
        + " look scanned and were read from their text layer only: " + e.getMessage());
    return pages;
  }

  private PageImage render(PDFRenderer renderer, PDPage page, int index) throws IOException {
    for (long pixels : imagePixels(page)) {
      if (pixels > MAX_IMAGE_PIXELS) {
        throw new IOException("an image on it declares " + InputLimits.count(pixels) + " pixels, more than "
            + InputLimits.count(MAX_IMAGE_PIXELS));
      }
    }
    PDRectangle box = page.getCropBox();
    double points = (double) box.getWidth() * box.getHeight();
    int dpi = settings.dpi();
    if (points * dpi * dpi / (72.0 * 72.0) > MAX_PIXELS) {
      dpi = (int) Math.floor(Math.sqrt(MAX_PIXELS * 72.0 * 72.0 / points));
      if (dpi < MIN_DPI) {
        throw new IOException("the page is too large to render (" + Math.round(box.getWidth()) + " by "
            + Math.round(box.getHeight()) + " points)");
      }
    }
    BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
    return new PageImage(image, dpi);
  }

  private static List<Long> imagePixels(PDPage page) throws IOException {
    List<Long> sizes = new ArrayList<>();
    PDResources resources = page.getResources();
    if (resources == null) {
      return sizes;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        PDXObject object = resources.getXObject(name);
        if (object instanceof PDImageXObject image) {
          sizes.add((long) image.getWidth() * image.getHeight());
        }
      }
    }
    return sizes;
  }
}
