/** Readers: from the bytes of a source to pages of lines, one reader per format. */
package org.plenary.read;
