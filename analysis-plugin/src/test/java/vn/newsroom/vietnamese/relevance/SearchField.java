package vn.newsroom.vietnamese.relevance;

import org.apache.lucene.analysis.Analyzer;

/** An indexed field, the analyzer used for it at index and query time, and its weight in the query. */
record SearchField(String name, Analyzer analyzer, float boost) {}
