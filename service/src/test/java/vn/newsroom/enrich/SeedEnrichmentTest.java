package vn.newsroom.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.newsroom.ingest.Seeds;

/**
 * What a careful reader tags each seed with, written down from reading the articles (title and
 * body; captions, credits and the teaser/related-article blocks are not the article's text).
 *
 * <p>A topic is assigned when the article spends at least a sentence of its own on it or comes back
 * to it; one item in a list of cooperation areas ("chuyển đổi số, y tế, môi trường, biến đổi khí
 * hậu ...") or a single passing mention ("trong đó có Biển Đông") is not enough.
 *
 * <table>
 *   <caption>Expected tags per seed</caption>
 *   <tr><th>seed</th><th>countries (main first)</th><th>topics</th><th>why</th></tr>
 *   <tr><td>000</td><td>TL, VN, MY, FI</td>
 *       <td>summits-meetings, asean-community, asean-membership, politics-security, transnational-crime</td>
 *       <td>AMM in Kuala Lumpur before the 47th summit; Timor-Leste to become the 11th member; APSC
 *       and a paragraph on transnational and cyber crime (UN convention signed in Hà Nội); Finland
 *       joins the TAC. Biển Đông is named once in passing; "liên kết kinh tế" is one list item.</td></tr>
 *   <tr><td>001</td><td>KH, VN, UA</td>
 *       <td>summits-meetings, asean-community, politics-security, health-covid-19</td>
 *       <td>Ministers meet in Phnom Penh under Cambodia's chairmanship; APSC council; COVID-19 fund and
 *       vaccines; Ukraine accedes to the TAC. Transnational crime and digital transformation are
 *       single items in lists.</td></tr>
 *   <tr><td>002</td><td>LA, VN, MM, AU, KR, TL, RU, UA, BE</td>
 *       <td>summits-meetings, asean-community, politics-security, south-china-sea, myanmar</td>
 *       <td>Retreat in Luang Prabang opening Laos' 2024 chairmanship; paragraphs on Biển Đông and on
 *       Myanmar; regional security issues (Korean Peninsula - a region, not a country - Russia-Ukraine,
 *       Middle East). Economy, climate, digital and culture only appear as list items of priorities.
 *       The "Có thể bạn quan tâm" teasers (Indonesia, Thailand, ...) are not the article.</td></tr>
 *   <tr><td>003</td><td>MY, TL, PH</td>
 *       <td>summits-meetings, asean-community, asean-membership</td>
 *       <td>The Secretary-General's bilateral meetings at AMM-58 in Kuala Lumpur with Malaysia, the
 *       Philippines and Timor-Leste (its full membership). Việt Nam only appears in the related
 *       articles after the reader prompt, which are not this article.</td></tr>
 *   <tr><td>004</td><td>VN, CN</td>
 *       <td>summits-meetings, asean-community, south-china-sea, health-covid-19</td>
 *       <td>Online SOM chaired by Việt Nam in 2020; Biển Đông paragraphs with DOC/COC and China;
 *       COVID-19 response fund and stockpile. Security is only the Biển Đông paragraph; "tự cường kinh
 *       tế và tài chính" is a single mention.</td></tr>
 * </table>
 */
class SeedEnrichmentTest {

    private final ArticleEnricher enricher = Catalogues.ENRICHER;

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000", List.of("TL", "VN", "MY", "FI"), Set.of(
                        "summits-meetings", "asean-community", "asean-membership", "politics-security", "transnational-crime")),
                Arguments.of("001", List.of("KH", "VN", "UA"), Set.of(
                        "summits-meetings", "asean-community", "politics-security", "health-covid-19")),
                Arguments.of("002", List.of("LA", "VN", "MM", "AU", "KR", "TL", "RU", "UA", "BE"), Set.of(
                        "summits-meetings", "asean-community", "politics-security", "south-china-sea", "myanmar")),
                Arguments.of("003", List.of("MY", "TL", "PH"), Set.of(
                        "summits-meetings", "asean-community", "asean-membership")),
                Arguments.of("004", List.of("VN", "CN"), Set.of(
                        "summits-meetings", "asean-community", "south-china-sea", "health-covid-19")));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findsTheCountriesAReaderFinds(String seed, List<String> expected) {
        List<String> found = enrichment(seed).countries().stream().map(CountryMention::code).toList();

        assertEquals(Set.copyOf(expected), Set.copyOf(found), "countries of seed " + seed);
        assertEquals(expected.get(0), found.get(0), "main country of seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void assignsTheTopicsAReaderAssigns(String seed, List<String> countries, Set<String> expected) {
        Set<String> found = enrichment(seed).topics().stream().map(TopicMatch::id).collect(Collectors.toSet());

        assertEquals(expected, found, "topics of seed " + seed);
    }

    @Test
    void keepsOrganisationsAndRegionsApartFromCountries() {
        Enrichment seed000 = enrichment("000");

        assertEquals(Set.of("asean", "un", "southeast-asia"),
                seed000.organisations().stream().map(OrganisationMention::id).collect(Collectors.toSet()));
        assertEquals("asean", seed000.organisations().get(0).id());
    }

    @Test
    void takesTheKoreanPeninsulaForARegionAndTheEuForAnOrganisation() {
        Enrichment seed002 = enrichment("002");
        Set<String> organisations = seed002.organisations().stream().map(OrganisationMention::id).collect(Collectors.toSet());

        assertEquals(Set.of("asean", "eu", "un", "korean-peninsula", "middle-east"), organisations);
    }

    @Test
    void countsEveryMentionOfACountry() {
        CountryMention laos = enrichment("002").countries().get(0);

        // Luang Prabang + seven times "Lào" in the body
        assertEquals(new CountryMention("LA", "Lào", 8), laos);
    }

    private Enrichment enrichment(String seed) {
        return enricher.enrich(Seeds.parsed(seed));
    }
}
