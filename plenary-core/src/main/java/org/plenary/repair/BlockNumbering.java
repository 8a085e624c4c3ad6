package org.plenary.repair;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.BlockKind;
import org.plenary.read.Cancellation;

/**
 * Splits the printed number or list label off the front of a block ("1.", "(a)", "a)", "2-") and
 * says which kind of block that makes it: numbered paragraphs stay paragraphs, lettered ones are
 * list items.
 */
final class BlockNumbering {
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3}\\.(?:\\d{1,2}\\.?)?|\\d{1,3}\\s?[-\u2013])\\s+(?=\\S)");
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\(\\p{Ll}{1,4}\\)|\\p{Ll}\\))\\s+(?=\\S)");

  /** The label and the rest of a block, with the kind the label gives. */
  record Numbered(String number, String text, BlockKind kind) {}

  Numbered split(String text, BlockKind kind) {
    Matcher m = PARAGRAPH.matcher(Cancellation.watched(text));
    if (m.find()) {
      return new Numbered(m.group(1).replace(" ", ""), text.substring(m.end()), kind);
    }
    m = LIST_ITEM.matcher(Cancellation.watched(text));
    if (m.find()) {
      return new Numbered(m.group(1), text.substring(m.end()), BlockKind.LIST_ITEM);
    }
    return new Numbered(null, text, kind);
  }
}
