/** Language knowledge as data: one pack per language, loaded from TSV resources, and language detection. */
package org.plenary.lang;
