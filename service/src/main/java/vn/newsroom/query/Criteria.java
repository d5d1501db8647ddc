package vn.newsroom.query;

/** What to look for: the free text, how much of it must match, and the filters, all resolved and checked. */
public record Criteria(ParsedQuery query, MatchStrategy match, Filters filters) {

    /**
     * The search to answer with when {@code most} finds nothing: any word is enough, the words of phrases and
     * {@code OR} groups included; exclusions and filters still apply.
     */
    public Criteria loosened() {
        return new Criteria(query.loosened(), MatchStrategy.ANY, filters);
    }
}
