/** Sinks: the document record written as JSON, Markdown or plain text. */
package org.plenary.write;
