/** JMH benchmarks: parse throughput on the corpus, and whole parses timed against a named peer in the same run. */
package org.plenary.bench;
