package org.plenary.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plenary.UnreadableInput;
import org.plenary.align.SegmentKind;
import org.plenary.align.write.TmxWriter;
import org.plenary.model.Document;

/**
 * Writes the documents an export matches as one TMX file, streaming: each document aligned
 * sentence by sentence with its versions in the index, its units noting its symbol; a document
 * that came as another's version is not aligned again. A document that cannot be aligned is
 * counted as failed and the export goes on.
 */
final class TmxExport {
  private final IndexedAlignment aligned;

  TmxExport(IndexedAlignment aligned) {
    this.aligned = aligned;
  }

  void write(StoredRecords records, Path output) throws IOException {
    if (output != null && output.toAbsolutePath().getParent() != null) {
      Files.createDirectories(output.toAbsolutePath().getParent());
    }
    Writer out = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    TmxWriter writer = new TmxWriter();
    Set<String> done = new HashSet<>();
    try {
      XMLStreamWriter xml = writer.start(out, SegmentKind.SENTENCE, null);
      for (Document d : records) {
        String id = d.source().sha256();
        if (done.contains(id)) {
          continue;
        }
        try {
          Optional<IndexedAlignment.Aligned> found = aligned.align(id, true);
          if (found.isPresent()) {
            done.addAll(found.get().ids());
            writer.units(xml, found.get().alignment(), found.get().symbol());
          }
        } catch (UnreadableInput | RuntimeException e) {
          records.fail(d, "cannot align: " + e.getMessage());
        }
      }
      writer.finish(xml);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX: " + e.getMessage(), e);
    } finally {
      if (output == null) {
        out.flush();
      } else {
        out.close();
      }
    }
  }
}
