package org.plenary.align.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.plenary.align.Alignment;
import org.plenary.align.Bead;

/**
 * Writes an alignment as JSON Lines, one bead a line in document order:
 * {@code {"segments": {"en": [0], "fr": [0, 1], "zh": []}, "text": {"en": "...", ...}}}, segment
 * indices counted from 0 in each version, {@code []} where a version has nothing in the bead.
 */
public final class JsonLinesWriter {
  private static final JsonFactory JSON = new JsonFactory();

  public void write(Alignment alignment, Writer out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out);
    json.setRootValueSeparator(null);
    int count = alignment.versions().size();
    for (Bead bead : alignment.beads()) {
      json.writeStartObject();
      json.writeObjectFieldStart("segments");
      for (int k = 0; k < count; k++) {
        json.writeArrayFieldStart(alignment.versions().get(k).language().code());
        for (int s = bead.start(k); s < bead.end(k); s++) {
          json.writeNumber(s);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("text");
      for (int k = 0; k < count; k++) {
        json.writeStringField(alignment.versions().get(k).language().code(), alignment.text(bead, k));
      }
      json.writeEndObject();
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }
    json.flush();
  }
}
