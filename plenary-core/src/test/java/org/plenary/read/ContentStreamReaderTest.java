package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.junit.jupiter.api.Test;

/**
 * The reader gives the text operators with the operands PDFBox's own parser gives for them, and
 * none of the others; from a token it might read otherwise it leaves the stream to PDFBox's parser.
 */
class ContentStreamReaderTest {
  private static final Set<String> TEXT_OPERATORS = Set.of(
      "BT", "ET", "cm", "Do", "gs", "q", "Q", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm",
      "Tr", "Ts", "Tw", "Tz", "'", "\"");

  @Test
  void givesTheTextOperatorsWithTheirOperandsAndDropsTheRest() throws IOException {
    String stream = """
        q 0.5 0 0 0.5 10 20 cm 1 0 0 RG 0 0 1 rg 10 10 100 50 re f
        /P <</MCID 3 /Lang (en-GB)>> BDC BT /F1 12 Tf 1 0 0 1 72 700 Tm
        [(Distr.: )-250(General)] TJ 0 -14 Td (S/2025/1) Tj T* 2 Tc 0.5 Tw 90 Tz 14 TL 3 Ts 0 Tr
        (next) ' 1 2 (last) " ET EMC [3 2] 0 d 5 w 0 0 m 100 100 l S /GS1 gs /Fm0 Do Q
        """;
    assertThat(read(stream)).containsExactly(
        "q", "cm 0.5 0 0 0.5 10 20", "BT", "Tf /F1 12", "Tm 1 0 0 1 72 700",
        "TJ [(44697374722e3a20) -250 (47656e6572616c)]", "Td 0 -14", "Tj (532f323032352f31)", "T*",
        "Tc 2", "Tw 0.5", "Tz 90", "TL 14", "Ts 3", "Tr 0", "' (6e657874)", "\" 1 2 (6c617374)", "ET",
        "gs /GS1", "Do /Fm0", "Q");
    assertThat(read(stream)).containsExactlyElementsOf(pdfbox(stream));
  }

  @Test
  void readsStringsAndNamesAsPdfboxDoes() throws IOException {
    // escapes, octal codes, nested and escaped parentheses, delimiters inside strings, a line
    // continued, hex strings with spaces and an odd digit, names with # codes, no spaces between
    String stream = "BT/F#232 9Tf(a\\) [b] <c> (d) %e)Tj[<41 4>(\\\\\\222\\5x\\q)(x(y)z)/N 3.5 -.5]TJ%note ) Tj\n"
        + "0 g<48656c6c6f>Tj (line\\\n  two\\r\\n) Tj [] TJ [[1] (nested)] TJ <</D [1 (x)]>> Tf ET";
    assertThat(read(stream)).containsExactlyElementsOf(pdfbox(stream));
    assertThat(read(stream)).contains("Tf /F#2 9", "Tj (48656c6c6f)");
  }

  @Test
  void leavesTheRestOfTheStreamToPdfboxFromAnInlineImageOrAMalformedToken() throws IOException {
    List<String> streams = List.of(
        "BT (before) Tj ET 0 g BI /W 2 /H 1 /BPC 8 /CS /G ID \u0001\u00ff EI Q 1 g BT (after) Tj ET",
        "0 g BT 5-3 Tc --2 Tw (x) Tj ET", // PDFBox drops an inner minus sign: "5-3" is 53
        "BT (a) Tj [1 2 re (b) Tj ET", // an array that does not close: PDFBox stops reading
        "BT (a) Tj ET <</A 1 0 R>> BDC BT (c) Tj ET",
        "BT (a(b)\n/F1 9 Tf (c) Tj ET", // PDFBox ends an unbalanced string before a line break and a name
        "BT (c:\\)\n/F1 9 Tf (d) Tj ET",
        "BT [(a) 1e3 (b)] TJ (c) Tj ET",
        "BT (a) Tj \u0001 (b) Tj ET", // a control byte as an operator ends PDFBox's reading
        "BT (unclosed Tj ET");
    for (String stream : streams) {
      assertThat(read(stream)).as(stream).containsExactlyElementsOf(pdfbox(stream));
    }
    assertThat(read(streams.get(0))).containsSubsequence("Tj (6265666f7265)", "Tj (6166746572)");
  }

  @Test
  void givesUpWhenTheParseIsCancelled() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> read("0 0 m 10 10 l S")).isInstanceOf(InterruptedIOException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void readsAStreamLongerThanItsBuffer() throws IOException {
    StringBuilder stream = new StringBuilder("BT /F1 10 Tf ");
    for (int i = 0; i < 20_000; i++) {
      stream.append(i).append(" 0 m 1 1 l S (t").append(i).append(") Tj ");
    }
    stream.append("[").append("(long) -1 ".repeat(10_000)).append("] TJ ");
    // a run of spaces longer than the reader holds a token: inside an array it is PDFBox's to read
    stream.append(" ".repeat(3 * ContentStreamReader.MAX_TOKEN)).append("(spaced) Tj [(a)")
        .append(" ".repeat(2 * ContentStreamReader.MAX_TOKEN)).append("(b)] TJ (after) Tj ET");
    List<String> ops = read(stream.toString());
    assertThat(ops).hasSize(20_007).contains("Tj (737061636564)", "TJ [(61) (62)]", "Tj (6166746572)");
    assertThat(ops).containsExactlyElementsOf(pdfbox(stream.toString()));
  }

  /** The operators the reader gives, with their operands. */
  private static List<String> read(String stream) throws IOException {
    List<String> out = new ArrayList<>();
    new ContentStreamReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.ISO_8859_1)))
        .read((operator, operands) -> {
          if (TEXT_OPERATORS.contains(operator.getName())) {
            out.add(show(operator, operands));
          }
        });
    return out;
  }

  /** The text operators PDFBox's parser reads in the stream, with their operands. */
  private static List<String> pdfbox(String stream) throws IOException {
    PDFStreamParser parser = new PDFStreamParser(stream.getBytes(StandardCharsets.ISO_8859_1));
    List<String> out = new ArrayList<>();
    List<COSBase> operands = new ArrayList<>();
    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
      if (token instanceof Operator operator) {
        if (TEXT_OPERATORS.contains(operator.getName())) {
          out.add(show(operator, operands));
        }
        operands.clear();
      } else {
        operands.add((COSBase) token);
      }
    }
    return out;
  }

  private static String show(Operator operator, List<COSBase> operands) {
    StringBuilder s = new StringBuilder(operator.getName());
    for (COSBase operand : operands) {
      s.append(' ').append(show(operand));
    }
    return s.toString();
  }

  private static String show(COSBase value) {
    if (value instanceof COSString s) {
      return "(" + HexFormat.of().formatHex(s.getBytes()) + ")";
    }
    if (value instanceof COSName n) {
      return "/" + n.getName();
    }
    if (value instanceof COSNumber n) {
      float f = n.floatValue();
      return (f == (long) f ? Long.toString((long) f) : Float.toString(f)) + (n.getClass().getSimpleName().equals("COSFloat") && f == (long) f ? ".f" : "");
    }
    if (value instanceof COSArray a) {
      List<String> items = new ArrayList<>();
      for (COSBase item : a) {
        items.add(show(item));
      }
      return "[" + String.join(" ", items) + "]";
    }
    return String.valueOf(value);
  }
}
