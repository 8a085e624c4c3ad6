package org.plenary.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.plenary.Outcome;
import org.plenary.Plenary;
import org.plenary.model.Language;
import org.plenary.write.JsonWriter;

/**
 * The child JVM of {@code --fork}: parses the files its parent names, one at a time, for as long
 * as its parent keeps it. Each line on standard input is a file name as a JSON string; for each it
 * writes one line on standard output, {@code {"record": ...}} or {@code {"refused": CATEGORY,
 * "reason": ...}}. Standard output carries nothing else. Its heap is its own: should a file exhaust
 * it, the JVM exits ({@code -XX:+ExitOnOutOfMemoryError}) and the parent reports that file alone.
 *
 * <p>Arguments: {@code MAX_BYTES TIMEOUT_SECONDS [LANG]}.
 */
final class ForkChild {
  private ForkChild() {}

  public static void main(String[] args) throws IOException {
    Plenary plenary = Plenary.create().withMaxBytes(Long.parseLong(args[0]))
        .withTimeout(Duration.ofSeconds(Long.parseLong(args[1])));
    if (args.length > 2) {
      plenary = plenary.withLanguage(Language.find(args[2]).orElseThrow());
    }
    ObjectMapper json = new ObjectMapper();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), false);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      Outcome outcome = plenary.parseOne(Path.of(json.readValue(line, String.class)));
      if (outcome instanceof Outcome.Parsed parsed) {
        out.print("{\"record\":");
        out.print(JsonWriter.compact().write(parsed.document()));
        out.print("}\n");
      } else if (outcome instanceof Outcome.Failed failed) {
        ObjectNode refusal = json.createObjectNode();
        refusal.put("refused", failed.error().getClass().getSimpleName());
        refusal.put("reason", failed.error().reason());
        out.print(json.writeValueAsString(refusal) + "\n");
      }
      out.flush();
    }
  }
}
