package vn.newsroom.taxonomy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.index.IndexConfig;

/** The topic taxonomy and the country catalogue, each entry with its number of articles (zero included). */
@ApplicationScoped
public class TaxonomyService {

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final TopicTaxonomy topics;
    private final CountryCatalog countries;

    TaxonomyService(ElasticsearchClient client, IndexConfig index, TopicTaxonomy topics, CountryCatalog countries) {
        this.client = client;
        this.index = index;
        this.topics = topics;
        this.countries = countries;
    }

    /** In taxonomy order. */
    public List<TopicEntry> topics() throws IOException {
        Map<String, Long> counts = counts("topics.id", topics.all().size());
        return topics.all().stream()
                .map(topic -> new TopicEntry(topic.id(), topic.label(), topic.description(),
                        counts.getOrDefault(topic.id(), 0L)))
                .toList();
    }

    /** In catalogue order. */
    public List<CountryEntry> countries() throws IOException {
        Map<String, Long> counts = counts("countries.code", countries.all().size());
        return countries.all().stream()
                .map(country -> new CountryEntry(country.code(), country.name(), country.aliases(),
                        counts.getOrDefault(country.code(), 0L)))
                .toList();
    }

    private Map<String, Long> counts(String field, int values) throws IOException {
        var response = client.search(search -> search
                .index(index.alias())
                .size(0)
                .aggregations("counts", agg -> agg.terms(terms -> terms.field(field).size(Math.max(values, 1)))),
                Void.class);
        Map<String, Long> counts = new HashMap<>();
        response.aggregations().get("counts").sterms().buckets().array()
                .forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
        return counts;
    }
}
