package org.plenary.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.NonSeekableRandomAccessReadInputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads a decoded content stream for its text: the operators {@link GlyphReader} interprets (text
 * objects, text state, text showing, the transformation matrix, the graphics state stack, extended
 * graphics states and XObjects) come out with their operands as PDFBox's own parser would give
 * them; paths, colours, marked content and the rest are lexed past without an object made for
 * any of their operands. PDFBox's parser makes a COS object of every token through a general
 * reader that peeks and rewinds byte by byte; on a UN document that was a third of reading a page.
 *
 * <p>Where this lexer could bound or read a token otherwise than PDFBox (an inline image, a
 * malformed number, an unbalanced string, array or dictionary, a keyword inside an array, control
 * bytes), it hands the rest of the stream, from that operator's operands on, to PDFBox's parser
 * and passes on every operator that parser gives, as PDFBox's engine would. A token it reads but
 * does not decode itself (a name with # escapes, a dictionary, an array holding arrays) is
 * decoded by PDFBox's parser on its own bytes. Nesting is followed with counters, never by
 * recursion; a cancelled parse is looked for at every operator, kept or not.
 */
final class ContentStreamReader {
  /** Receives the operators read, each with its operands (the list is reused: copy to keep). */
  interface Operators {
    void operator(Operator operator, List<COSBase> operands) throws IOException;
  }

  /** Arrays and dictionaries nested deeper than PDFBox accepts are left to PDFBox to refuse. */
  private static final int MAX_NESTING = 500;
  /**
   * A token, or the operands of one operator, longer than this is left to PDFBox's parser with the
   * rest of the stream: this reader holds a token whole while it lexes it, PDFBox skips the spaces
   * inside an array as it goes.
   */
  static final int MAX_TOKEN = 1 << 20;

  private static final byte NUMBER = 0;
  private static final byte NAME = 1;
  private static final byte STRING = 2;
  private static final byte HEX = 3;
  private static final byte NESTED = 4;
  private static final byte LITERAL = 5;
  private static final byte STRAY = 6;

  private final InputStream in;
  private byte[] buf = new byte[16 * 1024];
  private int pos;
  private int limit;
  private boolean inputDone;
  /** Set when the token being lexed has grown past {@link #MAX_TOKEN}. */
  private boolean tooLong;

  /** The operands since the last operator: their bytes, each followed by a space, and their kinds. */
  private byte[] operandBytes = new byte[256];
  private int operandLength;
  private int[] operandStarts = new int[16];
  private byte[] operandKinds = new byte[16];
  private int operandCount;
  private final List<COSBase> operands = new ArrayList<>();

  ContentStreamReader(InputStream in) {
    this.in = in;
  }

  /** Reads the whole stream, handing each operator to the receiver. */
  void read(Operators receiver) throws IOException {
    while (true) {
      if (!skipSpaces()) {
        return; // operands without an operator: PDFBox drops them too
      }
      int start = pos;
      int c = buf[pos] & 0xFF;
      int end;
      byte kind;
      switch (c) {
        case '(' -> {
          end = literalString(pos);
          kind = STRING;
        }
        case '<' -> {
          boolean dictionary = peek(pos + 1) == '<';
          end = dictionary ? nested(pos) : hexString(pos);
          kind = dictionary ? NESTED : HEX;
        }
        case '[' -> {
          end = nested(pos);
          kind = NESTED;
        }
        case '/' -> {
          end = nameEnd(pos + 1);
          kind = NAME;
        }
        case ']' -> { // a stray bracket: an operand to PDFBox (null)
          end = pos + 1;
          kind = STRAY;
        }
        case 'I' -> { // inline image data: PDFBox finds its end by its own rules
          end = -1;
          kind = STRAY;
        }
        default -> {
          kind = LITERAL;
          if (isNumberStart(c)) {
            end = number(pos);
            kind = NUMBER;
          } else if (c == 'n' || c == 't' || c == 'f' || c == 'B') {
            end = nameEnd(pos + 1);
            if (end >= 0 && isLiteral(start, end)) {
              break; // true, false, null: an operand
            }
            if (end >= 0 && !tooLong && !(c == 'B' && end - start == 2 && buf[start + 1] == 'I')) {
              operator(start, end, receiver); // BI (an inline image) is left to PDFBox
              continue;
            }
            end = -1;
          } else {
            end = operatorEnd(pos);
            if (end >= 0 && !tooLong) {
              operator(start, end, receiver);
              continue;
            }
          }
        }
      }
      if (end < 0 || tooLong || operandLength > MAX_TOKEN) {
        readRestWithPdfbox(start, receiver);
        return;
      }
      addOperand(start, end, kind);
    }
  }

  private void operator(int start, int end, Operators receiver) throws IOException {
    if (Cancellation.requested()) {
      throw new InterruptedIOException("parsing was interrupted");
    }
    pos = end;
    String name = kept(start, end - start);
    if (name != null) {
      operands.clear();
      for (int i = 0; i < operandCount; i++) {
        int from = operandStarts[i];
        int to = (i + 1 < operandCount ? operandStarts[i + 1] : operandLength) - 1;
        operands.add(operand(operandKinds[i], from, to));
      }
      operandLength = 0;
      operandCount = 0;
      receiver.operator(Operator.getOperator(name), operands);
    }
    operandLength = 0;
    operandCount = 0;
  }

  /** PDFBox's parser reads the operands so far and the rest of the stream, and every operator it gives goes on. */
  private void readRestWithPdfbox(int start, Operators receiver) throws IOException {
    InputStream rest = new SequenceInputStream(
        new ByteArrayInputStream(Arrays.copyOf(operandBytes, operandLength)),
        new SequenceInputStream(new ByteArrayInputStream(buf, start, limit - start), inputDone ? InputStream.nullInputStream() : in));
    operandLength = 0;
    operandCount = 0;
    PDFStreamParser parser = new PDFStreamParser(new Rest(new NonSeekableRandomAccessReadInputStream(rest)));
    List<COSBase> arguments = new ArrayList<>();
    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
      if (token instanceof Operator operator) {
        if (Cancellation.requested()) {
          throw new InterruptedIOException("parsing was interrupted");
        }
        receiver.operator(operator, arguments);
        arguments.clear();
      } else {
        arguments.add((COSBase) token);
      }
    }
  }

  private void addOperand(int start, int end, byte kind) {
    int n = end - start;
    if (operandLength + n + 1 > operandBytes.length) {
      operandBytes = Arrays.copyOf(operandBytes, Math.max(operandBytes.length * 2, operandLength + n + 1));
    }
    if (operandCount == operandStarts.length) {
      operandStarts = Arrays.copyOf(operandStarts, operandCount * 2);
      operandKinds = Arrays.copyOf(operandKinds, operandCount * 2);
    }
    operandStarts[operandCount] = operandLength;
    operandKinds[operandCount++] = kind;
    System.arraycopy(buf, start, operandBytes, operandLength, n);
    operandLength += n;
    operandBytes[operandLength++] = ' ';
    pos = end;
  }

  /** The name of an operator {@link GlyphReader} interprets, or null. */
  private String kept(int start, int length) {
    byte a = buf[start];
    if (length == 1) {
      return switch (a) {
        case 'q' -> "q";
        case 'Q' -> "Q";
        case '\'' -> "'";
        case '"' -> "\"";
        default -> null;
      };
    }
    if (length != 2) {
      return null;
    }
    byte b = buf[start + 1];
    return switch (a) {
      case 'T' -> switch (b) {
        case 'c' -> "Tc";
        case 'd' -> "Td";
        case 'D' -> "TD";
        case 'f' -> "Tf";
        case 'j' -> "Tj";
        case 'J' -> "TJ";
        case 'L' -> "TL";
        case 'm' -> "Tm";
        case 'r' -> "Tr";
        case 's' -> "Ts";
        case 'w' -> "Tw";
        case 'z' -> "Tz";
        case '*' -> "T*";
        default -> null;
      };
      case 'B' -> b == 'T' ? "BT" : null;
      case 'E' -> b == 'T' ? "ET" : null;
      case 'c' -> b == 'm' ? "cm" : null;
      case 'D' -> b == 'o' ? "Do" : null;
      case 'g' -> b == 's' ? "gs" : null;
      default -> null;
    };
  }

  private boolean isLiteral(int start, int end) {
    return matches(start, end, "true") || matches(start, end, "false") || matches(start, end, "null");
  }

  private boolean matches(int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (buf[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // --- operands, made from their bytes as PDFBox's parser makes them

  private COSBase operand(byte kind, int from, int to) throws IOException {
    byte[] b = operandBytes;
    switch (kind) {
      case NUMBER:
        return COSNumber.get(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
      case STRING:
        return literal(from, to);
      case HEX:
        COSString hex = hex(from, to);
        if (hex != null) {
          return hex;
        }
        break;
      case NAME:
        if (isPlainName(from, to)) {
          return COSName.getPDFName(new String(b, from + 1, to - from - 1, StandardCharsets.ISO_8859_1));
        }
        break;
      case NESTED:
        if (b[from] == '[') {
          COSArray array = plainArray(from, to);
          if (array != null) {
            return array;
          }
        }
        break;
      case LITERAL:
        return b[from] == 't' ? COSBoolean.TRUE : b[from] == 'f' ? COSBoolean.FALSE : COSNull.NULL;
      default:
        return COSNull.NULL; // a stray ']'
    }
    Object token = new PDFStreamParser(Arrays.copyOfRange(b, from, to)).parseNextToken();
    return token instanceof COSBase base ? base : COSNull.NULL;
  }

  /** A name without # escapes, in printable ASCII: the text of its bytes. */
  private boolean isPlainName(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int c = operandBytes[i] & 0xFF;
      if (c == '#' || c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** A literal string "(...)" decoded as PDFBox's parser decodes it (its early ends were ruled out when lexed). */
  private COSString literal(int from, int to) {
    byte[] b = operandBytes;
    byte[] out = new byte[to - from];
    int n = 0;
    int i = from + 1;
    int end = to - 1; // the closing parenthesis
    while (i < end) {
      int c = b[i++] & 0xFF;
      if (c != '\\') {
        out[n++] = (byte) c;
        continue;
      }
      int next = b[i++] & 0xFF;
      switch (next) {
        case 'n' -> out[n++] = '\n';
        case 'r' -> out[n++] = '\r';
        case 't' -> out[n++] = '\t';
        case 'b' -> out[n++] = '\b';
        case 'f' -> out[n++] = '\f';
        case '\n', '\r' -> { // a line continued: the break and any that follow are dropped
          while (i < end && (b[i] == '\n' || b[i] == '\r')) {
            i++;
          }
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = next - '0';
          for (int k = 0; k < 2 && i < end && b[i] >= '0' && b[i] <= '7'; k++) {
            value = value * 8 + (b[i++] - '0');
          }
          out[n++] = (byte) value;
        }
        default -> out[n++] = (byte) next; // \( \) \\ and an unknown escape: the character itself
      }
    }
    return new COSString(Arrays.copyOf(out, n));
  }

  /** A hex string of hex digits and spaces only, decoded; null for anything else. */
  private COSString hex(int from, int to) {
    byte[] b = operandBytes;
    byte[] out = new byte[(to - from) / 2 + 1];
    int n = 0;
    int high = -1;
    for (int i = from + 1; i < to - 1; i++) {
      int c = b[i] & 0xFF;
      int value = Character.digit(c, 16);
      if (value < 0 || c > 0x7F) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f') {
          continue;
        }
        return null;
      }
      if (high < 0) {
        high = value;
      } else {
        out[n++] = (byte) (high * 16 + value);
        high = -1;
      }
    }
    if (high >= 0) {
      out[n++] = (byte) (high * 16); // an odd digit count: PDFBox pads with 0
    }
    return new COSString(Arrays.copyOf(out, n), true);
  }

  /**
   * An array of strings, numbers and names only (a TJ array), made element by element; null when
   * it holds anything else, for PDFBox to read.
   */
  private COSArray plainArray(int from, int to) throws IOException {
    byte[] b = operandBytes;
    COSArray array = new COSArray();
    int i = from + 1;
    int end = to - 1; // the closing bracket
    while (true) {
      while (i < end && isWhitespace(b[i] & 0xFF)) {
        i++;
      }
      if (i >= end) {
        return array;
      }
      int c = b[i] & 0xFF;
      int start = i;
      if (c == '(') {
        int depth = 0;
        do {
          int d = b[i++];
          if (d == '\\') {
            i++;
          } else if (d == '(') {
            depth++;
          } else if (d == ')') {
            depth--;
          }
        } while (depth > 0);
        array.add(literal(start, i));
      } else if (c == '<' && b[i + 1] != '<') {
        while (b[i++] != '>') {
          // to the end of the hex string
        }
        COSString hex = hex(start, i);
        if (hex == null) {
          return null;
        }
        array.add(hex);
      } else if (c == '/') {
        i++;
        while (i < end && !isEndOfName(b[i] & 0xFF)) {
          i++;
        }
        if (!isPlainName(start, i)) {
          return null;
        }
        array.add(COSName.getPDFName(new String(b, start + 1, i - start - 1, StandardCharsets.ISO_8859_1)));
      } else if (isNumberStart(c)) {
        i++;
        while (i < end && (b[i] >= '0' && b[i] <= '9' || b[i] == '.')) {
          i++;
        }
        array.add(COSNumber.get(new String(b, start, i - start, StandardCharsets.ISO_8859_1)));
      } else {
        return null; // a nested array or dictionary, true, false, null
      }
    }
  }

  /** The rest of a stream, as PDFBox's parser takes it. */
  private record Rest(RandomAccessRead contents) implements PDContentStream {
    @Override
    public InputStream getContents() {
      throw new UnsupportedOperationException();
    }

    @Override
    public RandomAccessRead getContentsForRandomAccess() {
      return contents;
    }

    @Override
    public PDResources getResources() {
      return null;
    }

    @Override
    public PDRectangle getBBox() {
      return null;
    }

    @Override
    public Matrix getMatrix() {
      return new Matrix();
    }
  }

  // --- the lexer: each method returns the index (into buf) just past its token, or -1 where
  // --- PDFBox may read the bytes otherwise.

  /** Skips white space and comments; false at the end of the input. */
  private boolean skipSpaces() throws IOException {
    if (pos > buf.length / 2) { // between tokens, what was read is copied out: it can go
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    while (true) {
      if (pos >= limit) {
        pos = 0; // all read: a long run of spaces does not fill the buffer
        limit = 0;
        if (!more()) {
          return false;
        }
      }
      int c = buf[pos] & 0xFF;
      if (isWhitespace(c)) {
        pos++;
      } else if (c == '%') {
        while (true) {
          if (pos >= limit) {
            pos = 0;
            limit = 0;
            if (!more()) {
              return false;
            }
          }
          c = buf[pos];
          if (c == '\n' || c == '\r') {
            break;
          }
          pos++;
        }
      } else {
        return true;
      }
    }
  }

  /** The end of a literal string, by the rules of PDFBox's parser (its end-of-string look-ahead included). */
  private int literalString(int start) throws IOException {
    int i = start + 1;
    int depth = 1;
    while (true) {
      int c = peek(i);
      if (c < 0) {
        return -1;
      }
      i++;
      if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
        if (endsEarly(i)) {
          return -1; // PDFBox ends an unbalanced string here
        }
      } else if (c == '(') {
        depth++;
      } else if (c == '\\') {
        int escaped = peek(i);
        if (escaped < 0 || escaped == ')' && endsEarly(i + 1)) {
          return -1; // PDFBox ends "(c:\)" before a line break and a name: left to it
        }
        i++;
      }
    }
  }

  /** Whether PDFBox ends a string before index: a line break and a name or '>' follow it. */
  private boolean endsEarly(int index) throws IOException {
    int b0 = peek(index);
    int b1 = peek(index + 1);
    int b2 = peek(index + 2);
    return b2 >= 0 && ((b0 == '\r' || b0 == '\n') && (b1 == '/' || b1 == '>')
        || b0 == '\r' && b1 == '\n' && (b2 == '/' || b2 == '>'));
  }

  private int hexString(int start) throws IOException {
    int i = start + 1;
    while (true) {
      int c = peek(i);
      if (c < 0) {
        return -1;
      }
      i++;
      if (c == '>') {
        return i;
      }
    }
  }

  /**
   * The end of an array or dictionary. Inside, only what PDFBox reads alike is accepted: names,
   * plain numbers, strings, true, false, null and nested arrays and dictionaries; a dictionary's
   * keys are not told from its values (a key that is no name is not looked for).
   */
  private int nested(int start) throws IOException {
    int i = start;
    // one bit a level: 1 for a dictionary
    long[] kinds = new long[(MAX_NESTING + 63) / 64];
    int depth = 0;
    while (true) {
      int c = peek(i);
      if (c < 0) {
        return -1;
      }
      int next;
      if (c == 0) {
        return -1; // PDFBox's array parser stops at a NUL
      } else if (isWhitespace(c)) {
        next = i + 1;
      } else if (c == '%') {
        return -1;
      } else if (c == '[' || c == '<' && peek(i + 1) == '<') {
        if (depth == MAX_NESTING) {
          return -1;
        }
        boolean dictionary = c == '<';
        if (dictionary) {
          kinds[depth >> 6] |= 1L << (depth & 63);
        } else {
          kinds[depth >> 6] &= ~(1L << (depth & 63));
        }
        depth++;
        next = i + (dictionary ? 2 : 1);
      } else if (c == ']' || c == '>') {
        if (depth == 0) {
          return -1;
        }
        boolean dictionary = (kinds[(depth - 1) >> 6] & (1L << ((depth - 1) & 63))) != 0;
        if (dictionary != (c == '>')) {
          return -1;
        }
        if (dictionary) {
          int d = peek(i + 1);
          if (d != '>') {
            return -1;
          }
        }
        depth--;
        next = i + (dictionary ? 2 : 1);
        if (depth == 0) {
          return next;
        }
      } else if (c == '(') {
        next = literalString(i);
      } else if (c == '<') {
        next = hexString(i);
      } else if (c == '/') {
        next = nameEnd(i + 1);
      } else if (isNumberStart(c)) {
        next = number(i);
      } else if (c == 't' || c == 'f' || c == 'n') {
        next = nameEnd(i + 1);
        if (next >= 0 && !isLiteral(i, next)) {
          return -1;
        }
      } else {
        return -1;
      }
      if (next < 0) {
        return -1;
      }
      i = next;
    }
  }

  /** The end of a name (or of a word read as PDFBox reads names): the next delimiter or space. */
  private int nameEnd(int from) throws IOException {
    int i = from;
    while (true) {
      int c = peek(i);
      if (c < 0 || isEndOfName(c)) {
        return i;
      }
      if (c < 0x20 || c >= 0x7F && c < 0xA0) {
        return -1; // a control byte inside: left to PDFBox
      }
      i++;
    }
  }

  /**
   * The end of a number as PDFBox's stream parser reads it, or -1 when it is not a plain number
   * (one sign, digits, at most one point): PDFBox would drop inner signs or refuse it.
   */
  private int number(int start) throws IOException {
    int i = start;
    int c = peek(i);
    boolean point = c == '.';
    int digits = 0;
    i++;
    if (Character.isDigit(c)) {
      digits++;
    }
    while (true) {
      c = peek(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else if (c == '-' || c == '.' || c == '+' || c > 0x7F) {
        return -1; // an inner sign, a second point, or a byte Character.isDigit may call a digit
      } else {
        break;
      }
      i++;
    }
    return digits == 0 ? -1 : i;
  }

  /** The end of an operator as PDFBox's stream parser reads it (its d0/d1 rule included). */
  private int operatorEnd(int start) throws IOException {
    int i = start;
    int first = peek(i);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '\'' || first == '"'
        || first == '*')) {
      return -1;
    }
    while (true) {
      int c = peek(i);
      if (c < 0 || isWhitespace(c) || c == '[' || c == '<' || c == '(' || c == '/' || c == '%'
          || c >= '0' && c <= '9') {
        return i;
      }
      if (c < 0x20 || c >= 0x7F) {
        return -1;
      }
      i++;
      if (c == 'd') {
        int d = peek(i);
        if (d == '0' || d == '1') {
          i++;
        }
      }
    }
  }

  // --- the buffer

  /**
   * The byte at index (reading more if needed), or -1 past the end of the input or past {@link
   * #MAX_TOKEN} from the token's start (then {@link #tooLong} is set).
   */
  private int peek(int index) throws IOException {
    if (index - pos > MAX_TOKEN) {
      tooLong = true;
      return -1;
    }
    while (index >= limit) {
      if (!more()) {
        return -1;
      }
    }
    return buf[index] & 0xFF;
  }

  /**
   * Reads more input after what the buffer holds; false at the end of the input. The bytes of a
   * token stay where they are while it is lexed: the buffer is compacted between tokens only.
   */
  private boolean more() throws IOException {
    if (inputDone) {
      return false;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      inputDone = true;
      return false;
    }
    limit += n;
    return true;
  }

  private static boolean isNumberStart(int c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
  }

  private static boolean isWhitespace(int c) {
    return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
  }

  private static boolean isEndOfName(int c) {
    return switch (c) {
      case ' ', '\r', '\n', 9, '>', '<', '[', '/', ']', ')', '(', 0, '\f', '%' -> true;
      default -> false;
    };
  }
}
