/**
 * The search index of parsed UN documents: an embedded Lucene index under a data folder, one
 * analysis chain per language, facets, and State names that find documents in every language.
 */
package org.plenary.index;
