package org.plenary.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;

/**
 * A decoded content stream with only the operators that place text left in it: text objects,
 * text state, text showing, the transformation matrix, the graphics state stack, extended
 * graphics states and XObjects ({@link GlyphReader}'s operators). Paths, colours, marked content
 * and the rest are dropped with their operands as they are lexed, so that PDFBox's stream parser
 * never builds an object for them: on a UN document they are most of the stream (the barcode,
 * the emblem, rules, tagged-content markers).
 *
 * <p>The operators kept are written out with their operands' bytes unchanged, so PDFBox reads them
 * exactly as it would have read the whole stream. Where this lexer could draw a token's bounds
 * otherwise than PDFBox's parser (an inline image, a malformed number, an unbalanced array or
 * dictionary, a keyword inside an array, control bytes), it stops filtering and passes the rest of
 * the stream through as it is, for PDFBox to read with its own rules. Nesting is followed with
 * counters, never by recursion; the filter looks for a cancelled parse at every operator.
 */
final class TextOperatorFilter extends InputStream {
  /** Arrays and dictionaries nested deeper than PDFBox accepts are left to PDFBox to refuse. */
  private static final int MAX_NESTING = 500;

  private final InputStream in;
  private byte[] buf = new byte[16 * 1024];
  private int pos;
  private int limit;
  private boolean inputDone;

  /** Bytes of the operands seen since the last operator, each followed by a space. */
  private byte[] operands = new byte[256];
  private int operandLength;

  /** Bytes ready to be read: kept operators, or the stream passed through. */
  private byte[] out = new byte[4 * 1024];
  private int outPos;
  private int outLimit;

  /** Set when the rest of the stream is passed through unread. */
  private boolean passThrough;
  private boolean finished;

  TextOperatorFilter(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return out[outPos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, outLimit - outPos);
    System.arraycopy(out, outPos, b, off, n);
    outPos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Makes bytes ready to be read; false at the end of the stream. */
  private boolean fill() throws IOException {
    while (outPos == outLimit) {
      if (finished) {
        return false;
      }
      outPos = 0;
      outLimit = 0;
      if (passThrough) {
        passRest();
      } else {
        nextOperator();
      }
    }
    return true;
  }

  /** The next chunk of the stream as it is, once filtering has stopped. */
  private void passRest() throws IOException {
    if (pos < limit) {
      append(buf, pos, limit - pos);
      pos = limit;
      return;
    }
    int n = inputDone ? -1 : in.read(out, 0, out.length);
    if (n <= 0) {
      finished = true;
      return;
    }
    outLimit = n;
  }

  /**
   * Lexes tokens up to the next operator; a kept operator goes out with its operands. At a token
   * this lexer does not read as PDFBox would, the operands so far and the stream from that token
   * on are passed through.
   */
  private void nextOperator() throws IOException {
    while (true) {
      if (!skipSpaces()) {
        operandLength = 0; // operands without an operator: PDFBox drops them too
        finished = true;
        return;
      }
      int start = pos;
      int c = buf[pos] & 0xFF;
      int end;
      switch (c) {
        case '(' -> end = literalString(pos);
        case '<' -> end = peek(pos + 1) == '<' ? nested(pos) : hexString(pos);
        case '[' -> end = nested(pos);
        case '/' -> end = nameEnd(pos + 1);
        case ']' -> end = pos + 1; // a stray bracket: an operand to PDFBox (null)
        case 'I' -> end = -1; // inline image data: PDFBox finds its end by its own rules
        default -> {
          if (isNumberStart(c)) {
            end = number(pos);
          } else if (c == 'n' || c == 't' || c == 'f' || c == 'B') {
            end = nameEnd(pos + 1);
            if (end >= 0 && isLiteral(start, end)) {
              break; // true, false, null: an operand
            }
            if (end >= 0 && !(c == 'B' && end - start == 2 && buf[start + 1] == 'I')) {
              operator(start, end); // BI (an inline image) is left to PDFBox
              return;
            }
            end = -1;
          } else {
            end = operatorEnd(pos);
            if (end >= 0) {
              operator(start, end);
              return;
            }
          }
        }
      }
      if (end < 0) {
        startPassThrough(start);
        return;
      }
      addOperand(start, end);
    }
  }

  private void operator(int start, int end) throws IOException {
    if (Cancellation.requested()) {
      throw new InterruptedIOException("parsing was interrupted");
    }
    if (isKept(start, end - start)) {
      append(operands, 0, operandLength);
      append(buf, start, end - start);
      appendByte('\n');
    }
    operandLength = 0;
    pos = end;
  }

  private void startPassThrough(int start) {
    append(operands, 0, operandLength);
    operandLength = 0;
    pos = start;
    passThrough = true;
  }

  private void addOperand(int start, int end) {
    int n = end - start;
    if (operandLength + n + 1 > operands.length) {
      operands = Arrays.copyOf(operands, Math.max(operands.length * 2, operandLength + n + 1));
    }
    System.arraycopy(buf, start, operands, operandLength, n);
    operandLength += n;
    operands[operandLength++] = ' ';
    pos = end;
  }

  /** The operators {@link GlyphReader} reads. */
  private boolean isKept(int start, int length) {
    byte a = buf[start];
    if (length == 1) {
      return a == 'q' || a == 'Q' || a == '\'' || a == '"';
    }
    if (length != 2) {
      return false;
    }
    byte b = buf[start + 1];
    return switch (a) {
      case 'T' -> b == 'c' || b == 'd' || b == 'D' || b == 'f' || b == 'j' || b == 'J' || b == 'L'
          || b == 'm' || b == 'r' || b == 's' || b == 'w' || b == 'z' || b == '*';
      case 'B' -> b == 'T';
      case 'E' -> b == 'T';
      case 'c' -> b == 'm';
      case 'D' -> b == 'o';
      case 'g' -> b == 's';
      default -> false;
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
      if (pos >= limit && !more()) {
        return false;
      }
      int c = buf[pos] & 0xFF;
      if (isWhitespace(c)) {
        pos++;
      } else if (c == '%') {
        while (true) {
          if (pos >= limit && !more()) {
            return false;
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
        // PDFBox ends an unbalanced string where a line break and a name or '>' follow
        int b0 = peek(i);
        int b1 = peek(i + 1);
        int b2 = peek(i + 2);
        if (b2 >= 0 && ((b0 == '\r' || b0 == '\n') && (b1 == '/' || b1 == '>')
            || b0 == '\r' && b1 == '\n' && (b2 == '/' || b2 == '>'))) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == '\\') {
        if (peek(i) < 0) {
          return -1;
        }
        i++;
      }
    }
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
      if (isWhitespace(c)) {
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

  /** The byte at index (reading more if needed), or -1 past the end of the input. */
  private int peek(int index) throws IOException {
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

  private void append(byte[] bytes, int from, int length) {
    if (outLimit + length > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLimit + length));
    }
    System.arraycopy(bytes, from, out, outLimit, length);
    outLimit += length;
  }

  private void appendByte(int b) {
    if (outLimit == out.length) {
      out = Arrays.copyOf(out, out.length * 2);
    }
    out[outLimit++] = (byte) b;
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
