package org.plenary.repair;

import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.model.SourceFormat;
import org.plenary.pipeline.Diagnostics;

/**
 * Chooses the layout repair for pages by the format they were read from: {@link PdfLayoutRepair}
 * for PDF, whose lines carry positions; {@link TextLayoutRepair} for everything else.
 */
public final class LayoutRepairs implements LayoutRepair {
  private final LayoutRepair pdf = new PdfLayoutRepair();
  private final LayoutRepair text = new TextLayoutRepair();

  @Override
  public RepairedText repair(Pages pages, Diagnostics diagnostics) {
    return pages.format() == SourceFormat.PDF ? pdf.repair(pages, diagnostics) : text.repair(pages, diagnostics);
  }
}
