/** The SolrCloud engine of the search index: configset, collections, and the index on a collection. */
package org.plenary.solr;
