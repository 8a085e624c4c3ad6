/** Sentence segmentation of the six UN languages: ICU's rules with the packs' abbreviations and labels. */
package org.plenary.align.sentence;
