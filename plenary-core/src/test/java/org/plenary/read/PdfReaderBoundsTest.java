package org.plenary.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.InputLimitExceeded;
import org.plenary.PlenaryException;
import org.plenary.model.Pages;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;

/**
 * The PDF reader's bounds, each met by a PDF made for it: a refusal is an {@link
 * InputLimitExceeded} whose reason names the limit. The limits here are small so that the files
 * stay small; {@code PdfReaderMemoryIT} meets the real ones under a capped heap.
 */
class PdfReaderBoundsTest {
  private static final long MB = 1024 * 1024;
  private final PdfReader small = new PdfReader(20, 8 * MB, 2 * MB);

  private Pages read(PdfReader reader, byte[] pdf) throws PlenaryException {
    return reader.read(new Source("hostile.pdf", pdf), new Diagnostics());
  }

  @Test
  void refusesMorePagesThanTheLimitNamingIt() throws Exception {
    byte[] pdf = HostilePdfs.pages(21, 1);
    assertThatThrownBy(() -> read(small, pdf))
        .isInstanceOf(InputLimitExceeded.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("more than 20 pages");
    assertThat(read(small, HostilePdfs.pages(20, 1)).pages()).hasSize(20);
  }

  @Test
  void countsThePagesTheTreeHoldsNotThoseItDeclares() throws Exception {
    byte[] pdf = HostilePdfs.pagesUnderADeclaredCountOfOne(25);
    assertThatThrownBy(() -> read(small, pdf))
        .isInstanceOf(InputLimitExceeded.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("more than 20 pages");
  }

  @Test
  void countsAContentStreamAtEveryPageThatDrawsIt() throws Exception {
    // 1 MB inflated, drawn by 12 pages: 12 MB read in all, over the budget of 8 MB
    byte[] pdf = HostilePdfs.sharedContentStream(12, MB);
    assertThat(pdf.length).isLessThan(64 * 1024);
    assertThatThrownBy(() -> read(small, pdf))
        .isInstanceOf(InputLimitExceeded.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("inflates to more than 8 MB");
    assertThat(read(small, HostilePdfs.sharedContentStream(6, MB)).pages()).hasSize(6);
  }

  @Test
  void measuresAFontProgramBeforePdfboxInflatesIt() throws Exception {
    byte[] pdf = HostilePdfs.fontProgramInflating(3 * MB);
    assertThatThrownBy(() -> read(small, pdf))
        .isInstanceOf(InputLimitExceeded.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString().contains("more than 2 MB");
  }

  @Test
  void refusesFormsNestedDeeperThanTheLimit() throws Exception {
    Pages shallow = read(small, HostilePdfs.nestedForms(GlyphReader.MAX_FORM_DEPTH));
    assertThat(shallow.lines()).hasSize(GlyphReader.MAX_FORM_DEPTH);
    byte[] deep = HostilePdfs.nestedForms(GlyphReader.MAX_FORM_DEPTH + 1);
    assertThatThrownBy(() -> read(small, deep))
        .isInstanceOf(InputLimitExceeded.class)
        .extracting(e -> ((PlenaryException) e).reason()).asString()
        .contains("nested more than " + GlyphReader.MAX_FORM_DEPTH + " deep");
  }

  @Test
  void readsPastArraysNestedWithoutEndWithoutRunningOutOfStack() throws Exception {
    // PDFBox's parser gives up on objects nested deeper than 500 and goes on with the stream
    Pages pages = read(new PdfReader(), HostilePdfs.nestedArrays(100_000));
    assertThat(pages.lines()).extracting(l -> l.text()).containsExactly("Nested");
  }
}
