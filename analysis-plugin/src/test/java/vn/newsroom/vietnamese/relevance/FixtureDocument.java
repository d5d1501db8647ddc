package vn.newsroom.vietnamese.relevance;

/** One searchable document of the fixture, with its text in the Unicode form it is indexed in. */
record FixtureDocument(String id, String text) {}
