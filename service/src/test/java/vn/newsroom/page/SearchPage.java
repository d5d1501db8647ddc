package vn.newsroom.page;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a user sees it in the browser: what is listed, ticked and highlighted, and what to click. */
final class SearchPage {

    // Generous: the test machine also runs Elasticsearch and the service.
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI root;

    SearchPage(ChromeDriver driver, URI root) {
        this.driver = driver;
        this.root = root;
    }

    /** Opens {@code /search?query} and waits for its results. */
    SearchPage open(String query) {
        return visit(root.resolve("search?" + query).toString());
    }

    /** Opens an address, as a user pastes a shared link, and waits for its results. */
    SearchPage visit(String address) {
        driver.get(address);
        return awaitResults();
    }

    /**
     * Waits until a search has been answered and shown (a heading is written, no search is in flight). The page marks
     * the results busy in the same event that changes the address, so this waits for the search of the new address.
     */
    SearchPage awaitResults() {
        awaitTrue("results shown", this::resultsShown);
        return this;
    }

    private boolean resultsShown() {
        return (Boolean) script("""
                return document.getElementById('results-heading').textContent !== ''
                    && !document.getElementById('results').hasAttribute('aria-busy')
                    && !document.getElementById('results-view').hidden""");
    }

    WebElement searchBox() {
        return driver.findElement(By.id("q"));
    }

    /** Ids of the articles listed, in order. */
    @SuppressWarnings("unchecked")
    List<String> resultIds() {
        return (List<String>) script("return [...document.querySelectorAll('#results .result')].map(r => r.dataset.id)");
    }

    /** Texts highlighted in the listed titles and snippets. */
    @SuppressWarnings("unchecked")
    List<String> highlights() {
        return (List<String>) script("return [...document.querySelectorAll('#results mark')].map(m => m.textContent)");
    }

    /** A facet's values as listed, with the count shown beside each. */
    @SuppressWarnings("unchecked")
    Map<String, Long> counts(String facet) {
        return new LinkedHashMap<>((Map<String, Long>) script("""
                return Object.fromEntries([...document.querySelectorAll(`#facets [data-facet="${arguments[0]}"] li`)]
                    .map(li => [li.querySelector('input').dataset.value, Number(li.querySelector('.count').lastChild.textContent)]))""",
                facet));
    }

    /** The values ticked in a facet. */
    @SuppressWarnings("unchecked")
    List<String> ticked(String facet) {
        return (List<String>) script("return [...document.querySelectorAll(`#facets [data-facet=\"${arguments[0]}\"] input:checked`)]"
                + ".map(box => box.dataset.value)", facet);
    }

    /** Clicks the label of a facet value, as a user ticks or unticks it. */
    void tick(String facet, String value) {
        driver.findElement(By.cssSelector("label[for='facet-" + facet + "-" + value + "']")).click();
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    String address() {
        return driver.getCurrentUrl();
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    void awaitTrue(String what, Supplier<Boolean> condition) {
        new WebDriverWait(driver, PATIENCE).withMessage(what).until(ignored -> Boolean.TRUE.equals(condition.get()));
    }

    /** Waits until the listed articles are exactly these, with no newer search on its way. */
    void awaitResultIds(List<String> expected) {
        awaitTrue("results " + expected, () -> resultsShown() && expected.equals(resultIds()));
    }

    /** Writes a screenshot of the page to target/screenshots/, for review. */
    Path screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
