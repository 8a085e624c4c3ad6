/** What survives translation in a segment (labels, numbers, States, acronyms, punctuation), as sorted multisets. */
package org.plenary.align.anchor;
