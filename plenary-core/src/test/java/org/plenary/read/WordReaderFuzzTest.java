package org.plenary.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plenary.PlenaryException;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * The Word reader on mutated .docx and .doc files. Whatever the bytes, it reads them or refuses them with the typed family ({@link
 * PlenaryException}: unreadable, unsupported, over a limit); anything else thrown is a bug. Seeds:
 * {@code WordReaderFuzzTestInputs/}.
 */
class WordReaderFuzzTest {
  private static final WordReader READER = new WordReader();

  @FuzzTest(maxDuration = "5s")
  void readsOrRefusesWithATypedError(byte[] input) {
    try {
      READER.read(new Source("fuzz.docx", input), new Diagnostics());
    } catch (PlenaryException typed) {
      // a refusal that names the file and the reason: the contract holds
    }
  }
}
