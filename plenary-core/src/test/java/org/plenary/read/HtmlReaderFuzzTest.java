package org.plenary.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plenary.PlenaryException;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * The web page reader on mutated pages. Whatever the bytes, it reads them or refuses them with the typed family ({@link
 * PlenaryException}: unreadable, unsupported, over a limit); anything else thrown is a bug. Seeds:
 * {@code HtmlReaderFuzzTestInputs/}.
 */
class HtmlReaderFuzzTest {
  private static final HtmlReader READER = new HtmlReader();

  @FuzzTest(maxDuration = "5s")
  void readsOrRefusesWithATypedError(byte[] input) {
    try {
      READER.read(new Source("fuzz.html", input), new Diagnostics());
    } catch (PlenaryException typed) {
      // a refusal that names the file and the reason: the contract holds
    }
  }
}
