package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.UnreadableInput;
import org.plenary.model.Source;

class EncodingDetectorTest {
  private static final String CHINESE = "2020年9月28日亚美尼亚常驻联合国代表给秘书长的信。谨随函附上亚美尼亚外交部的声明，请将本函作为大会文件分发为荷。";
  private static final String RUSSIAN = "Письмо Постоянного представителя Исламской Республики Иран при Организации Объединенных Наций на имя Председателя Совета Безопасности";
  private static final String ARABIC = "رسالة مؤرخة 28 شباط/فبراير 2014 موجهة إلى رئيسة مجلس الأمن من الممثل الدائم لأوكرانيا لدى الأمم المتحدة";
  private static final String FRENCH = "Lettre datée du 18 septembre 1979, adressée au Président de l'Assemblée générale par le représentant permanent";

  private static EncodingDetector.Decoded decode(byte[] bytes) throws UnreadableInput {
    return new EncodingDetector().decode(new Source("t", bytes));
  }

  @ParameterizedTest
  @CsvSource({"UTF-8", "GB18030", "Big5", "windows-1251", "KOI8-R", "windows-1256", "windows-1252"})
  void decodesLegacyEncodingsOfTheSixLanguagesWithoutMojibake(String charset) throws Exception {
    String text = switch (charset) {
      case "GB18030", "Big5" -> charset.equals("Big5") ? "聯合國秘書長的信。請將本函作為大會文件分發為荷，謹隨函附上外交部的聲明。" : CHINESE;
      case "windows-1251", "KOI8-R" -> RUSSIAN;
      case "windows-1256" -> ARABIC;
      default -> FRENCH;
    };
    assertThat(decode(text.getBytes(Charset.forName(charset))).text()).isEqualTo(text);
  }

  @Test
  void followsAByteOrderMark() throws Exception {
    byte[] utf16 = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16LE);
    assertThat(decode(utf16).text()).isEqualTo(CHINESE);
    byte[] utf8 = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_8);
    assertThat(decode(utf8).text()).isEqualTo(FRENCH);
  }

  @Test
  void recognisesUtf16WithoutAMark() throws Exception {
    assertThat(decode(FRENCH.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(FRENCH);
  }

  @Test
  void refusesBinaryAndEmptyFiles() {
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    assertThatThrownBy(() -> decode(binary)).isInstanceOf(UnreadableInput.class).hasMessageContaining("binary");
    assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(UnreadableInput.class).hasMessageContaining("empty");
  }

  @Test
  void refusesBytesInNoKnownEncoding() {
    byte[] bytes = new byte[600];
    Random random = new Random(11);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    assertThatThrownBy(() -> decode(bytes)).isInstanceOf(UnreadableInput.class).hasMessageContaining("encoding");
  }

  @Test
  void decodesNearValidUtf8AsUtf8WithReplacements() throws Exception {
    byte[] bytes = (RUSSIAN + " " + RUSSIAN).getBytes(StandardCharsets.UTF_8);
    bytes[40] = (byte) 0xFF;
    EncodingDetector.Decoded decoded = decode(bytes);
    assertThat(decoded.charset()).isEqualTo("UTF-8");
    assertThat(decoded.replaced()).isPositive();
    assertThat(decoded.text()).contains("\uFFFD").contains("Исламской Республики Иран");
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE", "UTF-16BE"})
  void recognisesUtf16WithoutAMarkInEveryScript(String order) throws Exception {
    for (String text : new String[] {RUSSIAN, ARABIC, CHINESE, FRENCH}) {
      assertThat(decode(text.getBytes(Charset.forName(order))).text()).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @CsvSource({"'aack\n \nA'", "Iran", "'ab\ncd'"})
  void readsAFewLettersOfAsciiAsUtf8NotAsHanInUtf16(String text) throws Exception {
    // found by the layout-repair properties: 8 bytes of ASCII also decode as three Han characters
    String lines = text.replace("\\n", "\n");
    EncodingDetector.Decoded decoded = decode(lines.getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.charset()).isEqualTo("UTF-8");
    assertThat(decoded.text()).isEqualTo(lines);
  }

  @Test
  void readsDamagedRussianUtf8AsUtf8NotAsALegacyEncoding() throws Exception {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      byte[] bytes = (RUSSIAN + "\n" + RUSSIAN + "\n" + RUSSIAN).getBytes(StandardCharsets.UTF_8);
      for (int damage = 0; damage < 1 + random.nextInt(4); damage++) {
        bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
      }
      // a damaged byte may still form another valid character; the text stays UTF-8, not windows-1256
      assertThat(decode(bytes).charset()).isEqualTo("UTF-8");
    }
  }

  @Test
  void takesALegacyEncodingOnlyWhenTheLanguageDetectorAgrees() {
    // Arabic letters in windows-1252 read as accented Latin that no Latin-script language writes
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    assertThat(new String(bytes, Charset.forName("windows-1252"))).doesNotContain("رسالة");
    assertThatCode(() -> assertThat(decode(bytes).charset()).isEqualTo("windows-1256")).doesNotThrowAnyException();
  }
}
