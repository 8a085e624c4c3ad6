package org.plenary.lang;

import java.util.OptionalInt;

/** Reads a number written in words or numerals of one language ("seventy-fifth", "七十五"). */
public interface NumberReader {
  /** The value of the whole text, or empty when it is not a number this reader knows. */
  OptionalInt read(String text);

  /** A regular expression (no capturing groups) that matches what {@link #read} reads. */
  String regex();
}
