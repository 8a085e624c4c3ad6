package org.plenary.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.UnreadableInput;
import org.plenary.lang.LanguageDetector;
import org.plenary.model.Language;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * Finds the character encoding of a text file and decodes it, or refuses it: a byte order mark
 * decides first; then UTF-8, strict and without control bytes; then UTF-16 without a mark, in any
 * script, when its decoding reads as text; then UTF-8 near-valid (a few damaged bytes, each
 * replaced by U+FFFD and counted, rather than the whole text read in another encoding); then the legacy encodings that UN texts come in
 * (GB18030, Big5, windows-1251, KOI8-R, windows-1256, windows-1252), each scored by how much its
 * decoding looks like text of its script and taken only when the language detector reads it as
 * the language that encoding is for. A binary file or one no candidate decodes plausibly is
 * refused with the reason, never turned into mojibake.
 */
public final class EncodingDetector {

  /**
   * The decoded text, the name of the charset it was decoded with, and how many damaged byte
   * sequences were replaced by U+FFFD (0 unless near-valid UTF-8).
   */
  public record Decoded(String text, String charset, int replaced) {
    public Decoded(String text, String charset) {
      this(text, charset, 0);
    }
  }

  /** At most this share of a near-valid UTF-8 text's multi-byte characters may be damaged. */
  private static final double MAX_DAMAGED_SHARE = 0.05;
  /** Share of a UTF-16 decoding's characters that must be text of the six languages. */
  private static final double MIN_UTF16_TEXT_SHARE = 0.9;
  /** Share of the Han characters of a UTF-16 decoding that must be frequent ones. */
  private static final double MIN_FREQUENT_HAN_SHARE = 0.3;
  /** Share of bytes that may be control characters before a file counts as binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  /** Lowest plausibility score at which a legacy decoding is accepted. */
  private static final double MIN_PLAUSIBILITY = 0.6;

  /**
   * Frequent Chinese characters (simplified and their traditional forms): in real Chinese text a
   * large share of characters come from this set; in bytes of another encoding decoded as GB18030
   * or Big5, almost none do.
   */
  private static final String FREQUENT_HAN =
      "的一是不了人我在有他这中大来上国個个到说們们为為子和你地出道也时時年得就那要下以生会會自着去之过過家"
          + "学學对對可她里裡后後小么心多天而能好都然没沒日于於起还還发發成事只作当當想看文无無开開手十用主行方"
          + "又如前所本见見经經头頭面公同三已老从從动動两兩长長知民样樣现現分将將外但身些与與高意进進把法此实實回"
          + "二理美点點月明其种種声聲全工己话話儿兒者向情部正名定女问問力机機给給等几幾很业業最间間新什打便位因重"
          + "被走电電四第门門相次东東政海口使教西再平真听聽世气氣信北少关關并內内加化由却代军軍产產入先山五太水"
          + "万萬市眼体體别別处處总總才场場师師书書比住员員九笑性通目华華报報立马馬命张張活难難神数數件安表原车車"
          + "白应應路期叫死常提感金何更反合放做系计計或司利受光王果亲親界及今京务務制解各任至清物台象记記边邊共"
          + "风風战戰干接它许許八特觉覺望直服毛林题題建南度统統色字请請交爱愛让讓认認算论論百吃义義科怎元社术術"
          + "结結六功指思非流每青管夫连連远遠资資队隊跟带帶花快条條院变變联聯言权權往展该該领領传傳近留红紅治决"
          + "決周保达達办辦运運武半候七必城父强強步完革深区區即求品士转轉量空甚众眾技轻輕程告江语語英基派满滿式"
          + "李息写寫呢识識极極令黄黃德收脸臉钱錢党黨倒未持取设設始版双雙历歷越史商千片容研像找友孩站广廣改议議"
          + "形委早房音火际際则則首单單据據导導影失拿网網香似斯专專石若兵弟谁誰校读讀志飞飛观觀争爭究包组組造落"
          + "视視济濟喜离離虽雖坏壞兴興切拉员會議联合国國秘书長長理事会會代表团團常驻駐大使信函附件声明聲";

  /** Each legacy encoding, with the languages whose text it is made for. */
  private static final Map<Charset, Set<Language>> LEGACY = legacy();

  private static Map<Charset, Set<Language>> legacy() {
    Map<Charset, Set<Language>> out = new LinkedHashMap<>();
    out.put(Charset.forName("GB18030"), Set.of(Language.ZH));
    out.put(Charset.forName("Big5"), Set.of(Language.ZH));
    out.put(Charset.forName("windows-1251"), Set.of(Language.RU));
    out.put(Charset.forName("KOI8-R"), Set.of(Language.RU));
    out.put(Charset.forName("windows-1256"), Set.of(Language.AR));
    out.put(Charset.forName("windows-1252"), Set.of(Language.EN, Language.FR, Language.ES));
    return out;
  }

  private final LanguageDetector languages = new LanguageDetector();

  public Decoded decode(Source source) throws UnreadableInput {
    byte[] bytes = source.bytes();
    if (bytes.length == 0) {
      throw new UnreadableInput(source.name(), "the file is empty");
    }
    Charset bom = byteOrderMark(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(strictDecode(source, bytes, skip, bom), bom.name());
    }
    // Valid UTF-8 without control bytes is UTF-8, however short: UTF-16 of Latin, Cyrillic or Arabic
    // text puts a control byte in every other place, and of Han text bytes that UTF-8 refuses, so
    // only a few letters of ASCII ("aack A") could also read as three Han characters of UTF-16.
    String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
    boolean fewControls = controlShare(bytes) <= MAX_CONTROL_SHARE;
    if (utf8 != null && fewControls) {
      return new Decoded(utf8, StandardCharsets.UTF_8.name());
    }
    Decoded utf16 = unmarkedUtf16(bytes);
    if (utf16 != null) {
      return utf16;
    }
    if (!fewControls) {
      throw new UnreadableInput(source.name(), "binary file, not text (it holds control bytes)");
    }
    Decoded damaged = nearValidUtf8(bytes);
    if (damaged != null) {
      return damaged;
    }
    String best = null;
    String bestName = null;
    double bestScore = 0;
    for (Map.Entry<Charset, Set<Language>> candidate : LEGACY.entrySet()) {
      String text = tryDecode(bytes, candidate.getKey());
      if (text == null) {
        continue;
      }
      double score = plausibility(text);
      if (score > bestScore && score >= MIN_PLAUSIBILITY && readsAs(text, candidate.getValue())) {
        best = text;
        bestName = candidate.getKey().name();
        bestScore = score;
      }
    }
    if (best == null) {
      throw new UnreadableInput(source.name(),
          "unknown character encoding (not UTF-8, UTF-16 or a legacy encoding of the six UN languages)");
    }
    return new Decoded(best, bestName);
  }

  /** Whether the language detector reads the text as one of the languages its encoding is for. */
  private boolean readsAs(String text, Set<Language> expected) {
    return expected.contains(languages.detect(text, new Diagnostics()));
  }

  /**
   * UTF-8 with a few damaged sequences (a byte lost or flipped in transit), decoded with each
   * damaged sequence replaced by U+FFFD; null when the damage is more than a few, as when the text
   * is in another encoding.
   */
  private static Decoded nearValidUtf8(byte[] bytes) {
    int valid = 0;
    int damaged = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (length == 1) {
        i++;
        continue;
      }
      int n = 1;
      while (length > 1 && n < length && i + n < bytes.length && (bytes[i + n] & 0xC0) == 0x80) {
        n++;
      }
      if (length > 1 && n == length) {
        valid++;
        i += n;
      } else {
        damaged++;
        i += Math.max(1, n);
      }
    }
    if (damaged == 0 || valid == 0 || damaged > (valid + damaged) * MAX_DAMAGED_SHARE) {
      return null;
    }
    // the String constructor replaces each malformed sequence by U+FFFD
    return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), damaged);
  }

  private static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * UTF-16 without a byte order mark, in either byte order, when its decoding reads as text of the
   * six languages (Latin, Cyrillic, Arabic or frequent Han characters, spaces and punctuation),
   * whatever the script: the old sign, a zero byte at every other position, only holds for Latin.
   */
  private static Decoded unmarkedUtf16(byte[] b) {
    if (b.length < 4 || b.length % 2 != 0) {
      return null;
    }
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      String text = tryDecode(b, order);
      if (text != null && readsAsUtf16Text(text)) {
        return new Decoded(text, order.name());
      }
    }
    return null;
  }

  private static boolean readsAsUtf16Text(String text) {
    int n = Math.min(text.length(), 8192);
    int textual = 0;
    int han = 0;
    int frequentHan = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        frequentHan += FREQUENT_HAN.indexOf(c) >= 0 ? 1 : 0;
        textual++;
      } else if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c >= 0x20 && c < 0x7F
          || c >= 0xA0 && c < 0x250 || c >= 0x400 && c < 0x530 || c >= 0x600 && c < 0x700
          || c >= 0x2000 && c < 0x2070 || c >= 0x3000 && c < 0x3040 || c >= 0xFB50 && c <= 0xFFEF) {
        textual++;
      }
    }
    return textual >= n * MIN_UTF16_TEXT_SHARE && (han == 0 || frequentHan >= han * MIN_FREQUENT_HAN_SHARE);
  }

  private static double controlShare(byte[] b) {
    int n = Math.min(b.length, 65536);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return (double) control / n;
  }

  private static String strictDecode(Source source, byte[] bytes, int offset, Charset charset)
      throws UnreadableInput {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInput(source.name(), "not valid " + charset.name() + " although it says so", e);
    }
  }

  private static String tryDecode(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * How much a decoding looks like real text, from 0 to 1: the share of its non-ASCII characters
   * that are plausible letters of the script they belong to.
   */
  static double plausibility(String text) {
    int nonAscii = 0;
    double good = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script != Character.UnicodeScript.LATIN && besideAsciiLetter(text, i)) {
        continue;
      }
      switch (script) {
        case HAN -> good += FREQUENT_HAN.indexOf(c) >= 0 ? 2.5 : 0;
        case CYRILLIC -> good += Character.isLowerCase(c) ? 1 : 0.2;
        case ARABIC -> good += Character.isLetter(c) || c == '\u060C' ? 1 : 0.5;
        case LATIN -> good += latinInWord(text, i) ? 1 : 0;
        default -> good += isCommonPunctuation(c) ? 1 : 0;
      }
    }
    if (nonAscii == 0) {
      return 1;
    }
    return Math.min(1, good / nonAscii);
  }

  /** An accented Latin letter in real text sits beside ASCII letters, not in runs of its own. */
  private static boolean latinInWord(String text, int i) {
    boolean before = i > 0 && isAsciiLetter(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
    return Character.isLetter(text.charAt(i)) && (before || after);
  }

  /** A Cyrillic, Arabic or Han character glued to an ASCII letter is a wrong decoding of a Latin text. */
  private static boolean besideAsciiLetter(String text, int i) {
    return i > 0 && isAsciiLetter(text.charAt(i - 1)) || i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isCommonPunctuation(char c) {
    return "\u00A0\u00AB\u00BB\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00B0\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF08\uFF09\u300A\u300B"
        .indexOf(c) >= 0;
  }
}
