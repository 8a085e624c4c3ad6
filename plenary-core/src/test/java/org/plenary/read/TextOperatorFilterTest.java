package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.junit.jupiter.api.Test;

/**
 * The filter keeps the text operators with their operands as PDFBox reads them, drops the rest,
 * and hands PDFBox the stream unfiltered from any token it might bound otherwise.
 */
class TextOperatorFilterTest {
  @Test
  void dropsPathsColoursAndMarkedContentAndKeepsTheTextOperators() throws IOException {
    String stream = """
        q 0.5 0 0 0.5 10 20 cm 1 0 0 RG 0 0 1 rg 10 10 100 50 re f
        /P <</MCID 3 /Lang (en-GB)>> BDC BT /F1 12 Tf 1 0 0 1 72 700 Tm
        [(Distr.: )-250(General)] TJ 0 -14 Td (S/2025/1) Tj T* 2 Tc 0.5 Tw 90 Tz 14 TL 3 Ts 0 Tr
        (next) ' 1 2 (last) " ET EMC [3 2] 0 d 5 w 0 0 m 100 100 l S /GS1 gs /Fm0 Do Q
        """;
    assertThat(operators(filtered(stream))).containsExactly(
        "q",
        "cm [0.5, 0, 0, 0.5, 10, 20]",
        "BT",
        "Tf [/F1, 12]",
        "Tm [1, 0, 0, 1, 72, 700]",
        "TJ [[(Distr.: ), -250, (General)]]",
        "Td [0, -14]",
        "Tj [(S/2025/1)]",
        "T*", "Tc [2]", "Tw [0.5]", "Tz [90]", "TL [14]", "Ts [3]", "Tr [0]",
        "' [(next)]",
        "\" [1, 2, (last)]",
        "ET",
        "gs [/GS1]",
        "Do [/Fm0]",
        "Q");
  }

  @Test
  void readsStringsWithDelimitersInsideAndTokensWithoutSpacesBetween() throws IOException {
    String stream = "BT/F2 9Tf(a\\) [b] <c> (d) %e)Tj[<41>(\\\\)(x(y)z)]TJ%comment ) Tj\n"
        + "0 g<48656c6c6f>Tj ET";
    assertThat(operators(stream)).contains("g [0]");
    assertThat(operators(filtered(stream))).containsExactly(
        "BT", "Tf [/F2, 9]", "Tj [(a) [b] <c> (d) %e)]", "TJ [[(A), (\\), (x(y)z)]]", "Tj [(Hello)]", "ET");
  }

  @Test
  void leavesTheRestOfTheStreamToPdfboxFromAnInlineImage() throws IOException {
    String stream = "BT (before) Tj ET 0 g BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001\u00ff EI 1 g BT (after) Tj ET";
    String filtered = filtered(stream);
    assertThat(filtered).startsWith("BT\n(before) Tj\nET\n").endsWith("BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001\u00ff EI 1 g BT (after) Tj ET");
    assertThat(operators(filtered)).containsSubsequence("Tj [(before)]", "BI", "Tj [(after)]");
  }

  @Test
  void leavesTheRestToPdfboxWhereANumberOrAnArrayIsMalformed() throws IOException {
    // PDFBox drops an inner minus sign ("5-3" is 53) and gives up on an array that does not close
    assertThat(filtered("0 g BT 5-3 Tc (x) Tj ET")).isEqualTo("BT\n5-3 Tc (x) Tj ET");
    assertThat(filtered("BT (a) Tj [1 2 re (b) Tj ET")).isEqualTo("BT\n(a) Tj\n[1 2 re (b) Tj ET");
    assertThat(filtered("BT (a) Tj ET <</A 1 0 R>> BDC")).isEqualTo("BT\n(a) Tj\nET\n<</A 1 0 R>> BDC");
  }

  @Test
  void endsAnUnbalancedStringWherePdfboxDoes() throws IOException {
    // an unescaped ")" closing a nested "(" followed by a line break and a name ends the string in PDFBox
    String stream = "BT (a(b)\n/F1 9 Tf (c) Tj ET";
    assertThat(filtered(stream)).isEqualTo("BT\n(a(b)\n/F1 9 Tf (c) Tj ET");
  }

  @Test
  void givesUpWhenTheParseIsCancelled() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> filtered("0 0 m 10 10 l S")).isInstanceOf(InterruptedIOException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void filtersAStreamLongerThanItsBuffer() throws IOException {
    StringBuilder stream = new StringBuilder("BT /F1 10 Tf ");
    for (int i = 0; i < 20_000; i++) {
      stream.append(i).append(" 0 m 1 1 l S (t").append(i).append(") Tj ");
    }
    stream.append("[");
    stream.append("(long) -1 ".repeat(10_000));
    stream.append("] TJ ET");
    List<String> ops = operators(filtered(stream.toString()));
    assertThat(ops).hasSize(20_004);
    assertThat(ops.get(20_001)).startsWith("Tj [(t19999)]");
    assertThat(ops.get(20_002)).startsWith("TJ [[(long), -1, (long)");
  }

  private static String filtered(String stream) throws IOException {
    try (InputStream in = new TextOperatorFilter(new ByteArrayInputStream(stream.getBytes(StandardCharsets.ISO_8859_1)))) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /** The operators PDFBox reads in a stream, each with its operands. */
  private static List<String> operators(String stream) throws IOException {
    PDFStreamParser parser = new PDFStreamParser(stream.getBytes(StandardCharsets.ISO_8859_1));
    List<String> out = new ArrayList<>();
    List<String> operands = new ArrayList<>();
    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
      if (token instanceof Operator operator) {
        out.add(operands.isEmpty() ? operator.getName() : operator.getName() + " " + operands);
        operands.clear();
      } else {
        operands.add(show((COSBase) token));
      }
    }
    return out;
  }

  private static String show(COSBase value) {
    if (value instanceof org.apache.pdfbox.cos.COSString s) {
      return "(" + s.getString() + ")";
    }
    if (value instanceof org.apache.pdfbox.cos.COSName n) {
      return "/" + n.getName();
    }
    if (value instanceof org.apache.pdfbox.cos.COSNumber n) {
      float f = n.floatValue();
      return f == (long) f ? Long.toString((long) f) : Float.toString(f);
    }
    if (value instanceof org.apache.pdfbox.cos.COSArray a) {
      List<String> items = new ArrayList<>();
      for (COSBase item : a) {
        items.add(show(item));
      }
      return items.toString();
    }
    return String.valueOf(value);
  }
}
