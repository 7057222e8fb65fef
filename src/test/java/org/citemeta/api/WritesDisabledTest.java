package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.citemeta.support.Contract;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.citemeta.support.Contract.documentCount;
import static org.citemeta.support.Contract.anonymous;
import static org.citemeta.support.Contract.unauthorised;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no write key configured (production without CITEMETA_AUTH_WRITE_KEYS) every write is refused; reads work. */
@QuarkusTest
@TestProfile(WritesDisabledTest.Profile.class)
class WritesDisabledTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citemeta.auth.write-keys", "");
        }
    }

    @Test
    void shouldRefuseEveryWriteWith403AndSayHowToEnableWrites() {
        long before = documentCount(anonymous());
        for (String key : new String[] {Contract.WRITE_KEY, Contract.READ_KEY}) {
            unauthorised().header("X-API-Key", key).contentType("text/plain").body("A note about CERN.").when()
                    .post("/documents").then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("CITEMETA_AUTH_WRITE_KEYS"));
            unauthorised().header("X-API-Key", key).when().delete("/documents/1").then().statusCode(403);
        }
        unauthorised().contentType("text/plain").body("A note about CERN.").when().post("/documents").then().statusCode(403);
        assertEquals(before, documentCount(anonymous()), "nothing written");
        assertTrue(before >= 2, "reads still work: the seeds are listed");
    }

}
