package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.newsroom.documents.Article;
import vn.newsroom.facets.Facet;
import vn.newsroom.facets.FacetAggregations;
import vn.newsroom.facets.FacetCounts;
import vn.newsroom.facets.FacetsConfig;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.problem.InvalidParameterException;
import vn.newsroom.query.Criteria;
import vn.newsroom.query.CriteriaResolver;
import vn.newsroom.query.TextQueries;

/**
 * Full-text search with filters, facets, highlighting, paging by page or cursor, and spelling suggestions. One
 * Elasticsearch request answers hits, total and facets; a second one runs only for "did you mean", and a third opens
 * a point-in-time when a cursor is first followed.
 */
@ApplicationScoped
public class SearchService {

    private static final String NO_FACETS = "none";

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final SearchConfig config;
    private final FacetsConfig facetsConfig;
    private final CriteriaResolver resolver;
    private final FacetAggregations facetAggregations;
    private final Highlighting highlighting;
    private final HitMapper hits;
    private final CursorCodec cursors;
    private final DidYouMean didYouMean;

    SearchService(ElasticsearchClient client, IndexConfig index, SearchConfig config, FacetsConfig facetsConfig,
            CriteriaResolver resolver, FacetAggregations facetAggregations, Highlighting highlighting, HitMapper hits,
            CursorCodec cursors, DidYouMean didYouMean) {
        this.client = client;
        this.index = index;
        this.config = config;
        this.facetsConfig = facetsConfig;
        this.resolver = resolver;
        this.facetAggregations = facetAggregations;
        this.highlighting = highlighting;
        this.hits = hits;
        this.cursors = cursors;
        this.didYouMean = didYouMean;
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        Criteria criteria = resolver.resolve(request.q(), request.filters());
        Sort sort = Sort.of(request.sort(), criteria.query().hasRequiredTerms());
        int size = request.size() == null ? config.defaultSize() : request.size();
        Set<Facet> facets = facets(request.facets());
        int facetSize = request.facetSize() == null ? facetsConfig.defaultSize() : request.facetSize();
        String fingerprint = cursors.fingerprint(List.of(criteria.query().text(), criteria.filters().applied(), sort.id()));
        Cursor cursor = request.cursor() == null || request.cursor().isBlank()
                ? null : cursors.decode(request.cursor(), fingerprint);
        int page = page(request.page(), size, cursor);
        String pit = cursor == null ? null : cursor.pit() != null ? cursor.pit() : openPointInTime();
        long seen = cursor == null ? (long) (page - 1) * size : cursor.seen();

        co.elastic.clients.elasticsearch.core.SearchResponse<Article> response;
        try {
            response = client.search(search -> {
                where(search, pit);
                Query text = TextQueries.matching(criteria.query());
                if (facets.isEmpty()) {
                    search.query(q -> q.bool(bool -> bool.must(text).filter(criteria.filters().all())));
                } else {
                    // post_filter: facet aggregations see the query's hits before the filters narrow them
                    search.query(text).postFilter(criteria.filters().all())
                            .aggregations(facetAggregations.aggregations(facets, criteria.filters(), facetSize));
                }
                if (cursor == null) {
                    search.from((page - 1) * size);
                } else {
                    search.searchAfter(cursor.after());
                }
                return search
                        .sort(sort.options())
                        .size(size)
                        .trackTotalHits(total -> total.count(config.exactTotalUpTo()))
                        .source(HitMapper.SOURCE)
                        .highlight(highlighting.request(TextQueries.highlighting(criteria.query())));
            }, Article.class);
        } catch (ElasticsearchException e) {
            if (cursor != null && (e.status() == 400 || e.status() == 404)) {
                throw new InvalidParameterException("cursor", "This cursor is no longer valid: it expires "
                        + config.cursorKeepAlive().toMinutes() + " minutes after its last use. Start again without cursor.");
            }
            throw e;
        }

        var total = response.hits().total();
        boolean exact = total.relation() == TotalHitsRelation.Eq;
        var pageHits = response.hits().hits();
        boolean more = exact ? seen + pageHits.size() < total.value() : pageHits.size() == size;
        String nextCursor = more && !pageHits.isEmpty()
                ? cursors.encode(new Cursor(pit == null ? null : response.pitId(), pageHits.getLast().sort(), fingerprint,
                        seen + pageHits.size()))
                : null;
        if (pit != null && nextCursor == null) {
            client.closePointInTime(close -> close.id(response.pitId() == null ? pit : response.pitId()));
        }
        String suggestion = criteria.query().hasRequiredTerms() && total.value() < config.didYouMeanBelow()
                ? didYouMean.suggest(criteria.query()).orElse(null)
                : null;
        return new SearchResponse(
                total.value(),
                exact,
                response.took(),
                new SearchResponse.Applied(criteria.query().text().strip(), sort.id(), cursor == null ? page : null, size,
                        criteria.filters().applied()),
                pageHits.stream().map(hits::toHit).toList(),
                nextCursor,
                facetAggregations.read(facets, response.aggregations(), criteria.filters()),
                suggestion);
    }

    /** Cursor pages read the point-in-time, so every page sees the index as it was when the first cursor was followed. */
    private void where(Builder search, String pit) {
        if (pit == null) {
            search.index(index.alias());
        } else {
            search.pit(p -> p.id(pit).keepAlive(time -> time.time(keepAlive())));
        }
    }

    private String openPointInTime() throws IOException {
        return client.openPointInTime(open -> open.index(index.alias()).keepAlive(time -> time.time(keepAlive()))).id();
    }

    private String keepAlive() {
        return config.cursorKeepAlive().toSeconds() + "s";
    }

    private int page(Integer requested, int size, Cursor cursor) {
        int page = requested == null ? 1 : requested;
        if (cursor != null && page != 1) {
            throw new InvalidParameterException("page", "page cannot be combined with cursor: the cursor says where"
                    + " to continue.");
        }
        if ((long) page * size > config.maxResultWindow()) {
            throw new InvalidParameterException("page", "page × size may not exceed %d; follow nextCursor to go deeper."
                    .formatted(config.maxResultWindow()));
        }
        return page;
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
