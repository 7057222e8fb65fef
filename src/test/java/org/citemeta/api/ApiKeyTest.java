package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.citemeta.support.Contract;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.citemeta.support.Contract.documentCount;
import static org.citemeta.support.Contract.anonymous;
import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.unauthorised;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes need a write key; reads are public (the default); every refusal is problem+json and changes nothing. */
@QuarkusTest
class ApiKeyTest {


    static byte[] note() {
        return ("Access note " + UUID.randomUUID() + ": physicists at CERN met colleagues from SESAME.")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldServeReadsWithoutAKey() {
        anonymous().when().get("/documents").then().statusCode(200);
        anonymous().when().get("/entities?type=FACILITY").then().statusCode(200);
        anonymous().when().get("/citations").then().statusCode(200);
        anonymous().contentType("text/plain; charset=UTF-8").body("Phys. Rev. Lett. 94, 102301 (2005)")
                .when().post("/citations/parse").then().statusCode(200).body("results[0].volume", equalTo("94"));
    }

    @Test
    void shouldRefuseAWriteWithoutAKeyWith401AndStoreNothing() {
        long before = documentCount(anonymous());
        unauthorised().contentType("text/plain; charset=UTF-8").body(note()).when().post("/documents").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("urn:citemeta:problem:unauthorized"))
                .body("detail", containsString("need an API key"))
                .body("instance", equalTo("/documents"));
        assertEquals(before, documentCount(anonymous()));
    }

    @Test
    void shouldRefuseUnknownKeysAndOtherSchemesWith401WithoutEchoingTheKey() {
        long before = documentCount(anonymous());
        String wrong = "not-a-key-" + UUID.randomUUID();
        for (Response r : new Response[] {
                unauthorised().header("X-API-Key", wrong).contentType("text/plain").body(note()).when().post("/documents"),
                unauthorised().header("Authorization", "Bearer " + wrong).contentType("text/plain").body(note()).when().post("/documents"),
                unauthorised().header("Authorization", "Basic dXNlcjpwYXNz").contentType("text/plain").body(note()).when().post("/documents"),
                unauthorised().header("Authorization", "Bearer ").contentType("text/plain").body(note()).when().post("/documents")}) {
            r.then().statusCode(401).contentType("application/problem+json").body("detail", not(containsString(wrong)));
        }
        assertEquals(before, documentCount(anonymous()));
    }

    @Test
    void shouldRefuseAReadKeyOnAWriteWith403() {
        long before = documentCount(anonymous());
        unauthorised().header("X-API-Key", Contract.READ_KEY).contentType("text/plain").body(note()).when().post("/documents")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:citemeta:problem:forbidden"))
                .body("detail", equalTo("This API key may read but not write."));
        assertEquals(before, documentCount(anonymous()));
    }

    @Test
    void shouldAcceptEitherHeaderAndEveryConfiguredWriteKey() {
        long id = unauthorised().header("Authorization", "Bearer " + Contract.SECOND_WRITE_KEY)
                .contentType("text/plain; charset=UTF-8").body(note()).when().post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // DELETE without a key changes nothing
        unauthorised().when().delete("/documents/" + id).then().statusCode(401).contentType("application/problem+json");
        anonymous().when().get("/documents/" + id).then().statusCode(200);
        unauthorised().header("X-API-Key", Contract.READ_KEY).when().delete("/documents/" + id).then().statusCode(403);
        anonymous().when().get("/documents/" + id).then().statusCode(200);
        api().when().delete("/documents/" + id).then().statusCode(204);
        anonymous().when().get("/documents/" + id).then().statusCode(404);
    }

    @Test
    void shouldStillAnswer404And405BeforeAskingForAKey() {
        unauthorised().contentType("text/plain").body("x").when().post("/no-such-path").then().statusCode(404)
                .contentType("application/problem+json");
        unauthorised().contentType("text/plain").body("x").when().put("/documents/1").then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnImportWithoutAWriteKey() {
        byte[] dump = "{\"id\": \"https://ror.org/00000none\"}\n".getBytes(StandardCharsets.UTF_8);
        unauthorised().contentType("application/x-ndjson").body(dump).when().post("/admin/ror-import").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        unauthorised().header("X-API-Key", Contract.READ_KEY).contentType("application/x-ndjson").body(dump).when()
                .post("/admin/ror-import").then().statusCode(403).contentType("application/problem+json");
        unauthorised().header("Authorization", "Bearer wrong-key-0000").contentType("application/x-ndjson").body(dump)
                .when().post("//admin/ror-import").then().statusCode(401);
    }

    @Test
    void shouldTreatAdminPathsAndWriteMethodsAsWrites() {
        assertTrue(ApiKeyFilter.isWrite("GET", "/admin/ror-import"));
        assertTrue(ApiKeyFilter.isWrite("GET", "//admin//status/"));
        assertTrue(ApiKeyFilter.isWrite("GET", "/admin"));
        assertTrue(ApiKeyFilter.isWrite("POST", "/documents"));
        assertTrue(ApiKeyFilter.isWrite("delete", "/documents/3"));
        assertTrue(ApiKeyFilter.isWrite("PATCH", "/documents/3"));
        assertFalse(ApiKeyFilter.isWrite("POST", "/citations/parse"));
        assertFalse(ApiKeyFilter.isWrite("POST", "/citations/parse/"));
        assertFalse(ApiKeyFilter.isWrite("GET", "/documents"));
        assertFalse(ApiKeyFilter.isWrite("GET", "/administrators"));
        assertFalse(ApiKeyFilter.isWrite("HEAD", "/entities"));
    }
}
