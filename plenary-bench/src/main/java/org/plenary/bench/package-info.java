/** JMH benchmarks: parse throughput on the shared corpus. */
package org.plenary.bench;
