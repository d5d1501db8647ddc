package vn.newsroom.enrich;

import java.util.List;

/**
 * What an article is about, each list sorted most relevant first.
 *
 * @param countries     countries named in the article's own text, most mentioned first
 * @param organisations organisations and regions, most mentioned first
 * @param topics        topics whose evidence passes the threshold, highest score first
 */
public record Enrichment(List<CountryMention> countries, List<OrganisationMention> organisations, List<TopicMatch> topics) {

    public Enrichment {
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        topics = List.copyOf(topics);
    }
}
