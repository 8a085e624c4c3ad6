package org.plenary.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plenary.PlenaryException;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * The text reader, its encoding detection included, on mutated texts of the six languages in their
 * encodings. Whatever the bytes, it reads them or refuses them with the typed family ({@link
 * PlenaryException}: unreadable, unsupported, over a limit); anything else thrown is a bug. Seeds:
 * {@code TextReaderFuzzTestInputs/}.
 */
class TextReaderFuzzTest {
  private static final TextReader READER = new TextReader();

  @FuzzTest(maxDuration = "5s")
  void readsOrRefusesWithATypedError(byte[] input) {
    try {
      READER.read(new Source("fuzz.txt", input), new Diagnostics());
    } catch (PlenaryException typed) {
      // a refusal that names the file and the reason: the contract holds
    }
  }
}
