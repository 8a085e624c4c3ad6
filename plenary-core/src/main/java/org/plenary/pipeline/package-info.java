/** Composes the stages into one pipeline per document, with diagnostics and timing. */
package org.plenary.pipeline;
