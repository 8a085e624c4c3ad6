package org.plenary.repair;

import org.plenary.model.Pages;
import org.plenary.model.RepairedText;
import org.plenary.pipeline.Diagnostics;

/** Turns pages of lines into repaired text. Stateless and thread-safe. */
public interface LayoutRepair {
  RepairedText repair(Pages pages, Diagnostics diagnostics);
}
