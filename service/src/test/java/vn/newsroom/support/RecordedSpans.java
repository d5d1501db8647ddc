package vn.newsroom.support;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Keeps every span the service under test ends, in memory, where the service itself exports none. */
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    @Produces
    @Singleton
    SpanProcessor processor(InMemorySpanExporter exporter) {
        return SimpleSpanProcessor.create(exporter);
    }
}
