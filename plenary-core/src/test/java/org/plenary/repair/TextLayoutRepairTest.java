package org.plenary.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Furniture;
import org.plenary.model.RepairedText;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.plenary.read.TextReader;

class TextLayoutRepairTest {

  static RepairedText repair(String text) throws PlenaryException {
    Diagnostics diagnostics = new Diagnostics();
    var pages = new TextReader().read(new Source("t.txt", text.getBytes(StandardCharsets.UTF_8)), diagnostics);
    return new TextLayoutRepair().repair(pages, diagnostics);
  }

  static List<String> texts(RepairedText text) {
    return text.blocks().stream().map(Block::text).toList();
  }

  @Test
  void joinsChineseWordSplitAcrossLinesOfADoubleSpacedExtraction() throws Exception {
    String text = " 谨随函附上亚美尼亚外交部 2020年 9月 28日的声明和阿尔扎赫外交部 2020\n\n"
        + "年 9 月 27 日的声明，内容涉及阿塞拜疆 9 月 27 日在阿尔扎赫(纳戈尔诺-卡拉巴\n\n"
        + "赫)与阿塞拜疆的接触线全线发动有预谋的大规模军事攻势，同时蓄意攻击平民\n\n"
        + "和基础设施(见附件)。 \n\n"
        + " 请将本函及其附件作为大会议程项目 34、71 和 135 的文件及安全理事会文\n\n"
        + "件分发为荷。 \n\n";
    assertThat(texts(repair(text))).containsExactly(
        "谨随函附上亚美尼亚外交部2020年9月28日的声明和阿尔扎赫外交部2020年9月27日的声明，内容涉及阿塞拜疆9月27日"
            + "在阿尔扎赫(纳戈尔诺-卡拉巴赫)与阿塞拜疆的接触线全线发动有预谋的大规模军事攻势，同时蓄意攻击平民和基础设施(见附件)。",
        "请将本函及其附件作为大会议程项目34、71和135的文件及安全理事会文件分发为荷。");
  }

  @Test
  void removesSpacesThatExtractionPutInsideChineseWords() throws Exception {
    assertThat(texts(repair(" 大  会  安全理事会 \n"))).containsExactly("大会安全理事会");
  }

  /** The first lines of the seed letter, as PDF extraction left them (double spaced). */
  static String seedExcerpt(int lines) throws Exception {
    java.nio.file.Path seed = java.nio.file.Path.of(TextLayoutRepairTest.class.getResource(
        "/golden/zh/000_e19c782be0cd74ef.txt").toURI());
    return String.join("\n", java.nio.file.Files.readAllLines(seed).subList(0, lines)) + "\n";
  }

  @Test
  void keepsShortMastheadLinesApartAndJoinsAnAgendaTitleEndingWithAComma() throws Exception {
    List<String> blocks = texts(repair(seedExcerpt(40)));
    assertThat(blocks.subList(0, 7)).containsExactly("大会安全理事会", "第七十五届会议第七十五年", "议程项目34、71和135",
        "预防武装冲突", "人民自决的权利", "保护责任与防止灭绝种族、战争罪、族裔清洗和危害人类罪",
        "2020年9月28日亚美尼亚常驻联合国代表给秘书长的信");
  }

  @Test
  void aSingleNewlineInDoubleSpacedTextIsAPageBreakAndIndentedLinesAreHeadings() throws Exception {
    RepairedText repaired = repair(seedExcerpt(40));
    List<String> blocks = texts(repaired);
    int signature = blocks.indexOf("米海尔·马尔加良(签名)");
    assertThat(signature).isPositive();
    Block annexLabel = repaired.blocks().get(signature + 1);
    assertThat(annexLabel.text()).isEqualTo("2020年9月28日亚美尼亚常驻联合国代表给秘书长的信的附件一");
    assertThat(annexLabel.kind()).isEqualTo(BlockKind.HEADING);
    assertThat(annexLabel.page()).isEqualTo(repaired.blocks().get(signature).page() + 1);
    assertThat(blocks.get(signature + 2)).isEqualTo("2020年9月28日亚美尼亚共和国外交部关于阿塞拜疆侵略阿尔扎赫的声明");
  }

  @Test
  void undoesHyphenationButKeepsHyphensTheDocumentPrintsInsideLines() throws Exception {
    String text = "The right of peoples to self-determination is recalled in the Charter of\n"
        + "the United Nations and in many resolutions of the General Assembly on self-\n"
        + "determination, and the Assembly has repeatedly reaffirmed it in its resolu-\n"
        + "tions on the question, as set out in the report of the Secretary-\n"
        + "General on the item, which the Assembly considered at its seventy-fifth\n"
        + "session under the item entitled Right of peoples to self-determination.\n";
    assertThat(texts(repair(text))).containsExactly(
        "The right of peoples to self-determination is recalled in the Charter of the United Nations and in many "
            + "resolutions of the General Assembly on self-determination, and the Assembly has repeatedly reaffirmed "
            + "it in its resolutions on the question, as set out in the report of the Secretary-General on the item, "
            + "which the Assembly considered at its seventy-fifth session under the item entitled Right of peoples "
            + "to self-determination.");
  }

  @Test
  void aLineEndingOnACurlyQuoteGoesOnAfterASpaceOutsideChineseText() throws Exception {
    // every script prints “ ” ’: they bind without a space only to CJK text
    String text = "The Assembly decides to proclaim the decade entitled “Water for Sustainable Development”\n"
        + "and invites all Member States to observe it in an appropriate manner, in accordance with the\n"
        + "priorities of each State, through activities of education and of raising awareness, and also\n"
        + "requests the Secretary-General to bring the present resolution to the attention of all Member\n"
        + "States and organizations of the United Nations system, and decides to consider the question at\n"
        + "its next session under the item entitled “Sustainable development”.\n";
    assertThat(texts(repair(text))).singleElement().asString()
        .contains("Development” and invites").contains("entitled “Sustainable");
    assertThat(BlockAssembler.joinsWithoutSpace('\u201D', '国')).isTrue();
    assertThat(BlockAssembler.joinsWithoutSpace('。', 'A')).isTrue();
    assertThat(BlockAssembler.joinsWithoutSpace('\u201D', 'a')).isFalse();
    assertThat(BlockAssembler.joinsWithoutSpace('\u201D', 'إ')).isFalse();
  }

  @Test
  void takesPageFurnitureOutAndKeepsItAside() throws Exception {
    String text = "A/75/356\nS/2020/947\n\nI have the honour to enclose herewith a letter from the Minister of\n"
        + "Foreign Affairs regarding the situation.\n\n20-12655 (E)    011020\n\n*2012655*\n\n"
        + "A/75/356\nS/2020/947\n\n2/3\n\nThe aggression was well prepared.\n";
    RepairedText repaired = repair(text);
    assertThat(repaired.text()).doesNotContain("20-12655", "*2012655*", "2/3");
    assertThat(repaired.text()).containsOnlyOnce("A/75/356");
    assertThat(repaired.furniture()).extracting(Furniture::kind).contains(
        Furniture.Kind.JOB_NUMBER, Furniture.Kind.BARCODE, Furniture.Kind.RUNNING_HEADER, Furniture.Kind.PAGE_NUMBER);
  }

  @Test
  void cutsTheJobNumberAndBarcodeOutOfTextFlattenedIntoOneLine() throws Exception {
    String text = "(Signed) Mher Margaryan Ambassador Permanent Representative 20-12655 (E) 011020 *2012655* "
        + "A/75/356 S/2020/947 Annex to the letter dated 27 September 2020";
    RepairedText repaired = repair(text);
    assertThat(repaired.text()).isEqualTo(
        "(Signed) Mher Margaryan Ambassador Permanent Representative Annex to the letter dated 27 September 2020");
    assertThat(repaired.furniture()).extracting(Furniture::text).contains("20-12655 (E)", "A/75/356 S/2020/947");
  }

  @Test
  void splitsTheNumberOffANumberedParagraph() throws Exception {
    RepairedText repaired = repair("1. Decides to remain actively seized of the matter.\n\n(a) Coordination of work;\n");
    assertThat(repaired.blocks()).extracting(Block::number).containsExactly("1.", "(a)");
    assertThat(repaired.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM);
    assertThat(repaired.blocks().get(0).text()).isEqualTo("Decides to remain actively seized of the matter.");
  }

  @Test
  void blockSpansPointAtTheirTextInTheRepairedText() throws Exception {
    RepairedText repaired = repair("1. First paragraph.\n\nSecond paragraph of text.\n");
    for (Block block : repaired.blocks()) {
      assertThat(repaired.slice(block.span())).endsWith(block.text());
    }
  }
}
