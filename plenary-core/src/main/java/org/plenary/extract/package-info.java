/** Extraction: from the document tree to the metadata record, one extractor per field or group. */
package org.plenary.extract;
