package vn.newsroom.bulk;

import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.documents.DocumentIntake;
import vn.newsroom.documents.InvalidDocumentException;

/**
 * One upload on its way to Elasticsearch. The reading thread checks and enriches each item into the batch being
 * filled; a full batch ({@link BulkConfig#batchSize()} or {@link BulkConfig#batchArticles()}) is sent at once, on a
 * thread of its own, while the next one fills. At most {@link BulkConfig#inFlight()} are sent at a time: with all
 * busy, reading waits, which slows the client down (TCP back-pressure) and bounds memory to in-flight + 1 batches.
 * An article is never sent while a batch holding an earlier version of it (same id) is still in flight, so the
 * upload's last version wins, as when batches went one by one.
 */
final class BulkPipeline implements BulkItemReader.Sink, AutoCloseable {

    /** A batch in flight and the articles it holds. */
    private record Sending(Set<String> ids, Future<?> done) {

        void await() {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the batch has reported its own failure
            }
        }
    }

    private final DocumentIntake intake;
    private final BatchWriter writer;
    private final BulkConfig config;
    private final Semaphore slots;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Sending> sending = new ArrayList<>();
    private final Queue<BulkOutcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> unconfirmed = new ConcurrentLinkedQueue<>();
    private final List<Integer> indices = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private long bytes;
    /** Items read so far, valid or not: the index of the first item not read. */
    private int received;

    BulkPipeline(DocumentIntake intake, BatchWriter writer, BulkConfig config) {
        this.intake = intake;
        this.writer = writer;
        this.config = config;
        this.slots = new Semaphore(config.inFlight());
    }

    int received() {
        return received;
    }

    @Override
    public void accept(int index, ArticleInput input, long size) {
        received++;
        try {
            articles.add(intake.fromInput(input));
        } catch (InvalidDocumentException e) {
            outcomes.add(BulkOutcome.failed(index, input.id(), e.getMessage()));
            return;
        }
        indices.add(index);
        bytes += size;
        if (bytes >= config.batchSize().asLongValue() || articles.size() >= config.batchArticles()) {
            send();
        }
    }

    @Override
    public void refuse(int index, InvalidDocumentException reason) {
        received++;
        outcomes.add(BulkOutcome.failed(index, null, reason.getMessage()));
    }

    /** Sends the batch being filled, once a slot is free and no batch in flight holds one of its articles. */
    private void send() {
        if (articles.isEmpty()) {
            return;
        }
        BulkBatch batch = new BulkBatch(indices, articles);
        indices.clear();
        articles.clear();
        bytes = 0;
        Set<String> ids = batch.ids();
        sending.removeIf(earlier -> earlier.done().isDone());
        sending.stream().filter(earlier -> !Collections.disjoint(earlier.ids(), ids)).forEach(Sending::await);
        slots.acquireUninterruptibly();
        // The request's trace context goes along, so the bulk call is still a child of the upload's span.
        Runnable store = Context.current().wrap(() -> {
            try {
                BatchWriter.BatchResult result = writer.store(batch);
                outcomes.addAll(result.outcomes());
                if (!result.confirmed()) {
                    unconfirmed.addAll(batch.indices());
                }
            } finally {
                slots.release();
            }
        });
        sending.add(new Sending(ids, senders.submit(store)));
    }

    /** Sends what is left and waits for every batch's answer. */
    void finish() {
        send();
        senders.close();
    }

    /** Every item's outcome so far, in upload order. */
    List<BulkOutcome> outcomes() {
        List<BulkOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingInt(BulkOutcome::index));
        return sorted;
    }

    /** Positions of the items whose batch Elasticsearch did not confirm, in upload order. */
    List<Integer> unconfirmed() {
        return unconfirmed.stream().sorted().toList();
    }

    /** Whatever ends the upload, no batch is left running after it. */
    @Override
    public void close() {
        senders.close();
    }
}
