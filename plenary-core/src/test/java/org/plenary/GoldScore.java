package org.plenary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.model.Document;
import org.plenary.write.JsonWriter;

/**
 * Scores a record against gold labels field by field, by the rules of the shared evaluation tool
 * ({@code shared/tools/evaluate.py}): text compared after NFKC and white-space collapsing (removed
 * for Chinese), symbols without spaces, lists as sets where order does not matter.
 */
final class GoldScore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scored field: its name, whether gold was empty, the score in [0, 1]. */
  record Field(String name, boolean goldEmpty, double score, String gold, String got) {}

  final List<Field> fields = new ArrayList<>();

  static GoldScore of(JsonNode gold, Document document) throws Exception {
    GoldScore score = new GoldScore();
    JsonNode got = JSON.readTree(JsonWriter.compact().write(document));
    String lang = gold.path("language").asText("en");
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode g = e.getValue();
      boolean empty = g.isNull() || (g.isContainerNode() && g.isEmpty());
      score.compare(e.getKey(), g, got.get(e.getKey()), lang, empty);
    }
    return score;
  }

  private void add(String name, boolean empty, boolean ok, JsonNode gold, JsonNode got) {
    fields.add(new Field(name, empty, ok ? 1 : 0, String.valueOf(gold), String.valueOf(got)));
  }

  private void compare(String field, JsonNode gold, JsonNode got, String lang, boolean empty) {
    switch (field) {
      case "symbols", "references" -> add(field, empty, symbols(gold).equals(symbols(got)), gold, got);
      case "organs" -> add(field, empty, set(gold).equals(set(got)), gold, got);
      case "addressees" -> add(field, empty, list(gold).equals(list(got)), gold, got);
      case "agendaItems" -> {
        Map<Integer, JsonNode> g = byNumber(gold);
        Map<Integer, JsonNode> o = byNumber(got);
        add("agendaItems.numbers", empty, g.keySet().equals(o.keySet()), gold, got);
        for (Map.Entry<Integer, JsonNode> item : g.entrySet()) {
          for (String key : new String[] {"title", "titleEn"}) {
            JsonNode want = item.getValue().get(key);
            if (want != null && !want.isNull()) {
              JsonNode have = o.containsKey(item.getKey()) ? o.get(item.getKey()).get(key) : null;
              String l = key.equals("title") ? lang : "en";
              add("agendaItems." + key, empty, eq(norm(want, l), norm(have, l)), want, have);
            }
          }
        }
      }
      case "author" -> {
        if (gold.isNull()) {
          add("author", empty, got == null || got.isNull(), gold, got);
        } else {
          gold.fields().forEachRemaining(e -> {
            JsonNode have = got == null || got.isNull() ? null : got.get(e.getKey());
            add("author." + e.getKey(), empty, eq(norm(e.getValue(), lang), norm(have, lang)), e.getValue(), have);
          });
        }
      }
      case "signatories" -> {
        List<String> gn = new ArrayList<>();
        gold.forEach(s -> gn.add(norm(s.get("name"), lang)));
        List<String> on = new ArrayList<>();
        if (got != null) {
          got.forEach(s -> on.add(norm(s.get("name"), lang)));
        }
        add("signatories.names", empty, gn.equals(on), gold, got);
        for (JsonNode s : gold) {
          if (s.path("titles").isEmpty()) {
            continue;
          }
          Set<String> want = new HashSet<>();
          s.get("titles").forEach(t -> want.add(norm(t, lang)));
          Set<String> have = new HashSet<>();
          if (got != null) {
            for (JsonNode o : got) {
              if (eq(norm(o.get("name"), lang), norm(s.get("name"), lang))) {
                o.path("titles").forEach(t -> have.add(norm(t, lang)));
                break;
              }
            }
          }
          add("signatories.titles", empty, want.equals(have), s, got);
        }
      }
      case "circulation" -> {
        if (gold.isNull()) {
          add("circulation", empty, got == null || got.isNull(), gold, got);
        } else {
          JsonNode o = got == null || got.isNull() ? JSON.createObjectNode() : got;
          add("circulation.organs", empty, set(gold.get("organs")).equals(set(o.get("organs"))), gold, got);
          add("circulation.agendaItems", empty,
              set(gold.get("agendaItems")).equals(set(o.get("agendaItems"))), gold, got);
        }
      }
      case "body" -> add("body.paragraphs", empty, paragraphs(gold, got, lang) == 1.0, gold, got);
      case "annexes" -> {
        int have = got == null ? 0 : got.size();
        add("annexes.count", empty, gold.size() == have, gold, got);
        for (int i = 0; i < gold.size(); i++) {
          JsonNode a = gold.get(i);
          JsonNode o = got != null && i < got.size() ? got.get(i) : JSON.createObjectNode();
          for (String key : new String[] {"label", "number", "title", "date"}) {
            if (a.has(key)) {
              add("annexes." + key, empty, eq(norm(a.get(key), lang), norm(o.get(key), lang)), a.get(key), o.get(key));
            }
          }
          if (a.has("body")) {
            add("annexes.body", empty, paragraphs(a.get("body"), o.get("body"), lang) == 1.0, a, o);
          }
        }
      }
      case "mentions" -> {
        for (String kind : new String[] {"states", "organizations"}) {
          if (gold.has(kind)) {
            Set<String> have = new HashSet<>();
            if (got != null) {
              got.path(kind).forEach(m -> have.add(m.path("code").asText()));
            }
            add("mentions." + kind, empty, have.containsAll(set(gold.get(kind))), gold.get(kind), got);
          }
        }
      }
      default -> add(field, empty, eq(norm(gold, lang), norm(got, lang)), gold, got);
    }
  }

  private static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  static String norm(JsonNode node, String lang) {
    if (node == null || node.isNull()) {
      return null;
    }
    String s = Normalizer.normalize(node.asText(), Normalizer.Form.NFKC)
        .replace('\u2013', '-').replace('\u2014', '-').replace('\u2011', '-');
    s = s.replaceAll("\\s+", lang.equals("zh") ? "" : " ").strip();
    return s.toLowerCase(Locale.ROOT);
  }

  private static Set<String> symbols(JsonNode node) {
    Set<String> out = new HashSet<>();
    if (node != null) {
      node.forEach(s -> out.add(Normalizer.normalize(s.asText(), Normalizer.Form.NFKC)
          .replaceAll("\\s+", "").toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  private static Set<String> set(JsonNode node) {
    Set<String> out = new HashSet<>();
    if (node != null) {
      node.forEach(s -> out.add(s.asText()));
    }
    return out;
  }

  private static List<String> list(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(s -> out.add(s.asText()));
    }
    return out;
  }

  private static Map<Integer, JsonNode> byNumber(JsonNode node) {
    Map<Integer, JsonNode> out = new HashMap<>();
    if (node != null) {
      node.forEach(a -> out.put(a.path("number").asInt(), a));
    }
    return out;
  }

  private static double paragraphs(JsonNode gold, JsonNode got, String lang) {
    List<String> g = new ArrayList<>();
    gold.forEach(b -> g.add(norm(b.get("text"), lang)));
    List<String> o = new ArrayList<>();
    if (got != null) {
      got.forEach(b -> o.add(norm(b.get("text"), lang)));
    }
    if (g.isEmpty() && o.isEmpty()) {
      return 1;
    }
    List<String> remaining = new ArrayList<>(o);
    int hit = 0;
    for (String p : g) {
      if (remaining.remove(p)) {
        hit++;
      }
    }
    double precision = o.isEmpty() ? 0 : (double) hit / o.size();
    double recall = g.isEmpty() ? 0 : (double) hit / g.size();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
