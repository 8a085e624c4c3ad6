package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.UnreadableInput;
import org.plenary.UnsupportedFormat;
import org.plenary.model.Page;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;
import org.plenary.pipeline.WarningCode;
import org.plenary.read.ocr.OcrMode;
import org.plenary.read.ocr.OcrSettings;
import org.plenary.read.ocr.OcrUnavailable;
import org.plenary.read.ocr.PageImage;
import org.plenary.read.ocr.Recognizer;
import org.w3c.dom.NodeList;

/**
 * Reads a scanned page image (PNG, JPEG, or TIFF with one page per image) by OCR, like the pages
 * of a scanned PDF, so the record is the one a PDF of the same scan gives; the contract knows no
 * image format, so the record says {@code pdf}, with {@code ocr} set.
 *
 * <p>The resolution is the one the image declares, when it is a scanner's (100 to 1,200 dpi);
 * otherwise the image is taken for a page of A4 width. Bounds: at most {@link
 * InputLimits#MAX_PAGES} images, each of at most {@link #MAX_PIXELS} pixels, measured from the
 * header before anything is decoded.
 */
public final class ImageReader implements SourceReader {
  /** The most pixels of one page image: an A3 page scanned at 600 dpi has 70 million. */
  static final long MAX_PIXELS = 100_000_000L;
  /** The width of an A4 page in inches. */
  private static final double A4_WIDTH = 8.27;

  private final OcrSettings settings;
  private final ScannedPages scanned = new ScannedPages();

  public ImageReader(OcrSettings settings) {
    this.settings = settings;
  }

  @Override
  public Pages read(Source source, Diagnostics diagnostics) throws PlenaryException {
    if (settings.mode() == OcrMode.NEVER) {
      throw new UnsupportedFormat(source.name(), "an image: it can only be read by OCR (--ocr auto or always)");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(source.bytes()))) {
      Iterator<javax.imageio.ImageReader> found = ImageIO.getImageReaders(in);
      if (!found.hasNext()) {
        throw new UnsupportedFormat(source.name(), "an image in a format that cannot be decoded");
      }
      javax.imageio.ImageReader images = found.next();
      try {
        images.setInput(in, false, true);
        int count = images.getNumImages(true);
        if (count > InputLimits.MAX_PAGES) {
          throw new InputLimitExceeded(source.name(), "the image file holds " + InputLimits.count(count)
              + " pages, more than " + InputLimits.count(InputLimits.MAX_PAGES));
        }
        for (int i = 0; i < count; i++) {
          long pixels = (long) images.getWidth(i) * images.getHeight(i);
          if (pixels > MAX_PIXELS) {
            throw new InputLimitExceeded(source.name(), "page " + (i + 1) + " of the image has "
                + InputLimits.count(pixels) + " pixels, more than " + InputLimits.count(MAX_PIXELS));
          }
        }
        List<ScannedPages.Result> results;
        try {
          Recognizer recognizer = Recognizer.create(settings);
          results = scanned.read(source.name(), IntStream.range(0, count).boxed().toList(),
              i -> new PageImage(images.read(i), dpi(images, i)), recognizer, settings.threads());
        } catch (OcrUnavailable e) {
          throw new UnsupportedFormat(source.name(), "an image: " + e.getMessage());
        }
        List<Page> pages = new ArrayList<>(count);
        for (ScannedPages.Result result : results) {
          int number = result.index() + 1;
          if (result.failed()) {
            diagnostics.warn(WarningCode.OCR_FAILED, "page " + number + " could not be read by OCR: " + result.failure());
          }
          String low = ScannedPages.confidenceWarning(result, PdfScans.LOW_CONFIDENCE);
          if (low != null) {
            diagnostics.warn(WarningCode.OCR_LOW_CONFIDENCE, low);
          }
          pages.add(new Page(number, result.lines(), true));
        }
        if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
          throw new UnreadableInput(source.name(), "OCR found no text in the image");
        }
        return new Pages(source, SourceFormat.PDF, pages, null, true);
      } finally {
        images.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInput(source.name(), "corrupt image: " + (e.getMessage() == null ? e : e.getMessage()), e);
    }
  }

  /** The resolution an image declares in its standard metadata, or that of an A4-wide page. */
  private static int dpi(javax.imageio.ImageReader images, int index) throws IOException {
    int width = images.getWidth(index);
    int assumed = (int) Math.round(width / A4_WIDTH);
    IIOMetadata metadata = images.getImageMetadata(index);
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return assumed;
    }
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
    NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
    if (sizes.getLength() == 0) {
      return assumed;
    }
    try {
      double millimetres = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
      int declared = (int) Math.round(25.4 / millimetres);
      return declared >= 100 && declared <= 1200 ? declared : assumed;
    } catch (NumberFormatException e) {
      return assumed;
    }
  }
}
