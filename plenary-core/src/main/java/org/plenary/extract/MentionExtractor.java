package org.plenary.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.model.Mention;
import org.plenary.model.Mentions;
import org.plenary.reference.MemberStates;
import org.plenary.reference.Organizations;

/** The States and international organizations the text names, with how often, by code. */
final class MentionExtractor {

  Mentions read(Context ctx) {
    String text = ctx.allText();
    return new Mentions(
        mentions(MemberStates.get().count(text, ctx.pack.language())),
        mentions(Organizations.get().count(text, ctx.pack.language())));
  }

  private static List<Mention> mentions(Map<String, Integer> counts) {
    List<Mention> out = new ArrayList<>();
    counts.forEach((code, count) -> out.add(new Mention(code, count)));
    return out;
  }
}
