package org.citemeta.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.citemeta.config.CitemetaConfig;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.Extraction;
import org.jboss.logging.Logger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the extraction engine so that one document cannot stall the service: on a bounded pool of its own (a full
 * queue answers 503), with a time limit (422 past it, nothing stored), and with a cap on the items kept per
 * document. {@code POST /citations/parse} runs its parsing on the same pool under the same limit.
 */
@ApplicationScoped
public class BoundedExtraction {

    private static final Logger LOG = Logger.getLogger(BoundedExtraction.class);

    /** An extraction and whether the caps cut it. */
    public record Result(Extraction extraction, int mentionsFound, int referencesFound, boolean truncated) {
    }

    private final EntityExtractor extractor;
    private final CitemetaConfig.ExtractionLimits limits;
    private final ThreadPoolExecutor pool;

    public BoundedExtraction(EntityExtractor extractor, CitemetaConfig config) {
        this.extractor = extractor;
        this.limits = config.extraction();
        int threads = limits.threads() > 0 ? limits.threads() : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.queueSize())), r -> {
                    Thread t = new Thread(r, "citemeta-extract-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public Result extract(String text) {
        Extraction full = bounded(() -> extractor.extract(text), "Extraction of a " + text.length() + "-character document",
                "Too many documents are being extracted right now; try again shortly.",
                "The document could not be extracted within " + limits.timeout().toSeconds()
                        + " s (citemeta.extraction.timeout); nothing was stored.");
        Extraction kept = full.capped(limits.maxMentions(), limits.maxReferences());
        return new Result(kept, full.mentions().size(), full.references().size(), kept != full);
    }

    /** The time limit of one extraction or one parse request, in seconds. */
    public long timeoutSeconds() {
        return limits.timeout().toSeconds();
    }

    /**
     * Runs {@code task} (reference parsing for {@code POST /citations/parse}) on the same pool and under the same time
     * limit as an extraction: a full queue answers 503, a task past the limit 422 with {@code timeoutDetail}; the task
     * is interrupted, and the engine gives its thread back at its next loop boundary
     * ({@link org.citemeta.extract.Cancellation}).
     */
    public <T> T bounded(Callable<T> task, String what, String busyDetail, String timeoutDetail) {
        Future<T> running;
        try {
            running = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ServiceException(ErrorKind.UNAVAILABLE, busyDetail);
        }
        try {
            return running.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            LOG.warnf("%s exceeded %s and was abandoned", what, limits.timeout());
            throw new ServiceException(ErrorKind.UNPROCESSABLE, timeoutDetail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            throw new ServiceException(ErrorKind.UNAVAILABLE, "The service is shutting down; try again.");
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
