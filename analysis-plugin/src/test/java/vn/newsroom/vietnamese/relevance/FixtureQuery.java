package vn.newsroom.vietnamese.relevance;

import java.util.Set;

/** A query as a reader types it, the kind of difficulty it tests, and the ids judged relevant. */
record FixtureQuery(String id, String category, String text, Set<String> relevant) {}
