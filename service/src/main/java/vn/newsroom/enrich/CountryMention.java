package vn.newsroom.enrich;

/**
 * A country an article names, by its own name, an alias or one of its cities.
 *
 * @param code     ISO 3166-1 alpha-2 code
 * @param name     Vietnamese display name
 * @param mentions how many times it is named: tells the main country from a passing one
 */
public record CountryMention(String code, String name, int mentions) {
}
