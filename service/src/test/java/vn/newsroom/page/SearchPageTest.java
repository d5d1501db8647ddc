package vn.newsroom.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.support.TestArticles;

/**
 * The search page at / in a real headless Chromium, against the real service and Elasticsearch, over the seed
 * articles. Other test classes write and delete articles of their own in the shared index, so the page is always
 * opened with {@code source=seed}: what it lists is the seeds' alone.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    private static final String SEEDS = "source=seed";
    private static final String MINISTER = SEEDS + "&q=bo+truong+ngoai+giao";
    private static final String LAOS_ARTICLE = "002_927cfe96377052b6";

    @TestHTTPResource("/")
    URL root;
    @Inject
    TestArticles articles;
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexConfig index;

    private Browser browser;
    private ChromeDriver driver;
    private SearchPage page;

    @BeforeAll
    void startBrowser() throws Exception {
        assertEquals(5, seedIds("newest").size(), "the five seed articles are indexed");
        browser = Browser.start();
        driver = browser.driver;
        page = new SearchPage(driver, root.toURI());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void desktopWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theServiceRootAndSearchServeThePageAndTheApiDocumentsNeither() {
        for (String address : List.of("/", "/search?q=Lào")) {
            given().get(address).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("<input id=\"q\""));
        }
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", not(hasKey("/"))).body("paths", not(hasKey("/search")));
    }

    @Test
    void typingWordsWithoutMarksHighlightsTheMarkedPhraseInTheResults() {
        page.open(SEEDS);

        page.searchBox().sendKeys("bo truong ngoai giao");

        page.awaitTrue("Bộ trưởng Ngoại giao highlighted", () -> page.highlights().contains("Bộ trưởng Ngoại giao"));
        assertEquals(5, page.resultIds().size());
        assertFalse(page.byId("results").getText().contains("<mark>"), "marks are elements, not text");
        assertTrue(page.address().contains("q=bo+truong+ngoai+giao"), page.address());
    }

    @Test
    void tickingLaosListsOnlyTheLaosArticleAndEveryOtherCountryKeepsItsCount() {
        page.open(MINISTER);
        Map<String, Long> countsBefore = page.counts("country");
        assertEquals(5, page.resultIds().size());
        assertTrue(countsBefore.containsKey("LA"), "Lào is offered: " + countsBefore);

        page.tick("country", "LA");

        page.awaitResultIds(List.of(LAOS_ARTICLE));
        assertEquals(List.of("LA"), page.ticked("country"));
        // Disjunctive counts: the country facet ignores its own filter, so ticking a country changes none of them.
        assertEquals(countsBefore, page.counts("country"));
        assertEquals(4L, page.counts("country").get("VN"));
        assertTrue(page.address().contains("country=LA"), page.address());
    }

    @Test
    void tickingTwoYearsNarrowsToTheDateRangeThatSpansThem() {
        page.open(SEEDS);

        page.tick("year", "2022");
        page.awaitResultIds(List.of("001_e8e140a97c513190"));
        page.tick("year", "2020");

        page.awaitResultIds(List.of("001_e8e140a97c513190", "004_f88c199e214c2830"));
        assertEquals("2020", page.byId("from").getDomProperty("value"));
        assertEquals("2022", page.byId("to").getDomProperty("value"));
        assertEquals(List.of("2022", "2020"), page.ticked("year"));
    }

    @Test
    void theAddressOpensTheSamePageInAFreshTab() {
        page.open(MINISTER);
        page.tick("country", "LA");
        page.awaitResultIds(List.of(LAOS_ARTICLE));
        page.tick("country", "KH");
        page.awaitTrue("Lào or Campuchia", () -> page.resultIds().size() == 2);
        new Select(page.byId("sort")).selectByValue("oldest");
        page.awaitTrue("sorted oldest first", () -> page.address().contains("sort=oldest"));
        page.awaitResults();
        String address = page.address();
        List<String> ids = page.resultIds();
        String heading = page.byId("results-heading").getText();

        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            page.visit(address);

            assertEquals(ids, page.resultIds());
            assertEquals(heading, page.byId("results-heading").getText());
            assertEquals("bo truong ngoai giao", page.searchBox().getDomProperty("value"));
            assertEquals(List.of("KH", "LA"), page.ticked("country").stream().sorted().toList());
            assertEquals("oldest", new Select(page.byId("sort")).getFirstSelectedOption().getDomProperty("value"));
        } finally {
            driver.close();
            driver.switchTo().window(firstTab);
        }
    }

    @Test
    void backReturnsToTheResultsBeforeTheFacetClickAndForwardToThoseAfter() {
        page.open(SEEDS);
        page.searchBox().sendKeys("bo truong ngoai giao", Keys.ENTER);
        page.awaitTrue("searched", () -> page.address().contains("q=bo+truong+ngoai+giao"));
        page.awaitResults();
        String searched = page.address();
        List<String> allFive = page.resultIds();
        page.tick("country", "LA");
        page.awaitResultIds(List.of(LAOS_ARTICLE));

        driver.navigate().back();

        page.awaitResultIds(allFive);
        assertEquals(searched, page.address());
        assertEquals(List.of(), page.ticked("country"));
        assertEquals("bo truong ngoai giao", page.searchBox().getDomProperty("value"));

        driver.navigate().forward();

        page.awaitResultIds(List.of(LAOS_ARTICLE));
        assertEquals(List.of("LA"), page.ticked("country"));
    }

    @Test
    void nextPageWalksThroughEveryArticleToTheLastAndPreviousComesBack() throws Exception {
        page.open(SEEDS + "&size=2&sort=oldest");
        List<List<String>> pages = new ArrayList<>(List.of(page.resultIds()));

        while (page.byId("next-page").isEnabled() && pages.size() < 10) {
            page.byId("next-page").click();
            page.awaitResults();
            pages.add(page.resultIds());
        }

        assertEquals(List.of(2, 2, 1), pages.stream().map(List::size).toList());
        assertEquals(seedIds("oldest"), pages.stream().flatMap(List::stream).toList());
        assertEquals("Trang / Page 3", page.byId("page-number").getText());

        page.byId("prev-page").click();
        page.awaitResults();
        assertEquals(pages.get(1), page.resultIds());
    }

    @Test
    void openingAResultShowsTheArticleWithRelatedArticlesAndBackReturnsToTheResults() {
        page.open(SEEDS + "&q=%22Luang+Prabang%22");
        assertEquals(List.of(LAOS_ARTICLE), page.resultIds());

        driver.findElement(By.cssSelector("#results .result-link")).click();

        page.awaitTrue("the article is shown", () -> page.byId("article-title").getText()
                .startsWith("Hợp tác ASEAN năm 2024"));
        assertTrue(page.byId("article-body").getText().contains("Luang Prabang"));
        assertFalse(driver.findElements(By.cssSelector("#related .result-link")).isEmpty(), "related articles listed");
        assertTrue(page.address().contains("doc=" + LAOS_ARTICLE), page.address());

        driver.navigate().back();

        page.awaitResults();
        assertEquals(List.of(LAOS_ARTICLE), page.resultIds());
    }

    @Test
    void pickingTheSuggestedCountryFiltersByItInsteadOfSearchingTheWord() {
        page.open(SEEDS);

        page.searchBox().sendKeys("lao");
        page.awaitTrue("Lào suggested", () -> page.byId("suggestions").isDisplayed()
                && page.byId("suggestions").getText().contains("Quốc gia / Country: Lào"));
        page.searchBox().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        page.awaitTrue("filtered by Lào", () -> page.address().contains("country=LA"));
        page.awaitResultIds(List.of(LAOS_ARTICLE));
        assertEquals(List.of("LA"), page.ticked("country"));
        assertEquals("", page.searchBox().getDomProperty("value"));
    }

    @Test
    void nothingIsSearchedWhileAnInputMethodComposesASyllable() throws InterruptedException {
        page.open(SEEDS);
        long requestsBefore = apiRequests();
        page.searchBox().click();

        // What Telex does while "trường" is typed: the text is composed, not yet committed.
        driver.executeCdpCommand("Input.imeSetComposition", Map.of("text", "bo truo", "selectionStart", 7,
                "selectionEnd", 7));
        Thread.sleep(1500); // well past the page's typing delay: a search or suggestion would have been asked for

        assertEquals("bo truo", page.searchBox().getDomProperty("value"));
        assertEquals(requestsBefore, apiRequests(), "no search or suggestion during the composition");
        assertFalse(page.address().contains("q="), page.address());

        driver.executeCdpCommand("Input.insertText", Map.of("text", "bo trường"));

        page.awaitTrue("searched once the syllable is committed",
                () -> page.address().contains("q=bo+tr%C6%B0%E1%BB%9Dng"));
    }

    @Test
    void arrowKeysMoveThroughResultsAndThroughAFacetsValuesWithVisibleFocus() {
        page.open(MINISTER);
        List<WebElement> links = driver.findElements(By.cssSelector("#results .result-link"));
        page.script("arguments[0].focus()", links.get(0));

        links.get(0).sendKeys(Keys.ARROW_DOWN);

        WebElement focused = driver.switchTo().activeElement();
        assertEquals(links.get(1), focused);
        assertEquals("solid", focused.getCssValue("outline-style"), "focus is visible");

        List<WebElement> countries = driver.findElements(By.cssSelector("#facets [data-facet=country] input"));
        long timorLeste = page.counts("country").get("TL");
        page.script("arguments[0].focus()", countries.get(0));
        countries.get(0).sendKeys(Keys.ARROW_DOWN);
        assertEquals("facet-country-TL", driver.switchTo().activeElement().getDomAttribute("id"));
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);

        page.awaitTrue("Timor-Leste ticked", () -> page.ticked("country").equals(List.of("TL")));
        page.awaitResults();
        assertEquals(timorLeste, page.resultIds().size());
        assertEquals("facet-country-TL", driver.switchTo().activeElement().getDomAttribute("id"),
                "the ticked box keeps the focus");
    }

    @Test
    void aMisspelledWordStillFindsTheArticleItMeans() {
        // one letter missing: the search corrects it, since nothing is spelt that way
        page.open(SEEDS + "&q=Myanmr");
        assertEquals(List.of(LAOS_ARTICLE), page.resultIds());
        assertEquals("Myanmr", page.searchBox().getDomProperty("value"));
    }

    @Test
    void moreListsTheCountriesBeyondTheFirstTwentyAndFocusesTheFirstNewOne() throws Exception {
        String source = TestArticles.uniqueSource("page-more");
        // 22 countries of one count each: listed by code, AD, AE, ...
        List<String> countries = Stream.of(Locale.getISOCountries()).limit(22).map(code -> code + ":" + code).toList();
        articles.saveAll(TestArticles.article(source + "-1", source, "Nhiều nước", "Bài nêu nhiều nước.", "2024",
                countries, List.of()));
        try {
            page.open("source=" + source);
            assertEquals(20, page.counts("country").size());

            page.byId("more-country").click();

            page.awaitTrue("every country listed", () -> page.counts("country").size() == 22);
            assertEquals("facet-country-" + countries.get(20).substring(0, 2),
                    driver.switchTo().activeElement().getDomAttribute("id"));
        } finally {
            TestArticles.deleteBySource(client, index.alias(), source);
        }
    }

    @Test
    void resultsFitTheWindowAt1280And360PixelsAndAreCapturedForReview() throws Exception {
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            page.open(MINISTER);

            assertTrue((Boolean) page.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "no sideways scrolling at " + width + " px");
            assertTrue(driver.findElement(By.cssSelector("#results .result-link")).isDisplayed());
            Path screenshot = page.screenshot("search-page-" + width);
            assertTrue(Files.size(screenshot) > 10_000, screenshot + " holds a picture");
        }
        assertFalse((Boolean) page.script("return document.getElementById('filters').open"),
                "on a phone the filters fold away above the results");
    }

    /** Requests the page made to the search and suggest API since it was loaded. */
    private long apiRequests() {
        return (Long) page.script("return performance.getEntriesByType('resource')"
                + ".filter(entry => /\\/api\\/v1\\/(search|suggest)$/.test(new URL(entry.name).pathname)).length");
    }

    // By full address: before the first test REST Assured is not yet pointed at the test port.
    private List<String> seedIds(String sort) throws Exception {
        return given().queryParam("source", "seed").queryParam("sort", sort).queryParam("size", 100)
                .queryParam("facets", "none")
                .get(root.toURI().resolve("api/v1/search").toString()).then().statusCode(200).extract().path("hits.id");
    }
}
