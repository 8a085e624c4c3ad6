package org.plenary.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plenary.Plenary;
import org.plenary.PlenaryException;
import org.plenary.model.Document;
import org.plenary.model.DocumentType;
import org.plenary.model.Source;

/**
 * One invented resolution per failure class that the six language versions of real resolutions
 * showed when read as plain text: the lines the UN prints between the agenda titles and the title
 * (the adoption line, the bracketed note and the symbol it cites, a part letter and its footnote mark
 * under the title), a numbered title whose words name another kind or a body, the body's first
 * words naming the organ, an agenda title that opens or goes on with an organ's name or names a
 * session, sub-items lettered twice over, and a heading run on with its adoption line.
 */
class ResolutionFrontTest {
  /**
   * Paragraphs as long as a resolution's, so that the short lines above them read as lines of their
   * own and not as prose wrapped at their width.
   */
  private static final String AR_PREAMBLE = ("إذ تشير إلى قرارها 80/1 المؤرخ 5 كانون الأول/ديسمبر 2025 بشأن الأنهار"
      + " الجبلية وإلى جميع قراراتها السابقة المتعلقة بالموضوع، وإذ تؤكد من جديد أهمية التعاون الدولي في هذا الميدان،\n\n").repeat(2)
      + "1- تقرر أن تعلن يوم 2 آذار/مارس من كل عام يوما دوليا للأنهار الجبلية، وتدعو جميع الدول الأعضاء ومؤسسات منظومة"
      + " الأمم المتحدة إلى الاحتفال به على النحو المناسب ووفقا للأولويات الوطنية؛\n";

  private static Document parse(String name, String text) throws PlenaryException {
    return Plenary.create().parse(new Source(name + ".txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String gaMasthead(String un, String organ, String session, String agendaLine, String agendaTitle) {
    return un + "\n\nA/RES/85/12 B\n\n" + organ + "\n\nDistr.: General\n\n9 March 2031\n\n" + session + "\n\n"
        + agendaLine + "\n\n" + agendaTitle + "\n\n";
  }

  @Test
  void aPartLetterUnderTheTitleDoesNotMoveTheMasthead() throws PlenaryException {
    Document doc = parse("part-letter", gaMasthead("الأمم المتحدة", "الجمعية العامة", "الدورة الخامسة والثمانون",
        "البند 12 من جدول الأعمال", "ثقافة السلام")
        + "قرار اتخذته الجمعية العامة في 2 آذار/مارس 2031\n\n[دون الإحالة إلى لجنة رئيسية (A/85/L.7)]\n\n"
        + "85/12 اليوم الدولي للأنهار الجبلية\n\nباء*\n\nإن الجمعية العامة،\n\n" + AR_PREAMBLE);
    assertThat(doc.title()).isEqualTo("اليوم الدولي للأنهار الجبلية");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("ثقافة السلام"));
  }

  @Test
  void aNoteWhollyInSquareBracketsIsNeverTheTitle() throws PlenaryException {
    // a form of the note that no pack lists: the brackets alone say what it is
    Document doc = parse("bracketed-note", gaMasthead("United Nations", "General Assembly", "Eighty-fifth session",
        "Agenda item 12", "Culture of peace")
        + "Resolution adopted by the General Assembly on 2 March 2031\n\n[adopted by consensus (A/85/L.7)]\n\n"
        + "85/12. International day of mountain rivers\n\nThe General Assembly,\n\nRecalling its resolution 80/1,\n");
    assertThat(doc.title()).isEqualTo("International day of mountain rivers");
  }

  @Test
  void russianAndChineseFormsOfTheAdoptionNoteAreNoTitle() throws PlenaryException {
    Document ru = parse("ru-note", gaMasthead("Организация Объединенных Наций", "Генеральная Ассамблея",
        "Восемьдесят пятая сессия", "Пункт 12 повестки дня", "Культура мира")
        + "Резолюция, принятая Генеральной Ассамблеей 2 марта 2031 года\n\n"
        + "[без передачи в главные комитеты (A/85/L.7)]\n\n85/12. Международный день горных рек\n\n"
        + "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 80/1,\n");
    assertThat(ru.title()).isEqualTo("Международный день горных рек");
    Document zh = parse("zh-note", gaMasthead("联合国", "大会", "第八十五届会议", "议程项目12", "和平文化")
        + "2031年3月2日大会决议\n\n[未经发交主要委员会而通过(A/85/L.7)]\n\n85/12.国际山区河流日\n\n大会，\n\n回顾其第80/1号决议，\n");
    assertThat(zh.title()).isEqualTo("国际山区河流日");
  }

  @Test
  void aNumberedResolutionTitleIsAResolutionWhateverKindItsWordsName() throws PlenaryException {
    Document doc = parse("numbered-report", gaMasthead("联合国", "大会", "第八十五届会议", "议程项目12", "和平文化")
        + "2031年3月2日大会决议\n\n[根据第五委员会的报告(A/85/700)]\n\n85/12.山区河流委员会的报告\n\n大会，\n\n回顾其第80/1号决议，\n");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
    assertThat(doc.title()).isEqualTo("山区河流委员会的报告");
  }

  @Test
  void theBodysFirstWordsNamingTheOrganEndTheHead() throws PlenaryException {
    // with no case to tell it, a preamble paragraph that opens like a letter's title is the body's
    Document doc = parse("body-organ", "الأمم المتحدة\n\nS/RES/2801 (2031)\n\nمجلس الأمن\n\nDistr.: General\n\n"
        + "9 March 2031\n\nالقرار 2801 (2031)\n\nالذي اتخذه مجلس الأمن في 9 آذار/مارس 2031\n\nإن مجلس الأمن،\n\n"
        + "إذ يشير إلى قراراته السابقة،\n\nالرسالة المؤرخة 2 آذار/مارس 2031 التي وجهتها الحكومة إلى الأمين العام،\n\n"
        + "1- يقرر أن يبقي المسألة قيد نظره.\n");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
    assertThat(doc.title()).isEqualTo("القرار 2801 (2031)");
  }

  @Test
  void anAgendaTitleThatOpensOrGoesOnWithAnOrgansNameIsWhole() throws PlenaryException {
    Document zh = parse("zh-agenda", gaMasthead("联合国", "大会", "第八十五届会议", "议程项目12", "联合国山区河流十年")
        + "2031年3月2日大会决议\n\n[未经发交主要委员会而通过(A/85/L.7)]\n\n85/12.国际山区河流日\n\n大会，\n\n回顾其第80/1号决议，\n");
    assertThat(zh.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("联合国山区河流十年"));
    Document ar = parse("ar-agenda", gaMasthead("الأمم المتحدة", "الجمعية العامة", "الدورة الخامسة والثمانون",
        "البند 12 من جدول الأعمال", "عقد دورة الجمعية العامة الاستثنائية المكرسة للأنهار الجبلية")
        + "قرار اتخذته الجمعية العامة في 2 آذار/مارس 2031\n\n[دون الإحالة إلى لجنة رئيسية (A/85/L.7)]\n\n"
        + "85/12 اليوم الدولي للأنهار الجبلية\n\nإن الجمعية العامة،\n\n" + AR_PREAMBLE);
    assertThat(ar.agendaItems()).singleElement().satisfies(i ->
        assertThat(i.title()).isEqualTo("عقد دورة الجمعية العامة الاستثنائية المكرسة للأنهار الجبلية"));
  }

  @Test
  void aHeadingRunOnWithItsAdoptionLineEndsWhereThatLineBegins() throws PlenaryException {
    Document doc = parse("ru-heading", "Организация Объединенных Наций\n\nS/RES/2801 (2031)\n\nСовет Безопасности\n\n"
        + "Distr.: General\n\n9 March 2031\n\nРезолюция 2801 (2031), принятая Советом Безопасности 9 марта 2031 года\n\n"
        + "Совет Безопасности,\n\nссылаясь на свои предыдущие резолюции,\n\n1. постановляет продолжать заниматься этим вопросом.\n");
    assertThat(doc.title()).isEqualTo("Резолюция 2801 (2031)");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
  }

  @Test
  void subItemsLetteredTwiceOverAreReadInEveryScript() throws PlenaryException {
    Document ru = parse("ru-sub", gaMasthead("Организация Объединенных Наций", "Генеральная Ассамблея",
        "Восемьдесят пятая сессия", "Пункт 103 nn) повестки дня", "Всеобщее и полное разоружение: горные реки")
        + "Резолюция, принятая Генеральной Ассамблеей 2 марта 2031 года\n\n[по докладу Первого комитета (A/85/400)]\n\n"
        + "85/12. Горные реки и разоружение\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 80/1,\n");
    assertThat(ru.agendaItems()).singleElement().satisfies(i -> {
      assertThat(i.number()).isEqualTo(103);
      assertThat(i.subItem()).isEqualTo("(nn)");
      assertThat(i.title()).isEqualTo("Всеобщее и полное разоружение: горные реки");
    });
    Document ar = parse("ar-sub", gaMasthead("الأمم المتحدة", "الجمعية العامة", "الدورة الخامسة والثمانون",
        "البند 103 (ن ن) من جدول الأعمال", "نزع السلاح العام الكامل: الأنهار الجبلية")
        + "قرار اتخذته الجمعية العامة في 2 آذار/مارس 2031\n\n[بناء على تقرير اللجنة الأولى (A/85/400)]\n\n"
        + "85/12 الأنهار الجبلية ونزع السلاح\n\nإن الجمعية العامة،\n\n" + AR_PREAMBLE);
    assertThat(ar.agendaItems()).singleElement().satisfies(i -> {
      assertThat(i.subItem()).isEqualTo("(nn)");
      assertThat(i.title()).isEqualTo("نزع السلاح العام الكامل: الأنهار الجبلية");
    });
  }

  @Test
  void aSessionOrOrganAnAgendaTitleNamesBelongsToIt() throws PlenaryException {
    Document session = parse("zh-session", gaMasthead("联合国", "大会", "第八十五届会议", "议程项目104(a)",
        "审查和执行大会第十二届特别会议的《结论文件》：山区河流")
        + "2031年3月2日大会决议\n\n[根据第一委员会的报告(A/85/400，第21段)]\n\n85/12.山区河流\n\n大会，\n\n回顾其第80/1号决议，\n");
    assertThat(session.agendaItems()).singleElement()
        .satisfies(i -> assertThat(i.title()).isEqualTo("审查和执行大会第十二届特别会议的《结论文件》：山区河流"));
    assertThat(session.session()).isEqualTo(85);
    Document organ = parse("zh-organ", gaMasthead("联合国", "大会", "第八十五届会议", "议程项目9", "经济及社会理事会的报告")
        + "2031年3月2日大会决议\n\n[根据第二委员会的报告(A/85/401)]\n\n85/12.山区河流\n\n大会，\n\n回顾其第80/1号决议，\n");
    assertThat(organ.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("经济及社会理事会的报告"));
    assertThat(organ.organs()).containsExactly(org.plenary.model.Organ.GA);
  }

  @Test
  void aNumberedTitleIsTheTitleThoughItNamesABody() throws PlenaryException {
    Document doc = parse("zh-body-name", gaMasthead("联合国", "大会", "第八十五届会议", "议程项目63", "和平文化")
        + "2031年3月2日大会决议\n\n[根据第三委员会的报告(A/85/472，第17段)]\n\n85/12.扩大山区河流方案执行委员会\n\n大会，\n\n"
        + "回顾其第80/1号决议，\n");
    assertThat(doc.title()).isEqualTo("扩大山区河流方案执行委员会");
  }

  @Test
  void theSymbolInTheAdoptionNoteIsNotTheDocuments() throws PlenaryException {
    Document doc = parse("ar-note-symbol", gaMasthead("الأمم المتحدة", "الجمعية العامة", "الدورة الخامسة والثمانون",
        "البند 12 من جدول الأعمال", "ثقافة السلام")
        + "قرار اتخذته الجمعية العامة في 2 آذار/مارس 2031\n\n[دون الإحالة إلى لجنة رئيسية A/85/L.7 (و)]\n\n"
        + "85/12 اليوم الدولي للأنهار الجبلية\n\nإن الجمعية العامة،\n\n" + AR_PREAMBLE);
    assertThat(doc.symbols()).containsExactly("A/RES/85/12 B");
  }

  @Test
  void aFirstPageFlattenedIntoOneLineIsCutBeforeTheLinesAroundTheTitle() throws PlenaryException {
    Document doc = parse("flattened", "United Nations A/RES/85/12 General Assembly Distr.: General 9 March 2031"
        + " Eighty-fifth session Agenda item 12 Culture of peace Resolution adopted by the General Assembly on"
        + " 2 March 2031 [without reference to a Main Committee (A/85/L.7)] 85/12. International day of mountain"
        + " rivers\n\nThe General Assembly,\n\nRecalling its resolution 80/1 of 5 December 2025 on mountain rivers and"
        + " all its previous resolutions on the subject, and reaffirming the importance of international cooperation,\n");
    assertThat(doc.title()).isEqualTo("International day of mountain rivers");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
    assertThat(doc.symbols()).containsExactly("A/RES/85/12");
    assertThat(doc.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("Culture of peace"));
  }

  @Test
  void aPartLetterAfterAFlattenedTitleIsALineOfItsOwn() throws PlenaryException {
    String body = "\n\nThe General Assembly,\n\nRecalling its resolution 80/1 of 5 December 2025 on mountain rivers"
        + " and all its previous resolutions on the subject, and reaffirming the importance of international cooperation,\n";
    String head = "United Nations A/RES/85/12 A-B General Assembly Distr.: General 9 March 2031 Eighty-fifth session"
        + " Agenda item 12 Mountain rivers Resolutions adopted by the General Assembly on 2 March 2031 [without"
        + " reference to a Main Committee (A/85/L.7)] 85/12. Mountain rivers ";
    assertThat(parse("part-b", head + "B" + body).title()).isEqualTo("Mountain rivers");
    assertThat(parse("part-a", head + "A International day of mountain rivers" + body).title())
        .isEqualTo("Mountain rivers");
    assertThat(parse("part-ii", head + "II" + body).title()).isEqualTo("Mountain rivers");
    // a letter inside the title's words is no part: it goes on in lower case, or after a colon
    assertThat(parse("words", head.replace("85/12. Mountain rivers", "85/12. Vitamin A and mountain rivers") + body)
        .title()).isEqualTo("Vitamin A and mountain rivers");
    assertThat(parse("colon", head.replace("85/12. Mountain rivers", "85/12. Mountain rivers: A Decade") + body)
        .title()).isEqualTo("Mountain rivers: A Decade");
  }

  @Test
  void aFlattenedSecurityCouncilHeadIsCutAroundTheResolutionsHeading() throws PlenaryException {
    Document doc = parse("sc-flat", "United Nations S/RES/2900 (2031) Security Council Distr.: General 9 March 2031"
        + " Resolution 2900 (2031) Adopted by the Security Council at its 9999th meeting, on 9 March 2031"
        + "\n\nThe Security Council,\n\nRecalling its previous resolutions on mountain rivers and all its"
        + " statements on the subject, and reaffirming the importance of international cooperation,\n");
    assertThat(doc.title()).isEqualTo("Resolution 2900 (2031)");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
  }

  @Test
  void aFlattenedChineseSecurityCouncilHeadIsCutAroundTheHeadingTheRepairJoinedToItsNeighbours() throws PlenaryException {
    // Chinese writes no space between words: the repair joins the heading to the masthead's date
    // before it and to the adoption line after it, in each form the UN's markup prints that line
    String body = "\n\n安全理事会，\n\n回顾其以往关于山区河流的各项决议和主席声明，重申国际合作在这一领域的重要性，\n\n"
        + "1. 决定继续积极处理此案。\n";
    String masthead = "联合国 S/RES/2900 (2031) 安全理事会 Distr.: General 9 March 2031 第2900(2031)号决议 ";
    for (String adoption : new String[] {"2031年3月9日 9999次会议通过", "2031年3月9日安全理事会9999次会议通过",
        "安全理事会2031年3月9日通过", "安全理事会于2031年3月9日通过", "安全理事会2031年3月9日第9999次会议通过"}) {
      Document doc = parse("zh-sc-flat", masthead + adoption + body);
      assertThat(doc.title()).as(adoption).isEqualTo("第2900(2031)号决议");
      assertThat(doc.type()).as(adoption).isEqualTo(DocumentType.RESOLUTION);
    }
  }

  @Test
  void aFlattenedHeadIsCutAfterTheBracketedNoteAsBeforeIt() throws PlenaryException {
    // the number that opens the title carries no period here, and a direction mark stands before
    // the title's words: the note's closing bracket still ends its line
    String masthead = "الأمم المتحدة A/RES/85/12 الجمعية العامة Distr.: General 9 March 2031 الدورة الخامسة والثمانون"
        + " البند 12 من جدول الأعمال ثقافة السلام قرار اتخذته الجمعية العامة في 2 آذار/مارس 2031"
        + " [دون الإحالة إلى لجنة رئيسية (A/85/L.7)] ";
    for (String number : new String[] {"85/12 ", "85/12. - \u200e"}) {
      Document doc = parse("ar-flat", masthead + number + "اليوم الدولي للأنهار الجبلية\n\nإن الجمعية العامة،\n\n"
          + AR_PREAMBLE);
      assertThat(doc.title()).as(number).isEqualTo("اليوم الدولي للأنهار الجبلية");
    }
  }

  @Test
  void aFlattenedMastheadRunOnWithALongAgendaTitleIsNoRunningText() throws PlenaryException {
    // masthead, session, agenda line and an agenda title of two parts run into one line longer than
    // any title: the title under the adoption line is still found
    Document doc = parse("fr-flat-long", "Nations Unies A/RES/85/12 Assemblée générale Distr. générale 9 mars 2031"
        + " Quatre-vingt-cinquième session Point 12 a) de l’ordre du jour Renforcement de la coordination de l’aide"
        + " apportée aux populations des régions de montagne par les organismes des Nations Unies, y compris"
        + " l’assistance économique spéciale : renforcement de la coordination de l’aide d’urgence fournie aux"
        + " riverains des rivières de montagne par les organismes des Nations Unies Résolution adoptée par"
        + " l’Assemblée générale le 2 mars 2031 [sans renvoi à une grande commission (A/85/L.7)] 85/12. Journée"
        + " internationale des rivières de montagne\n\nL’Assemblée générale,\n\nRappelant sa résolution 80/1 du"
        + " 5 décembre 2025 sur les rivières de montagne et toutes ses résolutions antérieures sur la question,\n");
    assertThat(doc.title()).isEqualTo("Journée internationale des rivières de montagne");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
  }

  @Test
  void aFlattenedChineseGeneralAssemblyHeadIsCutWhereTheRepairJoinedItsLines() throws PlenaryException {
    // the line that says what the resolution is and the bracketed note are joined to the agenda
    // title before them, and the body's first words to the title, as Chinese writes no space between words
    for (String item : new String[] {"山区河流问题", "《山区河流公约》"}) {
      Document doc = parse("zh-ga-flat", "联合国 A/RES/85/12 大会 Distr.: General 9 March 2031 第八十五届会议 议程项目12 "
          + item + " 2031年3月2日大会决议 [根据第三委员会的报告 (A/85/477，第19段)] 85/12. 国际山区河流日 大会，"
          + "回顾其2025年12月5日关于山区河流的第80/1号决议以及关于这一问题的所有以往决议，重申国际合作在这一领域的重要性，\n");
      assertThat(doc.title()).as(item).isEqualTo("国际山区河流日");
      assertThat(doc.symbols()).as(item).containsExactly("A/RES/85/12");
      assertThat(doc.agendaItems()).as(item).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo(item));
    }
  }

  @Test
  void aSessionAnAgendaTitleNamesBelongsToItOnAFlattenedFirstPage() throws PlenaryException {
    // the agenda line and its title run on in the masthead's block: the session the title names
    // after the masthead's own is still the title's
    Document zh = parse("zh-flat-session", "联合国 A/RES/85/12 大会 Distr.: General 9 March 2031 第八十五届会议"
        + " 议程项目104(a) 审查和执行大会第十二届特别会议的《结论文件》：山区河流 2031年3月2日大会决议"
        + " [根据第一委员会的报告 (A/85/400，第21段)] 85/12. 山区河流\n\n大会，\n\n回顾其第80/1号决议，\n");
    assertThat(zh.agendaItems()).singleElement()
        .satisfies(i -> assertThat(i.title()).isEqualTo("审查和执行大会第十二届特别会议的《结论文件》：山区河流"));
    assertThat(zh.session()).isEqualTo(85);
    Document ru = parse("ru-flat-session", "Организация Объединенных Наций A/RES/85/12 Генеральная Ассамблея Distr.:"
        + " General 9 March 2031 Восемьдесят пятая сессия Пункт 104 a) повестки дня Обзор и осуществление"
        + " Заключительного документа двенадцатой специальной сессии Генеральной Ассамблеи: горные реки Резолюция,"
        + " принятая Генеральной Ассамблеей 2 марта 2031 года [по докладу Первого комитета (A/85/400, пункт 21)]"
        + " 85/12. Горные реки\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 80/1,\n");
    assertThat(ru.agendaItems()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo(
        "Обзор и осуществление Заключительного документа двенадцатой специальной сессии Генеральной Ассамблеи: горные реки"));
    assertThat(ru.session()).isEqualTo(85);
  }

  @Test
  void aLetterTheBodyOfAFlattenedResolutionCitesIsNoTitle() throws PlenaryException {
    // the masthead's block runs on into the agenda title, so it is no masthead line of its own; it
    // still opens the first page, and the letter the preamble cites is the body's
    Document doc = parse("ar-flat-letter", "الأمم المتحدة A/RES/85/12 الجمعية العامة Distr.: General 9 March 2031"
        + " الدورة الخامسة والثمانون البند 12 من جدول الأعمال إقامة العدل في الأمم المتحدة قرار اتخذته الجمعية العامة"
        + " في 2 آذار/مارس 2031 [بناء على تقرير اللجنة الخامسة (A/85/668، الفقرة 6)] 85/12. - إقامة العدل في الأمم المتحدة"
        + "\n\nإن الجمعية العامة،\n\nوقد نظرت في تقرير الأمين العام عن إقامة العدل في الأمم المتحدة و الرسالة المؤرخة"
        + " 20 تشرين الثاني/نوفمبر 2030 الموجهة من رئيس الجمعية العامة إلى رئيس اللجنة الخامسة،\n\n" + AR_PREAMBLE);
    assertThat(doc.title()).isEqualTo("إقامة العدل في الأمم المتحدة");
    assertThat(doc.type()).isEqualTo(DocumentType.RESOLUTION);
  }
}
