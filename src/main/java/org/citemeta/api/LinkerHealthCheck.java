package org.citemeta.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.citemeta.ingest.KnowledgeBaseService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says where the ROR linker stands. The service is ready while the linker is built at start-up (documents,
 * entities and citations are served; ingestion waits for the linker), so the check stays UP and says
 * {@code state: building}; {@code /entities/match} answers 503 with Retry-After until {@code state: ready}.
 */
@Readiness
@ApplicationScoped
public class LinkerHealthCheck implements HealthCheck {

    static final String NAME = "ROR linker";

    private final KnowledgeBaseService knowledgeBase;

    public LinkerHealthCheck(KnowledgeBaseService knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(NAME).up();
        knowledgeBase.readyLinker().ifPresentOrElse(l -> b.withData("state", "ready")
                        .withData("organizations", l.size())
                        .withData("buildSeconds", String.format(java.util.Locale.ROOT, "%.1f", knowledgeBase.lastBuildSeconds())),
                () -> b.withData("state", "building")
                        .withData("buildingSeconds", String.format(java.util.Locale.ROOT, "%.1f", knowledgeBase.buildingSeconds())));
        return b.build();
    }
}
