/**
 * Optical character recognition of scanned pages with Tesseract, run as a process: page images in,
 * words with their boxes and confidences out, the script and language of a page chosen from the
 * language packs' data. Layout-aware lines are made from the words by {@link org.plenary.read}.
 */
package org.plenary.read.ocr;
