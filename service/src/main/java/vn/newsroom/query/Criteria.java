package vn.newsroom.query;

import java.util.Optional;

/** What to look for: the free text, how much of it must match, and the filters, all resolved and checked. */
public record Criteria(ParsedQuery query, MatchStrategy match, Filters filters) {

    /**
     * The search to answer with instead of this one, which found {@code total} articles: when {@code most} finds
     * nothing, rather than nothing, any word is enough, the words of phrases and {@code OR} groups included; exclusions
     * and filters still apply. Other strategies mean what they say. Built only when needed: searches that find
     * something are the many, and they need not pay for it.
     */
    public Optional<Criteria> instead(long total) {
        return total == 0 && match == MatchStrategy.MOST && query.hasRequiredTerms()
                ? Optional.of(new Criteria(query.loosened(), MatchStrategy.ANY, filters))
                : Optional.empty();
    }
}
