package org.plenary.read;

import java.nio.file.Files;
import java.nio.file.Path;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * Parses one file and says on standard output how it went, in one line: "parsed PAGES" or
 * "refused CLASS: REASON". Run in a JVM of its own by {@link PdfReaderMemoryIT}, so that the heap it
 * is given is the heap of one parse; an OutOfMemoryError ends it with a non-zero exit.
 */
public final class ParseInSmallHeap {
  private ParseInSmallHeap() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try {
      Document document = Plenary.create().parse(new Source(file.getFileName().toString(), Files.readAllBytes(file)));
      System.out.println("parsed " + document.source().pages());
    } catch (PlenaryException e) {
      System.out.println("refused " + e.getClass().getSimpleName() + ": " + e.reason());
    }
  }
}
