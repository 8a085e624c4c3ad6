package org.plenary.align.sentence;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plenary.model.Language;

/**
 * Cuts a paragraph into sentences: ICU's sentence rules for the language, with ICU's own
 * abbreviations and those of the language's pack, and the UN's numbering: a paragraph's label
 * ("1.", "(a)", "أ)") belongs to the sentence it opens. Line breaks inside a paragraph are the
 * wrapping of one line and end no sentence. The sentences keep every character of the paragraph:
 * each one runs to the start of the next, so the spaces between them stay with the sentence before.
 * Thread-safe.
 */
public final class SentenceSegmenter {
  private static final Map<Language, SentenceSegmenter> BY_LANGUAGE = new EnumMap<>(Language.class);

  private final SentenceRules rules;
  private final BreakIterator prototype;

  private SentenceSegmenter(Language language) {
    this.rules = SentenceRules.of(language);
    ULocale locale = new ULocale(language.code());
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
    rules.abbreviations().forEach(builder::suppressBreakAfter);
    this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
  }

  public static synchronized SentenceSegmenter of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language, SentenceSegmenter::new);
  }

  /** The sentences of a paragraph, in order; their concatenation is the paragraph. */
  public List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    int[] breaks = breaks(paragraph);
    for (int i = 0; i + 1 < breaks.length; i++) {
      out.add(paragraph.substring(breaks[i], breaks[i + 1]));
    }
    return out;
  }

  /** Offsets where the sentences of a paragraph start, and its length last. */
  public int[] breaks(String paragraph) {
    if (paragraph.isEmpty()) {
      return new int[] {0};
    }
    String flat = paragraph.replace('\n', ' ').replace('\r', ' ').replace('\u2029', ' ').replace('\u2028', ' ');
    int labelEnd = rules.openingLabel(flat).map(SentenceRules.Label::next).orElse(0);
    BreakIterator iterator;
    synchronized (prototype) {
      iterator = (BreakIterator) prototype.clone();
    }
    iterator.setText(flat);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int at = iterator.next(); at != BreakIterator.DONE && at < flat.length(); at = iterator.next()) {
      if (at > labelEnd && !flat.substring(starts.get(starts.size() - 1), at).isBlank()) {
        starts.add(at);
      }
    }
    int[] out = new int[starts.size() + 1];
    for (int i = 0; i < starts.size(); i++) {
      out[i] = starts.get(i);
    }
    out[starts.size()] = paragraph.length();
    return out;
  }
}
