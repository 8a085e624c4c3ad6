/** The immutable records that flow through the pipeline, from source bytes to the parsed document. */
package org.plenary.model;
