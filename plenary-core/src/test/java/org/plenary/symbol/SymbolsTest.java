package org.plenary.symbol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "United Nations A/75/356–S/2020/947 General Assembly|A/75/356,S/2020/947",
      "A/62/667S/2008/55 Distr.: General|A/62/667,S/2008/55",
      "S/RES/2393(2017)|S/RES/2393 (2017)",
      "S/RES/2223 (2015) Security Council|S/RES/2223 (2015)",
      "S/2015/561* Naciones Unidas|S/2015/561",
      "A/C.4/64/SR.22 1 February 2010|A/C.4/64/SR.22",
      "A/AC.109/2019/L.18 1910268E.docx|A/AC.109/2019/L.18",
      "A/72/510/Rev.1 General Assembly|A/72/510/Rev.1",
      "S/PV.502 ( 19 p. )|S/PV.502",
      "ST/AI/189/Add.9/Rev.2|ST/AI/189/Add.9/Rev.2",
      "HIV/AIDS and the political declarations|",
      // series of bodies with symbols of their own, a component holding a session in parentheses
      "CEB/2025/4 United Nations System|CEB/2025/4",
      "Weapons TPNW/MSP/2025/8 Distr.: General|TPNW/MSP/2025/8",
      "Economic and Social Council GEGN.2/2025/35|GEGN.2/2025/35",
      "Nations Office for Project Services DP-FPA/2025/1 Distr.|DP-FPA/2025/1",
      "Desertification ICCD/COP(8)/CST/INF.1 10 July|ICCD/COP(8)/CST/INF.1",
      "FCCC/SBSTA/2011/MISC.14|FCCC/SBSTA/2011/MISC.14",
      // as scans misread them
      "S / P V . 1200|S/PV.1200",
      "A/39/36I 12 October 1984|A/39/361",
      "A/4O/2O5|A/40/205",
      "A/39/36r English Page 2|A/39",
      "$/2025/29 Security Council|S/2025/29",
      "A/79/756-99/2025/61|A/79/756,S/2025/61",
      "A/78/123–9/2024/7 Distr.: General|A/78/123,S/2024/7",
      "contained in document §8/2025/112|S/2025/112",
      "paragraphs 3-99/2025 and 5/2025/61|",
      "United Nations S 2025/29|S/2025/29",
      "A/HRC/WG.6/34/ITA/3|A/HRC/WG.6/34/ITA/3",
      // a limited-series symbol whose number a scan lost ("(A/80/L.7)]" read as "(A/80/L.")
      "[without reference to a Main Committee (A/80/L.|",
      "A/C.1/80/L.63 Distr.: Limited|A/C.1/80/L.63",
      "an S 2025 budget and 2/3 of it|",
      "S/2020/947S/2020/948|S/2020/947,S/2020/948",
      // a resolution adopted in parts keeps its part letters
      "A/RES/75/257 B Distr.: General|A/RES/75/257 B",
      "A/RES/75/101 A-B|A/RES/75/101 A-B",
      "see A/RES/75/1 A new approach|A/RES/75/1",
      "A/75/257 B|A/75/257"})
  void findsAndNormalizesSymbols(String text, String expected) {
    String found = String.join(",", Symbols.find(text).stream().map(Symbols.Found::symbol).toList());
    assertThat(found).isEqualTo(expected == null ? "" : expected);
  }
}
