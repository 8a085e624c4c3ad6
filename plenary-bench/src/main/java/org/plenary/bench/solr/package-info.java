/** The embedded index against SolrCloud: the same query mix and indexing, timed in one run. */
package org.plenary.bench.solr;
