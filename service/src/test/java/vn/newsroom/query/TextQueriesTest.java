package vn.newsroom.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Elasticsearch query built for what a user types, read as JSON, without a cluster. */
class TextQueriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FOLDED = List.of("title.folded^3", "lead.folded", "body.folded");
    private static final List<String> EXACT = List.of("title^3", "lead", "body");

    private final TextQueries queries = new TextQueries(new Config(), text -> text);

    @Test
    void highlightingAsksTheFoldedFieldsOnceForAllWordsAndEachPhraseAsAPhrase() throws Exception {
        JsonNode should = json(TextQueries.highlighting(QueryParser.parse("bo truong \"ngoai giao\" Lào OR Thái -Myanmar")))
                .path("bool").path("should");

        assertEquals(2, should.size());
        assertEquals("bo truong Lào Thái", should.path(0).path("multi_match").path("query").asText());
        assertEquals(FOLDED, texts(should.path(0).path("multi_match").path("fields")));
        JsonNode phrase = should.path(1).path("multi_match");
        assertEquals("ngoai giao", phrase.path("query").asText());
        assertEquals("phrase", phrase.path("type").asText());
        assertEquals(FOLDED, texts(phrase.path("fields")));
    }

    @Test
    void mostWordsIsOneCombinedMatchOverTheFoldedFields() throws Exception {
        JsonNode bool = json(queries.matching(QueryParser.parse("bo truong ngoai giao"), MatchStrategy.MOST)).path("bool");

        JsonNode words = bool.path("must").path(0).path("combined_fields");
        assertEquals("bo truong ngoai giao", words.path("query").asText());
        assertEquals(FOLDED, texts(words.path("fields")));
        assertEquals("or", words.path("operator").asText());
        assertEquals("1<-1 3<-50% 7<-70%", words.path("minimum_should_match").asText());
        assertEquals(1, bool.path("must").size());
        assertTrue(bool.path("should").isMissingNode(), "the signals are left to the rescore window: " + bool);
    }

    @Test
    void theRankingSignalsAreAllWordsAdjacentSyllablesWordsNearEachOtherAndSpelling() throws Exception {
        ParsedQuery query = QueryParser.parse("bo truong ngoai giao");
        JsonNode should = json(queries.ranking(query, MatchStrategy.MOST, queries.spelling(query)))
                .path("bool").path("should");

        assertEquals(4, should.size());
        JsonNode allWords = should.path(0).path("constant_score");
        assertEquals(3.0, allWords.path("boost").asDouble());
        assertEquals("and", allWords.path("filter").path("combined_fields").path("operator").asText());
        assertEquals(List.of("title.bigram^3", "lead.bigram", "body.bigram"),
                texts(should.path(1).path("combined_fields").path("fields")));
        JsonNode near = should.path(2).path("multi_match");
        assertEquals("phrase", near.path("type").asText());
        assertEquals(4, near.path("slop").asInt());
        assertEquals(FOLDED, texts(near.path("fields")));
        JsonNode bare = should.path(3).path("combined_fields");
        assertEquals(EXACT, texts(bare.path("fields")));
        assertEquals(0.5, bare.path("boost").asDouble(), "typed without marks: bare spellings are not preferred much");
    }

    @Test
    void marksTypedAreMatchedOnTheExactFields() throws Exception {
        ParsedQuery query = QueryParser.parse("Bộ trưởng ngoại giao");
        JsonNode marks = json(queries.ranking(query, MatchStrategy.MOST, queries.spelling(query)))
                .path("bool").path("should").path(3).path("combined_fields");
        assertEquals("Bộ trưởng ngoại giao", marks.path("query").asText());
        assertEquals(EXACT, texts(marks.path("fields")));
        assertEquals(2.0, marks.path("boost").asDouble());
    }

    @Test
    void anyNeedsOneWordAndAllNeedsEachWordAsAPhrase() throws Exception {
        JsonNode any = json(queries.matching(QueryParser.parse("lua gao"), MatchStrategy.ANY)).path("bool");
        assertEquals("1", any.path("must").path(0).path("combined_fields").path("minimum_should_match").asText());

        ParsedQuery allQuery = QueryParser.parse("Timor-Leste gao");
        JsonNode all = json(queries.matching(allQuery, MatchStrategy.ALL)).path("bool");
        assertEquals(2, all.path("must").size());
        assertEquals("phrase", all.path("must").path(0).path("multi_match").path("type").asText());
        assertEquals("Timor-Leste", all.path("must").path(0).path("multi_match").path("query").asText());
        assertTrue(json(queries.ranking(allQuery, MatchStrategy.ALL, "")).findValues("constant_score")
                .isEmpty(), "all words first means nothing under all");
    }

    @Test
    void phrasesAndExclusionsStayStrictUnderAny() throws Exception {
        JsonNode bool = json(queries.matching(QueryParser.parse("\"lúa gạo\" campuchia -Lào"), MatchStrategy.ANY))
                .path("bool");
        JsonNode phrase = bool.path("must").path(0).path("multi_match");
        assertEquals("lúa gạo", phrase.path("query").asText());
        assertEquals("phrase", phrase.path("type").asText());
        assertEquals("campuchia", bool.path("must").path(1).path("combined_fields").path("query").asText());
        // marked exclusion: only that spelling, on the exact fields
        JsonNode excluded = bool.path("must_not").path(0).path("multi_match");
        assertEquals("Lào", excluded.path("query").asText());
        assertEquals(EXACT, texts(excluded.path("fields")));
    }

    @Test
    void correctionsLetLongPlainWordsMatchOneEditAwayButNotOnTheFirstLetter() throws Exception {
        ParsedQuery query = QueryParser.parse("ha nooi \"Myanmr\" -Thaii");
        JsonNode bool = json(queries.matching(query, MatchStrategy.MOST, query.words())).path("bool");
        JsonNode perWord = bool.path("must").path(1).path("bool");
        assertEquals("1<-1 3<-50% 7<-70%", perWord.path("minimum_should_match").asText());
        JsonNode ha = perWord.path("should").path(0);
        assertEquals("ha", ha.path("combined_fields").path("query").asText(), "too short to correct");
        JsonNode correctedOnly = perWord.path("should").path(1).path("bool").path("should").path(1).path("bool");
        assertEquals("nooi", correctedOnly.path("must_not").path(0).path("combined_fields").path("query").asText(),
                "a correction counts only where the word as typed is missing");
        JsonNode corrected = correctedOnly.path("must").path(0).path("multi_match");
        assertEquals("nooi", corrected.path("query").asText());
        assertEquals(FOLDED, texts(corrected.path("fields")));
        assertEquals("1", corrected.path("fuzziness").asText());
        assertEquals(1, corrected.path("prefix_length").asInt());
        assertEquals(0.3, corrected.path("boost").asDouble(), 1e-6);
        assertEquals("Myanmr", bool.path("must").path(0).path("multi_match").path("query").asText(),
                "a phrase stays strict");
        assertTrue(bool.path("must").path(0).findValues("fuzziness").isEmpty());
        assertTrue(bool.path("must_not").findValues("fuzziness").isEmpty(), "an exclusion is never corrected");
        JsonNode allWords = json(queries.ranking(query, MatchStrategy.MOST, queries.spelling(query)))
                .path("bool").path("should").path(0).path("constant_score");
        assertEquals("ha nooi", allWords.path("filter").path("combined_fields").path("query").asText(),
                "only the words as typed earn the all-words bonus");
    }

    @Test
    void withoutCorrectionsTheQueryIsTheStrictOne() throws Exception {
        assertTrue(json(queries.matching(QueryParser.parse("ha nooi"), MatchStrategy.MOST)).findValues("fuzziness")
                .isEmpty());
    }

    @Test
    void theWordsOfALoosenedPhraseAreNotCorrected() throws Exception {
        ParsedQuery query = QueryParser.parse("\"Myanmr\" nooi");
        ParsedQuery loosened = query.loosened();
        JsonNode words = json(queries.matching(loosened, MatchStrategy.ANY, query.words())).path("bool").path("must")
                .path(0).path("bool").path("should");
        assertTrue(words.path(0).findValues("fuzziness").isEmpty(), "Myanmr was typed in a phrase");
        assertEquals(1, words.path(1).findValues("fuzziness").size());
    }

    @Test
    void adjacentSyllablesPairTheSyllablesMeantByInputMethodLeftovers() throws Exception {
        JsonNode bigrams = json(queries.ranking(QueryParser.parse("Vieetj Nam Huawei"), MatchStrategy.MOST,
                "Vieetj Nam Huawei")).path("bool").path("should").path(1).path("combined_fields");
        assertEquals("việt Nam Huawei", bigrams.path("query").asText());
    }

    @Test
    void exclusionsAreAnalyzedLiterallyWithoutDecodingInputMethodKeys() throws Exception {
        JsonNode excluded = json(queries.matching(QueryParser.parse("gao -Lee"), MatchStrategy.MOST))
                .path("bool").path("must_not").path(0).path("multi_match");
        assertEquals("article_folded", excluded.path("analyzer").asText());
    }

    @Test
    void nothingTypedMatchesEveryArticle() throws Exception {
        assertTrue(json(queries.matching(QueryParser.parse("  "), MatchStrategy.MOST)).has("match_all"));
    }

    private static JsonNode json(Query query) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(query, new JacksonJsonpMapper()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** The documented defaults. */
    private record Config() implements QueryConfig {
        @Override
        public int maxOperands() {
            return 32;
        }

        @Override
        public String mostWords() {
            return "1<-1 3<-50% 7<-70%";
        }

        @Override
        public int pastedTextWords() {
            return 8;
        }

        @Override
        public float marksBoost() {
            return 2;
        }

        @Override
        public float bareWordsBoost() {
            return 0.5f;
        }

        @Override
        public float restoredMarksBoost() {
            return 1;
        }

        @Override
        public float adjacencyBoost() {
            return 1;
        }

        @Override
        public float allWordsBonus() {
            return 3;
        }

        @Override
        public float proximityBoost() {
            return 5;
        }

        @Override
        public int proximitySlop() {
            return 4;
        }

        @Override
        public float correctionBoost() {
            return 0.3f;
        }
    }
}
