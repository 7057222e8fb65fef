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
 * document.
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
        Future<Extraction> running;
        try {
            running = pool.submit(() -> extractor.extract(text));
        } catch (RejectedExecutionException e) {
            throw new ServiceException(ErrorKind.UNAVAILABLE, "Too many documents are being extracted right now; try again shortly.");
        }
        Extraction full;
        try {
            full = running.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            LOG.warnf("Extraction of a %d-character document exceeded %s and was abandoned", text.length(), limits.timeout());
            throw new ServiceException(ErrorKind.UNPROCESSABLE, "The document could not be extracted within "
                    + limits.timeout().toSeconds() + " s (citemeta.extraction.timeout); nothing was stored.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            throw new ServiceException(ErrorKind.UNAVAILABLE, "The service is shutting down; try again.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        }
        Extraction kept = full.capped(limits.maxMentions(), limits.maxReferences());
        return new Result(kept, full.mentions().size(), full.references().size(), kept != full);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
