package vn.newsroom.enrich;

/** The real catalogues from the classpath, loaded once for all tests. */
final class Catalogues {

    static final ArticleEnricher ENRICHER = new ArticleEnricher(new CountryCatalog(), new TopicTaxonomy());

    private Catalogues() {
    }
}
