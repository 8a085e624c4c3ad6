package org.plenary.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a TSV resource: UTF-8, '#' comment lines, one header row naming the columns. Each row
 * keeps its line number so that a bad value can be reported as {@code file:line}.
 */
public final class Tsv {

  /** One data row with its line number in the file. */
  public record Row(String resource, int line, List<String> cells) {
    public String get(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  private Tsv() {}

  /** The rows of a classpath resource after its header, which must be {@code expectedHeader}. */
  public static List<Row> read(Class<?> anchor, String resource, String... expectedHeader) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new PackFormatException(resource, 0, "resource not found");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t", -1));
        if (header) {
          if (expectedHeader.length > 0 && !cells.subList(0, Math.min(cells.size(), expectedHeader.length))
              .equals(Arrays.asList(expectedHeader))) {
            throw new PackFormatException(resource, number,
                "header should start with " + String.join(", ", expectedHeader) + " but is " + cells);
          }
          header = false;
          continue;
        }
        rows.add(new Row(resource, number, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return rows;
  }
}
