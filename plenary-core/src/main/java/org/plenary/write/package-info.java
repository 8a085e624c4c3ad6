/** Sinks: the document record written as JSON, AKN, CSV, Markdown or plain text; and its JSON read back. */
package org.plenary.write;
