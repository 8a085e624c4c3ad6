/** Benchmarks of the search index: indexing throughput against plain Lucene, query latency. */
package org.plenary.bench.index;
