/** JMH benchmarks: whole parses of real documents, timed against a named peer in the same run. */
package org.plenary.bench;
