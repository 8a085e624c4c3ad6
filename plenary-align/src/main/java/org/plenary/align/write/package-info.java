/** Writers of alignments: JSON Lines, TMX 1.4 and a Markdown table to read side by side. */
package org.plenary.align.write;
