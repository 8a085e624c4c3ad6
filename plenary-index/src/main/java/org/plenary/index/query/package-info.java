/**
 * The query language of plenary, engine-neutral: {@link org.plenary.index.query.QueryParser} reads
 * what a user types into a small tree of {@link org.plenary.index.query.QueryNode}s, which each
 * search engine translates into its own queries, so that every engine finds the same documents.
 */
package org.plenary.index.query;
