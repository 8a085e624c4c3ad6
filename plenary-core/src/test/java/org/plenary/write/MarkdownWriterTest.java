package org.plenary.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.Plenary;
import org.plenary.model.Annex;
import org.plenary.model.Block;
import org.plenary.model.BlockKind;
import org.plenary.model.Document;
import org.plenary.model.DocumentType;
import org.plenary.model.SourceFormat;
import org.plenary.model.SourceInfo;
import org.plenary.model.Span;

class MarkdownWriterTest {
  private final MarkdownWriter writer = new MarkdownWriter();

  private static Block block(BlockKind kind, String number, String text) {
    return new Block(kind, number, text, new Span(0, 0), 0, 1);
  }

  @Test
  void writesTheSeedLetterWithMastheadTitleSignatureAndAnnexes() throws Exception {
    Document seed = Plenary.create().parse(Corpus.seedLetter());
    String md = writer.write(seed);
    assertThat(md).startsWith("| Field | Value |\n|---|---|\n")
        .contains("| Organs | General Assembly, Security Council |")
        .contains("| Agenda items | 34 预防武装冲突; 71 人民自决的权利; ")
        .contains("| Letter date | 2020-09-28 |")
        .contains("\n# 2020年9月28日亚美尼亚常驻联合国代表给秘书长的信\n")
        .contains("\n**米海尔·马尔加良**  \n常驻代表  \n大使\n")
        .contains("\n## 附件一\n\n### 2020年9月28日亚美尼亚共和国外交部关于阿塞拜疆侵略阿尔扎赫的声明\n")
        .contains("\n## 附件二\n");
    assertThat(md.indexOf("# 2020年")).isLessThan(md.indexOf("**米海尔·马尔加良**"));
    assertThat(md.indexOf("**米海尔·马尔加良**")).isLessThan(md.indexOf("## 附件一"));
  }

  @Test
  void numbersParagraphsWithoutTurningThemIntoAnOrderedList() {
    Document.Builder b = Document.builder();
    b.source = new SourceInfo("t", "0".repeat(64), SourceFormat.TEXT, null);
    b.type = DocumentType.RESOLUTION;
    b.body.addAll(List.of(block(BlockKind.PARAGRAPH, "1.", "Decides to remain seized of the matter."),
        block(BlockKind.LIST_ITEM, "(a)", "first point;"),
        block(BlockKind.HEADING, null, "II Programme"),
        block(BlockKind.QUOTE, null, "quoted\ntext"),
        block(BlockKind.TABLE, null, "a | b\n```c```"),
        block(BlockKind.FOOTNOTE, "1", "A/75/30.")));
    b.annexes.add(new Annex("Annex", null, null, null, List.of(block(BlockKind.HEADING, null, "Part one"))));
    String md = writer.write(b.build());
    assertThat(md).contains("\n1\\. Decides to remain seized of the matter.\n")
        .contains("\n(a) first point;\n")
        .contains("\n## II Programme\n")
        .contains("\n> quoted  \n> text\n")
        .contains("\n````text\na | b\n```c```\n````\n")
        .contains("\n<sup>1</sup> A/75/30.\n")
        .contains("\n## Annex\n\n#### Part one\n");
  }

  @Test
  void escapesMarkupAndDropsControlCharactersInText() {
    Document.Builder b = Document.builder();
    b.source = new SourceInfo("t", "0".repeat(64), SourceFormat.TEXT, null);
    b.type = DocumentType.LETTER;
    b.title = "# *Not* a heading | [link](x) <b>\u0007";
    b.symbols.add("A/75/1|2");
    b.body.add(block(BlockKind.PARAGRAPH, null, "- not a list\n2020. not a list either"));
    String md = writer.write(b.build());
    assertThat(md).contains("| Symbols | A/75/1\\|2 |")
        .contains("\n# \\# \\*Not\\* a heading \\| \\[link\\](x) \\<b\\>\n")
        .contains("\n\\- not a list  \n2020\\. not a list either\n")
        .doesNotContain("\u0007");
  }
}
