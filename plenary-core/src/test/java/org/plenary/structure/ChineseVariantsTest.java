package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * Invented Chinese first pages of each kind the web prints, in the variations pages never seen
 * show: traditional characters, full-width digits and slashes, spaces between characters, the
 * masthead's lines in another order, dates in Chinese numerals, a wiki's notes around a resolution,
 * an Official Records cover's place-and-year line. Each row gives a text ("\n" for a line break) and
 * what its record must say: title | type | session | year.
 */
class ChineseVariantsTest {
  private static final String LETTER_HEAD = "联合国\\nA/75/500–S/2020/950\\n大会\\n安全理事会\\nDistr.: General\\n"
      + "30 September 2020\\nChinese\\nOriginal: English\\n大会\\n第七十五届会议\\n议程项目34和71\\n旷日持久的冲突\\n"
      + "防止武装冲突\\n安全理事会\\n第七十五年\\n\\n";

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "simplified|2020年9月28日亚美尼亚常驻联合国代表给秘书长的信|亚美尼亚|permanent-representative",
      "full-width digits|２０２０年９月２８日亚美尼亚常驻联合国代表给秘书长的信|亚美尼亚|permanent-representative",
      "spaces between characters|2020 年 9 月 28 日 亚 美 尼 亚 常 驻 联 合 国 代 表 给 秘 书 长 的 信|亚美尼亚"
          + "|permanent-representative",
      "a date in Chinese numerals|二〇二〇年九月二十八日亚美尼亚常驻联合国代表给秘书长的信|亚美尼亚|permanent-representative",
      "a State whose name starts with 日|2020年9月28日日本常驻联合国代表给秘书长的信|日本|permanent-representative",
      "a note verbale of a mission|2020年9月28日亚美尼亚常驻联合国代表团给秘书长的普通照会|亚美尼亚|permanent-mission",
      "traditional characters|二〇二〇年九月二十八日亞美尼亞常駐聯合國代表團給秘書長的普通照會|亞美尼亞|permanent-mission"})
  void readsALettersTitleDateAndAuthor(String name, String title, String author, String role) throws PlenaryException {
    Document doc = parse(name, LETTER_HEAD + title + "\\n\\n谨随函转递外交部的声明(见附件)。\\n");
    assertThat(doc.letterDate()).hasToString("2020-09-28");
    assertThat(doc.author().name()).isEqualTo(author);
    assertThat(doc.author().role()).isEqualTo(role);
    assertThat(doc.addressees()).containsExactly("secretary-general");
    assertThat(doc.symbols()).containsExactly("A/75/500", "S/2020/950");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the symbol above the masthead|A/75/500–S/2020/950\\n联合国\\n大会\\n安全理事会\\nDistr.: General\\n30 September 2020"
          + "\\n第七十五届会议\\n议程项目34\\n旷日持久的冲突\\n\\n2020年9月28日亚美尼亚常驻联合国代表给秘书长的信\\n\\n谨随函转递声明。"
          + "|2020年9月28日亚美尼亚常驻联合国代表给秘书长的信|letter|75|2020",
      "full-width symbol and item|联合国\\nＡ／７５／２８８\\n大会\\nDistr.: General\\n5 August 2020\\n第七十五届会议\\n"
          + "临时议程*项目７２(b)\\n促进和保护人权\\n\\n享有安全饮用水和卫生设施的人权\\n\\n秘书长的报告\\n\\n1. 本报告是根据大会第74/141号"
          + "决议提交的。|享有安全饮用水和卫生设施的人权|report|75|2020",
      "traditional report with a section heading|聯合國\\nA/75/288\\n大會\\nDistr.: General\\n5 August 2020\\n第七十五屆會議\\n"
          + "臨時議程*項目72(b)\\n促進和保護人權\\n\\n享有安全飲用水和衛生設施的人權\\n\\n秘書長的說明\\n\\n一、導言\\n\\n1. 本報告是根據"
          + "大會決議提交的。|享有安全飲用水和衛生設施的人權|note|75|2020",
      "a resolution's number without a space|联合国\\nA/RES/75/150\\n大会\\nDistr.: General\\n21 December 2020\\n第七十五届会议"
          + "\\n议程项目72(b)\\n\\n2020年12月16日大会决议\\n[根据第三委员会的报告(A/75/478/Add.2)通过]\\n\\n75/150. 享有安全饮用水和"
          + "卫生设施的人权\\n\\n大会,\\n\\n回顾其以往决议,|享有安全饮用水和卫生设施的人权|resolution|75|2020",
      "a Security Council resolution|联合国\\nS/RES/2532 (2020)\\n安全理事会\\nDistr.: General\\n1 July 2020\\n\\n第2532(2020)"
          + "号决议\\n\\n2020年7月1日安全理事会第8743次会议通过\\n\\n安全理事会,\\n\\n回顾其以往决议,|第2532(2020)号决议|resolution||2020",
      "a decision|联合国\\nA/DEC/75/551\\n大会\\nDistr.: General\\n30 December 2020\\n第七十五届会议\\n议程项目136\\n\\n"
          + "2020年12月29日大会决定\\n\\n75/551. 联合国工作人员薪金\\n\\n大会决定推迟审议该项目。|联合国工作人员薪金|decision|75|2020",
      "an agenda|联合国\\nA/75/150\\n大会\\nDistr.: General\\n15 July 2020\\n第七十五届会议\\n\\n大会第七十五届常会临时议程\\n\\n"
          + "2020年9月15日星期二下午3时在纽约联合国总部开幕\\n\\n1. 大会主席宣布会议开幕。|大会第七十五届常会临时议程|agenda|75|2020",
      "a wiki's resolution page|联合国大会决议案二十六(一)\\n\\n联合国大会决议案二十五(一) 联合国大会决议案二十六(一)\\n制定机关:"
          + "联合国大会\\n1946年1月26日\\n联合国大会决议案二十七(一)\\n本作品收录于《联合国大会第一届会所通过之决议案\\n\\n原始文件参见"
          + "此处\\n\\n一 设置二专门委员会案\\n\\n大会决定设置两专门委员会如下.|设置二专门委员会案|resolution|1|1946",
      "a cover's place-and-year line|联合国贸易和发展会议\\n贸易和发展理事会的报告\\n大会\\n正式记录:第三十五届会议\\n补编第15号"
          + " (A/35/15)\\n联合国\\n一九八〇年,纽约\\n\\n说明\\n\\n联合国文件都用英文大写字母附加数字编号。|贸易和发展理事会的报告|report|35|1980",
      "a cover's year after its place|联合国贸易和发展会议\\n贸易和发展理事会的报告\\n大会\\n正式记录:第三十五届会议\\n补编第15号"
          + " (A/35/15)\\n联合国\\n纽约,1980年\\n\\n说明\\n\\n联合国文件都用英文大写字母附加数字编号。|贸易和发展理事会的报告|report|35|1980"})
  void readsEachKind(String name, String text, String title, String type, Integer session, Integer year)
      throws PlenaryException {
    Document doc = parse(name, text);
    assertThat(doc.title()).isEqualTo(title);
    assertThat(doc.type().id()).isEqualTo(type);
    assertThat(doc.session()).isEqualTo(session);
    assertThat(doc.year()).isEqualTo(year);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "simplified|联合国\\nA/75/PV.12\\n大会\\n第七十五届会议\\n第12次全体会议\\n2020年10月5日星期一上午10时在纽约举行\\n正式记录"
          + "\\n\\n主席:博兹克尔先生......(土耳其)\\n\\n上午10时05分开会。\\n\\n议程项目8(续)\\n\\n一般性辩论",
      "traditional|聯合國\\nA/75/PV.12\\n大會\\n第七十五屆會議\\n第12次全體會議\\n2020年10月5日星期一上午10時在紐約舉行\\n正式記錄"
          + "\\n\\n主席:博茲克爾先生......(土耳其)\\n\\n上午10時05分開會。\\n\\n議程項目8(續)\\n\\n一般性辯論"})
  void readsAMeetingRecord(String name, String text) throws PlenaryException {
    Document doc = parse(name, text);
    assertThat(doc.title()).isNull();
    assertThat(doc.type().id()).isEqualTo("meeting-record");
    assertThat(doc.date()).hasToString("2020-10-05");
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> assertThat(i.number()).isEqualTo(8));
  }
}
