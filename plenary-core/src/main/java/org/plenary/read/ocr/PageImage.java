package org.plenary.read.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page image in grey, with the resolution it was made at, written for Tesseract as a PGM file
 * (raw bytes behind a short header: nothing to compress, read as fast as it is written).
 */
public record PageImage(BufferedImage image, int dpi) {
  public PageImage {
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      image = grey(image);
    }
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }

  /** The image at half its resolution. */
  public PageImage half() {
    return scaled(Math.max(1, dpi / 2));
  }

  /**
   * The image at {@code target} dpi where it has less and the larger image stays within {@code
   * maxPixels}: Tesseract reads text best with letters some 20 to 30 pixels high, which a 150 or
   * 200 dpi scan does not give.
   */
  public PageImage atLeast(int target, long maxPixels) {
    double factor = (double) target / dpi;
    if (factor <= 1.2 || (double) image.getWidth() * image.getHeight() * factor * factor > maxPixels) {
      return this;
    }
    return scaled(target);
  }

  private PageImage scaled(int newDpi) {
    int w = Math.max(1, (int) Math.round((double) image.getWidth() * newDpi / dpi));
    int h = Math.max(1, (int) Math.round((double) image.getHeight() * newDpi / dpi));
    BufferedImage other = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = other.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return new PageImage(other, newDpi);
  }

  /** A band across the page, from {@code top} to {@code bottom} as shares of its height. */
  public PageImage band(double top, double bottom) {
    int y0 = (int) Math.round(image.getHeight() * top);
    int y1 = Math.max(y0 + 1, (int) Math.round(image.getHeight() * bottom));
    return new PageImage(image.getSubimage(0, y0, image.getWidth(), Math.min(image.getHeight(), y1) - y0), dpi);
  }

  /** The part of the image from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), in pixels. */
  public PageImage crop(int x0, int y0, int x1, int y1) {
    int left = Math.max(0, Math.min(x0, image.getWidth() - 1));
    int top = Math.max(0, Math.min(y0, image.getHeight() - 1));
    int right = Math.max(left + 1, Math.min(x1, image.getWidth()));
    int bottom = Math.max(top + 1, Math.min(y1, image.getHeight()));
    return new PageImage(image.getSubimage(left, top, right - left, bottom - top), dpi);
  }

  /** A copy of the image with the boxes of these words painted white: what else the page holds. */
  public PageImage without(java.util.List<OcrWord> words) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = copy.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.setColor(java.awt.Color.WHITE);
    for (OcrWord w : words) {
      g.fillRect(Math.round(w.left()), Math.round(w.top()), Math.round(w.right() - w.left()) + 1,
          Math.round(w.bottom() - w.top()) + 1);
    }
    g.dispose();
    return new PageImage(copy, dpi);
  }

  /** Writes the image to a new temporary PGM file; the caller deletes it. */
  public Path write() throws IOException {
    Path file = Files.createTempFile("plenary-page", ".pgm");
    int w = image.getWidth();
    int h = image.getHeight();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      Raster raster = image.getRaster();
      byte[] row = new byte[w];
      for (int y = 0; y < h; y++) {
        raster.getDataElements(0, y, w, 1, row);
        out.write(row);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  private static BufferedImage grey(BufferedImage colour) {
    BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.drawImage(colour, 0, 0, java.awt.Color.WHITE, null);
    g.dispose();
    return grey;
  }
}
