package vn.newsroom.telemetry;

import java.util.Arrays;
import java.util.List;
import vn.newsroom.support.ManagementInterface;

/** Reads samples out of the Prometheus text that /q/metrics serves on the management interface. */
final class PrometheusText {

    private final List<String> lines;

    private PrometheusText(String text) {
        this.lines = Arrays.stream(text.split("\n")).filter(line -> !line.startsWith("#")).toList();
    }

    static PrometheusText scrape() {
        return new PrometheusText(ManagementInterface.given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Samples of {@code metric} whose labels include every one of {@code labels} (each written as {@code key="value"}). */
    List<Double> samples(String metric, String... labels) {
        return lines.stream()
                .filter(line -> line.startsWith(metric + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line.substring(0, line.lastIndexOf('}'))::contains))
                .map(PrometheusText::value)
                .toList();
    }

    /** The sample's value: after the labels, before any exemplar (" # {trace_id=...} value timestamp"). */
    private static double value(String line) {
        String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    double sum(String metric, String... labels) {
        return samples(metric, labels).stream().mapToDouble(Double::doubleValue).sum();
    }
}
