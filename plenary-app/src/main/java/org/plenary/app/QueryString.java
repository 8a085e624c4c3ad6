package org.plenary.app;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.index.SearchRejected;

/**
 * Reads the parameters of a URL's query string strictly: a malformed percent escape ({@code %ZZ})
 * or bytes that are no UTF-8 are refused with the position of the problem, never passed on as
 * something else (a server that decodes them leniently would search for what was not asked).
 */
final class QueryString {
  private QueryString() {}

  /** Each parameter name with its values in the order given; {@code raw} may be null (no query). */
  static Map<String, List<String>> parse(String raw) throws SearchRejected {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    int start = 0;
    while (start <= raw.length()) {
      int end = raw.indexOf('&', start);
      if (end < 0) {
        end = raw.length();
      }
      if (end > start) {
        int equals = raw.indexOf('=', start);
        int nameEnd = equals < 0 || equals > end ? end : equals;
        String name = decode(raw, start, nameEnd);
        String value = nameEnd == end ? "" : decode(raw, nameEnd + 1, end);
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
      start = end + 1;
    }
    return parameters;
  }

  private static String decode(String raw, int from, int to) throws SearchRejected {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= to) {
          throw new SearchRejected("a malformed percent escape in the address: '" + raw.substring(i, Math.min(to, i + 3)) + "'", i + 1);
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new SearchRejected("a malformed percent escape in the address: '" + raw.substring(i, i + 3) + "'", i + 1);
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new SearchRejected("the address holds bytes that are not UTF-8", from + 1);
    }
  }
}
