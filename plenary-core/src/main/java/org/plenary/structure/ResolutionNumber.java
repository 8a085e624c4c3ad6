package org.plenary.structure;

import java.util.regex.Pattern;
import org.plenary.read.Cancellation;

/**
 * The number a General Assembly resolution or decision prints before its title: "75/100.", a
 * draft's "59/…", a resolution of the first sessions' "26 (I)."; Chinese text has no space after it
 * ("75/150.享有..."), Arabic a dash ("75/100. - ...") and often no period; the title may open with a
 * year or a quotation mark ("75/279. 2022, International Year of Glass", "75/62.《集束弹药公约》...").
 * A block that opens with it is the title, whatever its words ("75/162. ... 执行委员会" is no body's name).
 */
public final class ResolutionNumber {
  public static final Pattern PATTERN = Pattern.compile(
      "^(?:(?:[A-Z]{1,3}-)?\\d{1,3}/(?:\\d{1,4}|…|\\.{3})(?:\\s?[A-Z])?|\\d{1,4}\\s?[(（][IVXL]{1,6}[)）])"
      + "(?:\\.?\\s+(?:[-\u2013\u2014][\\s\\p{Cf}]+)?(?=\\p{Cf}*[\\p{L}\\d\\p{Pi}\\p{Ps}\"])|\\.(?=[\\p{IsHan}\\p{Pi}\\p{Ps}\\d]))");

  private ResolutionNumber() {}

  /** Whether a title or block opens with a resolution's number. */
  public static boolean opens(String text) {
    return PATTERN.matcher(Cancellation.watched(text)).lookingAt();
  }
}
