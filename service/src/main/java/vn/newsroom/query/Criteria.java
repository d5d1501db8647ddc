package vn.newsroom.query;

/** What to look for: the free text and the filters, both resolved and checked. */
public record Criteria(ParsedQuery query, Filters filters) {
}
