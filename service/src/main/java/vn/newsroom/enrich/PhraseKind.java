package vn.newsroom.enrich;

/** How strictly a phrase's capitals are read. */
enum PhraseKind {
    /** A proper name: capitals matter. */
    NAME,
    /** A topic term: only acronyms are case-sensitive. */
    TERM
}
