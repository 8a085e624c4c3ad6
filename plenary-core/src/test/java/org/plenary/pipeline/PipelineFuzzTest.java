package org.plenary.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Source;

/**
 * The whole pipeline (format detection, reading, language detection, layout repair, structure,
 * extraction) on mutated documents of every format. Whatever the bytes, it gives a record or a
 * refusal of the typed family ({@link PlenaryException}); anything else thrown is a bug. Seeds:
 * {@code PipelineFuzzTestInputs/}, with the inputs that once broke it named after what they did.
 */
class PipelineFuzzTest {
  // OCR is Tesseract's, in its own process: the fuzzing is of plenary's own reading
  private static final Plenary PLENARY = Plenary.create().withOcr(org.plenary.read.ocr.OcrMode.NEVER);

  @FuzzTest(maxDuration = "5s")
  void parsesOrRefusesWithATypedError(byte[] input) {
    try {
      PLENARY.parse(new Source("fuzz", input));
    } catch (PlenaryException typed) {
      // a refusal that names the file and the reason: the contract holds
    }
  }
}
