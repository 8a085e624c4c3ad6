/** Alignment of a document's language versions, paragraph by paragraph and sentence by sentence. */
package org.plenary.align;
