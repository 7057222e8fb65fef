package org.citemeta.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.citemeta.config.CitemetaConfig;
import org.citemeta.error.ServiceException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Ingests every file of the seed folder at start-up; idempotent, so restarts add nothing. */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final IngestService ingest;
    private final CitemetaConfig config;

    public SeedLoader(IngestService ingest, CitemetaConfig config) {
        this.ingest = ingest;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        int again = ingest.reextractStale();
        if (again > 0) {
            LOG.infof("Extracted %d stored documents again with extraction version %d", again, IngestService.EXTRACTION_VERSION);
        }
        if (!config.seeds().enabled()) {
            return;
        }
        Path dir = Path.of(config.seeds().dir());
        if (!Files.isDirectory(dir)) {
            LOG.infof("No seed folder at %s: nothing to ingest at start-up", dir.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            LOG.errorf("Cannot list the seed folder %s: %s", dir, e.getMessage());
            return;
        }
        int created = 0;
        int known = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String text = TextDecoder.decode(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String mediaType = name.endsWith(".md") || name.endsWith(".markdown")
                        ? DocumentInput.MARKDOWN : DocumentInput.PLAIN;
                IngestResult r = ingest.ingest(new DocumentInput(text, null, "seeds/" + name, mediaType, null));
                if (r.created()) {
                    created++;
                } else {
                    known++;
                }
            } catch (ServiceException | IOException e) {
                LOG.warnf("Seed %s not ingested: %s", name, e.getMessage());
            }
        }
        LOG.infof("Seeds from %s: %d ingested, %d already stored", dir, created, known);
    }
}
