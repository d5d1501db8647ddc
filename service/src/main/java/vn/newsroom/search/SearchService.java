package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import vn.newsroom.article.Article;
import vn.newsroom.facets.Facet;
import vn.newsroom.facets.FacetAggregations;
import vn.newsroom.facets.FacetsConfig;
import vn.newsroom.problem.InvalidParameterException;
import vn.newsroom.query.Criteria;
import vn.newsroom.query.CriteriaResolver;
import vn.newsroom.query.MatchStrategy;
import vn.newsroom.query.ParsedQuery;
import vn.newsroom.query.TextQueries;

/**
 * Full-text search with filters, facets, highlighting, paging and spelling suggestions. One Elasticsearch request
 * answers hits, total, facets and, for a word that looks mistyped, spelling suggestions; more are asked only when
 * there are few hits (any word, typos corrected, "did you mean" for a query without such a word) or a suggestion
 * must be checked against the articles.
 */
@ApplicationScoped
public class SearchService {

    private static final String NO_FACETS = "none";

    private final ElasticsearchClient client;
    private final SearchConfig config;
    private final FacetsConfig facetsConfig;
    private final CriteriaResolver resolver;
    private final TextQueries textQueries;
    private final FacetAggregations facetAggregations;
    private final Highlighting highlighting;
    private final HitMapper hits;
    private final Paging paging;
    private final CursorCodec cursors;
    private final DidYouMean didYouMean;

    SearchService(ElasticsearchClient client, SearchConfig config, FacetsConfig facetsConfig, CriteriaResolver resolver,
            TextQueries textQueries, FacetAggregations facetAggregations, Highlighting highlighting, HitMapper hits,
            Paging paging, CursorCodec cursors, DidYouMean didYouMean) {
        this.client = client;
        this.config = config;
        this.facetsConfig = facetsConfig;
        this.resolver = resolver;
        this.textQueries = textQueries;
        this.facetAggregations = facetAggregations;
        this.highlighting = highlighting;
        this.hits = hits;
        this.paging = paging;
        this.cursors = cursors;
        this.didYouMean = didYouMean;
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        Criteria criteria = resolver.resolve(request.q(), request.match(), request.filters());
        Sort sort = Sort.of(request.sort(), criteria.query().hasRequiredTerms());
        int size = request.size() == null ? config.defaultSize() : request.size();
        Set<Facet> facets = facets(request.facets());
        int facetSize = request.facetSize() == null ? facetsConfig.defaultSize() : request.facetSize();
        boolean typos = request.typos() == null || request.typos() == 1;
        // a cursor is only valid for the query, filters, order and corrections it was made for
        String fingerprint = cursors.fingerprint(List.of(criteria.query().text(), criteria.match().id(),
                criteria.filters().applied(), sort.id(), Boolean.toString(typos)));
        Paging.Position position = paging.start(request.page(), request.cursor(), size, fingerprint, sort);

        try {
            // restored once per search, and a cursor's pages keep its first page's spelling
            String spelling = position.cursor() != null && position.cursor().spelling() != null
                    ? position.cursor().spelling() : textQueries.spelling(criteria.query());
            return answer(criteria, new Page(sort, size, facets, facetSize, position, spelling), typos);
        } catch (IOException | RuntimeException e) {
            paging.abandon(position);
            throw e;
        }
    }

    /** @param typos whether few hits as typed are asked again with typo corrections */
    private SearchResponse answer(Criteria criteria, Page page, boolean typos) throws IOException {
        // typos are corrected in the words typed as words only, never in phrases (even once loosened) or exclusions
        ParsedQuery typedQuery = criteria.query();
        List<ParsedQuery.Word> typed = typedQuery.words();
        boolean mistyped = typedQuery.hasRequiredTerms() && DidYouMean.looksMistyped(typedQuery);
        // a word that looks mistyped asks for spelling suggestions in the same request, not in a second one
        var response = execute(criteria, page, List.of(), mistyped);
        var suggestions = response.suggest();
        Optional<Criteria> looser = criteria.instead(response.hits().total().value());
        if (looser.isPresent()) {
            criteria = looser.get();
            response = execute(criteria, page, List.of(), false);
        }
        if (typos && response.hits().total().value() < config.typosBelow() && !typed.isEmpty()) {
            // few articles as typed: perhaps a slip; the corrected search keeps these, ranked above corrected ones
            response = execute(criteria, page, typed, false);
        }

        var total = response.hits().total();
        // a weak answer to what looks mistyped gets a suggestion too, when it finds clearly more
        String suggestion = mistyped ? didYouMean.suggest(typedQuery, suggestions).orElse(null)
                : typedQuery.hasRequiredTerms() && total.value() < config.didYouMeanBelow()
                ? didYouMean.suggest(typedQuery).orElse(null)
                : null;
        return new SearchResponse(
                total.value(),
                total.relation() == TotalHitsRelation.Eq,
                response.took(),
                new SearchResponse.Applied(criteria.query().text().strip(), criteria.match().id(), page.sort().id(),
                        page.position().page(), page.size(), criteria.filters().applied()),
                response.hits().hits().stream().map(hits::toHit).toList(),
                paging.next(page.position(), response, page.size(), page.spelling()),
                facetAggregations.read(page.facets(), response.aggregations(), criteria.filters()),
                suggestion);
    }

    /** What one page asks for besides the criteria. */
    private record Page(Sort sort, int size, Set<Facet> facets, int facetSize, Paging.Position position,
            String spelling) {
    }

    /** @param spelling whether to ask for {@link DidYouMean#suggester spelling suggestions} of the query too */
    private co.elastic.clients.elasticsearch.core.SearchResponse<Article> execute(Criteria criteria, Page page,
            List<ParsedQuery.Word> correctable, boolean spelling) throws IOException {
        try {
            return client.search(search -> {
                Query text = textQueries.matching(criteria.query(), criteria.match(), correctable);
                if (page.facets().isEmpty()) {
                    search.query(q -> q.bool(bool -> bool.must(text).filter(criteria.filters().all())));
                } else {
                    // post_filter: facet aggregations see the query's hits before the filters narrow them
                    search.query(text).postFilter(criteria.filters().all())
                            .aggregations(facetAggregations.aggregations(page.facets(), criteria.filters(),
                                    page.facetSize()));
                }
                paging.applyTo(search, page.position(), page.size(), page.sort(),
                        () -> textQueries.ranking(criteria.query(), criteria.match(), page.spelling()));
                if (spelling) {
                    search.suggest(DidYouMean.suggester(criteria.query()));
                }
                return search
                        .size(page.size())
                        .trackTotalHits(total -> total.count(config.exactTotalUpTo()))
                        .source(HitMapper.SOURCE)
                        .highlight(highlighting.request(TextQueries.highlighting(criteria.query())));
            }, Article.class);
        } catch (ElasticsearchException e) {
            throw paging.failure(e, page.position());
        }
    }

    /** All facets when none are named; {@code none} (or an empty value) for none. */
    private static Set<Facet> facets(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return EnumSet.allOf(Facet.class);
        }
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String value : requested) {
            for (String name : (value == null ? "" : value).split(",")) {
                String id = name.strip().toLowerCase(Locale.ROOT);
                if (!id.isEmpty() && !id.equals(NO_FACETS)) {
                    facets.add(Facet.byId(id).orElseThrow(() -> new InvalidParameterException("facets",
                            "Unknown facet; use " + Facet.NAMES + " or " + NO_FACETS + ".")));
                }
            }
        }
        return facets;
    }
}
