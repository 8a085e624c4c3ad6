package org.plenary.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plenary.PlenaryException;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * The PDF reader on mutated PDFs. Whatever the bytes, it reads them or refuses them with the typed family ({@link
 * PlenaryException}: unreadable, unsupported, over a limit); anything else thrown is a bug. Seeds:
 * {@code PdfReaderFuzzTestInputs/}.
 */
class PdfReaderFuzzTest {
  // OCR is Tesseract's, in its own process: the fuzzing is of the PDF reading
  private static final PdfReader READER = new PdfReader(
      org.plenary.read.ocr.OcrSettings.defaults().withMode(org.plenary.read.ocr.OcrMode.NEVER));

  @FuzzTest(maxDuration = "5s")
  void readsOrRefusesWithATypedError(byte[] input) {
    try {
      READER.read(new Source("fuzz.pdf", input), new Diagnostics());
    } catch (PlenaryException typed) {
      // a refusal that names the file and the reason: the contract holds
    }
  }
}
