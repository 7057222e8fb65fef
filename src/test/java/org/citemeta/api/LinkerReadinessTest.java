package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.citemeta.ingest.KnowledgeBaseService;
import org.citemeta.kb.OrgLinker;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.citemeta.support.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linker is built in the background at start-up: meanwhile the service is ready, {@code /entities/match} answers
 * 503 with Retry-After and readiness says {@code state: building}; then both say ready.
 */
@QuarkusTest
class LinkerReadinessTest {

    @Inject
    KnowledgeBaseService knowledgeBase;

    @Test
    void shouldAnswer503WithRetryAfterWhileTheLinkerIsBuiltAndStayReady() throws Exception {
        KnowledgeBaseResourceTest.importDump(KnowledgeBaseResourceTest.fixture(), "application/x-ndjson");
        CompletableFuture<OrgLinker> build;
        // the build needs the service's lock (of the bean, not of its client proxy): holding it keeps the linker
        // "being built" for as long as the test looks
        synchronized (io.quarkus.arc.ClientProxy.unwrap(knowledgeBase)) {
            build = knowledgeBase.buildLinkerInBackground();
            api().queryParam("affiliation", "Chinese Academy of Sciences").when().get("/entities/match").then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("type", equalTo("urn:citemeta:problem:unavailable"))
                    .body("detail", containsString("The ROR linker is being built"));
            api().when().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'ROR linker' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'ROR linker' }.data.state", equalTo("building"));
            // everything else is served meanwhile
            api().when().get("/entities?per_page=1").then().statusCode(200);
            api().when().get("/organizations/034t30j35").then().statusCode(200)
                    .body("organization.name", equalTo("Chinese Academy of Sciences"));
            assertTrue(!build.isDone(), "the build waits for the lock");
        }
        assertTrue(build.get(120, TimeUnit.SECONDS).size() >= 10);
        api().queryParam("affiliation", "Chinese Academy of Sciences").when().get("/entities/match").then()
                .statusCode(200).body("results[0].chosen", equalTo(true))
                .body("results[0].organization.ror", equalTo("034t30j35"));
        api().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'ROR linker' }.data.state", equalTo("ready"))
                .body("checks.find { it.name == 'ROR linker' }.data.organizations", greaterThanOrEqualTo(10));
    }
}
