package org.plenary.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.extract.UnDocumentExtractor;
import org.plenary.lang.LanguagePack;
import org.plenary.lang.LanguagePacks;
import org.plenary.model.Document;
import org.plenary.model.Language;
import org.plenary.model.RepairedText;
import org.plenary.model.Source;
import org.plenary.model.Span;
import org.plenary.read.Readers;
import org.plenary.repair.LayoutRepairs;
import org.plenary.structure.UnStructureFinder;

class DiagnosticsTest {
  @Test
  void keepsEachWarningsCodeAndSpanAndCountsThoseOverTheLimit() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warn(WarningCode.SESSION_MISMATCH, "at a place", new Span(3, 9));
    for (int i = 1; i < Diagnostics.LIMIT + 5; i++) {
      diagnostics.warn(WarningCode.NO_LETTERS, "nowhere");
    }
    assertThat(diagnostics.warnings()).hasSize(Diagnostics.LIMIT + 1);
    assertThat(diagnostics.warnings().get(0).where()).contains(new Span(3, 9));
    assertThat(diagnostics.warnings().get(1).where()).isEmpty();
    Warning last = diagnostics.warnings().get(Diagnostics.LIMIT);
    assertThat(last.code()).isEqualTo(WarningCode.WARNINGS_DROPPED);
    assertThat(last.message()).isEqualTo("5 more warnings were not kept");
    assertThat(diagnostics.hasCode(WarningCode.SESSION_MISMATCH)).isTrue();
    assertThat(diagnostics.hasCode(WarningCode.OCR_FAILED)).isFalse();
  }

  /** An invented masthead whose printed session is not its symbol's. */
  @Test
  void aWarningPointsAtThePrintedTextItConcerns() throws Exception {
    String text = "United Nations\nA/75/100\nGeneral Assembly\nDistr.: General\n3 March 2020\n"
        + "Seventy-fourth session\nAgenda item 12\n\nNote by the Secretary-General\n\n"
        + "The Secretary-General has the honour to transmit the report.\n";
    Diagnostics diagnostics = new Diagnostics();
    LanguagePack pack = LanguagePacks.of(Language.EN);
    RepairedText repaired = new LayoutRepairs().repair(new Readers().read(
        new Source("note.txt", text.getBytes(StandardCharsets.UTF_8)), diagnostics), diagnostics);
    Document d = new UnDocumentExtractor().extract(new UnStructureFinder().find(repaired, pack, diagnostics), pack,
        diagnostics);
    assertThat(d.session()).isEqualTo(75);
    Optional<Warning> mismatch = diagnostics.warnings().stream()
        .filter(w -> w.code() == WarningCode.SESSION_MISMATCH).findFirst();
    assertThat(mismatch).isPresent();
    assertThat(repaired.slice(mismatch.get().where().orElseThrow())).isEqualTo("Seventy-fourth session");
  }
}
