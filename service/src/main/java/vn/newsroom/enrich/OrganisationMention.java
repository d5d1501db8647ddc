package vn.newsroom.enrich;

/**
 * An organisation or region an article names.
 *
 * @param id       slug from the catalogue ("asean")
 * @param name     display name
 * @param mentions how many times it is named
 */
public record OrganisationMention(String id, String name, int mentions) {
}
