package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.citemeta.support.Contract;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.citemeta.support.Contract.unauthorised;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With {@code citemeta.auth.reads-require-key=true} reads need a read or write key; health stays open for probes. */
@QuarkusTest
@TestProfile(ReadsRequireKeyTest.Profile.class)
class ReadsRequireKeyTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citemeta.auth.reads-require-key", "true");
        }
    }

    @Test
    void shouldRefuseAnonymousReadsWith401() {
        for (String path : new String[] {"/documents", "/entities", "/citations", "/documents/1"}) {
            unauthorised().when().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("Reads need an API key"));
        }
        unauthorised().contentType("text/plain").body("Phys. Rev. Lett. 94, 102301 (2005)").when().post("/citations/parse")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldServeReadsToReadAndWriteKeys() {
        long withReadKey = unauthorised().header("X-API-Key", Contract.READ_KEY).when().get("/documents").then()
                .statusCode(200).extract().jsonPath().getLong("meta.count");
        long withWriteKey = Contract.api().when().get("/documents").then().statusCode(200).extract().jsonPath()
                .getLong("meta.count");
        assertEquals(withWriteKey, withReadKey, "both keys read the same list");
        assertTrue(withReadKey >= 2, "the seeds are listed");
        unauthorised().header("Authorization", "Bearer " + Contract.READ_KEY).when().get("/entities?type=FACILITY")
                .then().statusCode(200);
        Contract.api().when().get("/citations").then().statusCode(200);
        unauthorised().header("X-API-Key", Contract.READ_KEY).contentType("text/plain").body("x").when().post("/documents")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldKeepHealthOpenForProbes() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
