package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.query.ParsedQuery;
import vn.newsroom.query.TextQueries;
import vn.newsroom.vietnamese.VietnameseText;

/** A corrected query of plain words written as the articles write it, marks included, if it finds clearly more. */
@ApplicationScoped
class WrittenSpelling {

    private static final List<String> FOLDED = List.of("title.folded", "lead.folded", "body.folded");
    private static final List<String> HIGHLIGHTED = List.of("title.folded", "body.folded");
    /** How many articles are read for the marked spelling: enough to outvote a headline in capitals. */
    private static final int SPELLING_SAMPLE = 20;
    /** "Clearly more": the suggestion must find this many times as many articles as the words as typed. */
    private static final int CLEARLY_MORE = 2;
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    private static final Pattern MATCHED = Pattern.compile(START + "([^" + END + "]*)" + END);

    private final ElasticsearchClient client;
    private final IndexConfig index;

    WrittenSpelling(ElasticsearchClient client, IndexConfig index) {
        this.client = client;
        this.index = index;
    }

    /**
     * The corrected words as the articles most often write them, marks included, when they find clearly more
     * articles than the words as typed; the spelling is read from the highlighted matches of the best articles.
     */
    Optional<String> of(ParsedQuery query, String corrected) throws IOException {
        long typed = client.count(count -> count.index(index.alias()).query(allOf(query.text(), Operator.And)))
                .count();
        var response = client.search(search -> search
                .index(index.alias())
                .size(SPELLING_SAMPLE)
                .source(source -> source.fetch(false))
                .trackTotalHits(total -> total.enabled(true))
                .query(inOrder(corrected))
                .highlight(highlight -> highlight.preTags(String.valueOf(START)).postTags(String.valueOf(END))
                        .numberOfFragments(3).fragmentSize(100)
                        .fields(HIGHLIGHTED.stream().map(field -> NamedValue.of(field, HighlightField.of(f -> f)))
                                .toList())), Void.class);
        long suggested = response.hits().total() == null ? 0 : response.hits().total().value();
        if (suggested == 0 || suggested < CLEARLY_MORE * Math.max(typed, 1)) {
            return Optional.empty();
        }
        String wanted = VietnameseText.fold(corrected).toLowerCase(Locale.ROOT);
        Map<String, Integer> spellings = new HashMap<>();
        response.hits().hits().forEach(hit -> hit.highlight().values().forEach(fragments -> fragments.forEach(
                fragment -> spellings(fragment).forEach(spelling -> spellings.merge(spelling, 1, Integer::sum)))));
        return Optional.of(spellings.entrySet().stream()
                .filter(entry -> VietnameseText.fold(entry.getKey()).toLowerCase(Locale.ROOT).equals(wanted))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(entry -> !entry.getKey().equals(entry.getKey().toUpperCase(Locale.ROOT))))
                .map(Map.Entry::getKey)
                .orElse(corrected));
    }

    /**
     * The highlighted runs of a fragment, matches with only spaces between them joined (the highlighter marks a
     * phrase whole or word by word): the phrase as one article wrote it.
     */
    private static List<String> spellings(String fragment) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int lastEnd = -1;
        Matcher matcher = MATCHED.matcher(fragment);
        while (matcher.find()) {
            if (lastEnd >= 0 && !fragment.substring(lastEnd, matcher.start()).isBlank()) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.append(run.isEmpty() ? "" : " ").append(matcher.group(1).strip());
            lastEnd = matcher.end();
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static Query allOf(String text, Operator operator) {
        return Query.of(q -> q.multiMatch(match -> match.query(text).fields(FOLDED)
                .analyzer(TextQueries.FOLDED_LITERAL).type(TextQueryType.CrossFields).operator(operator)));
    }

    private static Query inOrder(String text) {
        return Query.of(q -> q.multiMatch(match -> match.query(text).fields(FOLDED)
                .analyzer(TextQueries.FOLDED_LITERAL).type(TextQueryType.Phrase)));
    }
}
