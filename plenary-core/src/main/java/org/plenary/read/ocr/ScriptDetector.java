package org.plenary.read.ocr;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the script a page is written in, with Tesseract's orientation and script detection
 * ({@code --psm 0}, the {@code osd} model), run on the page at half resolution: it looks at the
 * shapes of a sample of characters, so half the pixels tell as much in half the time. A page with
 * too few characters, or without the {@code osd} model, has no script.
 */
public final class ScriptDetector {
  private static final Pattern SCRIPT = Pattern.compile("(?m)^Script:\\s*(\\S+)");

  private final Tesseract tesseract;

  public ScriptDetector(Tesseract tesseract) {
    this.tesseract = tesseract;
  }

  public Optional<String> detect(Path halfImage, int halfDpi) throws InterruptedException {
    try {
      if (!tesseract.languages().contains("osd")) {
        return Optional.empty();
      }
      Matcher m = SCRIPT.matcher(tesseract.orientationAndScript(halfImage, halfDpi));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (OcrFailed e) {
      return Optional.empty(); // too few characters: the caller keeps the script it had
    }
  }
}
