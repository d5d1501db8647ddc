package vn.newsroom.telemetry;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Request latencies as Prometheus histograms (aggregatable across pods, unlike client-side percentiles), with a
 * dozen fixed buckets from 5 ms to 10 s rather than Micrometer's seventy, to keep the series count small.
 */
public class LatencyHistograms {

    static final Set<String> TIMERS = Set.of("http.server.requests", ElasticsearchCallTelemetry.TIMER);
    private static final List<Duration> BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000)
            .map(Duration::ofMillis).toList();

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        // Timers take their bucket bounds in nanoseconds.
        double[] bucketsNanos = BUCKETS.stream().mapToDouble(Duration::toNanos).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!TIMERS.contains(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(bucketsNanos).build().merge(config);
            }
        };
    }
}
