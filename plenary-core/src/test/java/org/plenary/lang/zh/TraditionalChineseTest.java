package org.plenary.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.AgendaItem;
import org.plenary.model.Document;
import org.plenary.model.Organ;
import org.plenary.model.Source;

/** An invented first page printed in traditional characters reads as its simplified twin does. */
class TraditionalChineseTest {
  private static final String PAGE = "大會  安全理事會\n\n第八十五屆會議  第八十六年\n\n議程項目 34 和 71\n\n"
      + "預防武裝衝突\n\n人民自決的權利\n\n2031年5月14日亞美尼亞常駐聯合國代表給秘書長的信\n\n"
      + "謹隨函附上亞美尼亞外交部的聲明。\n\n請將本函作為大會議程項目 34 和 71 的文件及安全理事會文件分發為荷。\n";

  private static Document parse(String text) throws PlenaryException {
    return Plenary.create().parse(new Source("traditional.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheMastheadInTraditionalCharacters() throws PlenaryException {
    Document doc = parse(PAGE);
    assertThat(doc.organs()).containsExactlyInAnyOrder(Organ.GA, Organ.SC);
    assertThat(doc.session()).isEqualTo(85);
    assertThat(doc.securityCouncilYear()).isEqualTo(86);
    assertThat(doc.agendaItems()).extracting(AgendaItem::number).containsExactly(34, 71);
  }

  @Test
  void readsTheLetterTitleInTraditionalCharactersAsPrinted() throws PlenaryException {
    Document doc = parse(PAGE);
    assertThat(doc.title()).isEqualTo("2031年5月14日亞美尼亞常駐聯合國代表給秘書長的信");
    assertThat(doc.type().id()).isEqualTo("letter");
    assertThat(doc.letterDate()).hasToString("2031-05-14");
    assertThat(doc.author().state()).isEqualTo("ARM");
    assertThat(doc.addressees()).containsExactly("secretary-general");
  }

  @Test
  void widensSimplifiedPhrasesToTheirTraditionalForms() {
    var form = new TraditionalChinese();
    assertThat("第七十五屆會議").matches(form.widen("第七十五届会议"));
    assertThat(form.widen("届")).isEqualTo("(?:[届屆])");
    assertThat(form.fold("議程項目")).isEqualTo("议程项目");
  }
}
