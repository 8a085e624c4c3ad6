package org.plenary.read.akn;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.plenary.PlenaryException;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * The Akoma Ntoso reader, and its sniffing of the root element, on mutated AKN4UN files. Whatever the bytes, it reads them or refuses them with the typed family ({@link
 * PlenaryException}: unreadable, unsupported, over a limit); anything else thrown is a bug. Seeds:
 * {@code AknReaderFuzzTestInputs/}.
 */
class AknReaderFuzzTest {
  private static final AknReader READER = new AknReader();

  @FuzzTest(maxDuration = "5s")
  void readsOrRefusesWithATypedError(byte[] input) {
    try {
      AknReader.accepts(input);
      READER.read(new Source("fuzz.xml", input), new Diagnostics());
    } catch (PlenaryException typed) {
      // a refusal that names the file and the reason: the contract holds
    }
  }
}
