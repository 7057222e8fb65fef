package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.citemeta.api.DocumentResourceTest.count;
import static org.citemeta.api.DocumentResourceTest.uniqueText;
import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every error answer is problem+json with a useful detail, and a failed request stores nothing. */
@QuarkusTest
class DocumentErrorsTest {

    private long before;

    @BeforeEach
    void rememberCount() {
        before = count();
    }

    @AfterEach
    void nothingStored() {
        assertEquals(before, count(), "a failed request stores nothing");
    }

    private static void expectProblem(RequestSpecification request, String method, String path, int status, String detailPart) {
        request.when().request(method, path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("urn:citemeta:problem:"))
                .body("title", not(equalTo("")))
                .body("detail", containsString(detailPart))
                .body("instance", equalTo(path.contains("?") ? path.substring(0, path.indexOf('?')) : path))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    private static RequestSpecification text(byte[] body) {
        return invalidRequest().contentType("text/plain").body(body);
    }

    private static RequestSpecification json(String body) {
        return invalidRequest().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRejectEmptyBody() {
        expectProblem(text(new byte[0]), "POST", "/documents", 400, "empty");
    }

    @Test
    void shouldRejectWhitespaceOnlyBody() {
        expectProblem(text(" \n\t ".getBytes(StandardCharsets.UTF_8)), "POST", "/documents", 400, "empty or only white space");
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] body = {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'};
        expectProblem(text(body), "POST", "/documents", 400, "not valid UTF-8: invalid byte sequence at byte offset 2");
    }

    @Test
    void shouldRejectBinaryBodies() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        expectProblem(invalidRequest().contentType("text/plain; charset=ISO-8859-1").body(png), "POST", "/documents", 400,
                "looks binary");
        byte[] nul = "valid text\u0000with a NUL".getBytes(StandardCharsets.UTF_8);
        expectProblem(text(nul), "POST", "/documents", 400, "NUL character at offset 10");
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 0x01);
        System.arraycopy("text ".getBytes(StandardCharsets.US_ASCII), 0, controls, 0, 5);
        expectProblem(text(controls), "POST", "/documents", 400, "control characters");
    }

    @Test
    void shouldRejectUnsupportedMediaTypes() {
        expectProblem(invalidRequest().contentType("application/pdf").body(new byte[] {'%', 'P', 'D', 'F'}),
                "POST", "/documents", 415, "send text/plain, text/markdown or application/json");
        expectProblem(invalidRequest().contentType("text/html").body("<p>hi</p>"), "POST", "/documents", 415,
                "Unsupported Content-Type: send text/plain, text/markdown or application/json to /documents.");
    }

    @Test
    void shouldRejectUnknownCharset() {
        expectProblem(invalidRequest().contentType("text/plain; charset=klingon-8").body("hello".getBytes(StandardCharsets.US_ASCII)),
                "POST", "/documents", 415, "Unsupported charset 'klingon-8'");
        expectProblem(invalidRequest().contentType("application/json; charset=ISO-8859-1").body("{\"text\":\"x\"}".getBytes(StandardCharsets.US_ASCII)),
                "POST", "/documents", 415, "JSON bodies must be UTF-8");
    }

    @Test
    void shouldRejectBodiesOverTheLimit() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        expectProblem(text(big), "POST", "/documents", 413, "larger than the limit of 5242880 bytes");
    }

    @Test
    void shouldRejectMalformedJson() {
        expectProblem(json("{\"text\": \"x\","), "POST", "/documents", 400, "not valid JSON");
        expectProblem(json("{\"text\": \"x\"} trailing"), "POST", "/documents", 400, "not valid JSON");
        expectProblem(json("{\"text\": \"x\", \"text\": \"y\"}"), "POST", "/documents", 400, "Duplicate field 'text'");
        expectProblem(json("[\"text\"]"), "POST", "/documents", 400, "must be an object");
        expectProblem(json("\"just a string\""), "POST", "/documents", 400, "must be an object");
        expectProblem(json("{}"), "POST", "/documents", 400, "needs a string field 'text'");
        expectProblem(json("{\"text\": 42}"), "POST", "/documents", 400, "needs a string field 'text'");
        expectProblem(json("{\"text\": \"   \"}"), "POST", "/documents", 400, "empty or only white space");
        expectProblem(json("{\"txt\": \"typo\"}"), "POST", "/documents", 400, "Unknown field 'txt'");
        expectProblem(json("{\"text\": \"x\", \"title\": 7}"), "POST", "/documents", 400, "'title' must be a string");
        expectProblem(json("{\"text\": \"x\", \"metadata\": [1]}"), "POST", "/documents", 400, "'metadata' must be a JSON object");
        expectProblem(json("{\"text\": \"x\", \"mediaType\": \"text/html\"}"), "POST", "/documents", 400, "mediaType must be");
        expectProblem(json("{\"text\": \"x\", \"metadata\": {\"k\": \"a\\u0000b\"}}"), "POST", "/documents", 400, "NUL");
    }

    @Test
    void shouldRejectDeeplyNestedJson() {
        String deep = "{\"text\": \"x\", \"metadata\": {\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";
        expectProblem(json(deep), "POST", "/documents", 400, "not valid JSON");
    }

    @Test
    void shouldRejectInvalidUtf8InsideJson() {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'};
        expectProblem(invalidRequest().contentType("application/json").body(body), "POST", "/documents", 400, "not valid UTF-8");
    }

    @Test
    void shouldRejectOverlongTitleAndSource() {
        expectProblem(invalidRequest().contentType("text/plain").queryParam("title", "t".repeat(1001)).body(uniqueText()),
                "POST", "/documents", 400, "title is longer than 1000 characters");
        expectProblem(invalidRequest().contentType("text/plain").queryParam("source", "s".repeat(2001)).body(uniqueText()),
                "POST", "/documents", 400, "source is longer than 2000 characters");
    }

    @Test
    void shouldRejectUnknownQueryParameterOnPost() {
        expectProblem(invalidRequest().contentType("text/plain").queryParam("titel", "typo").body(uniqueText()),
                "POST", "/documents", 400, "Unknown query parameter titel");
    }

    @Test
    void shouldRejectMalformedPagingParameters() {
        expectProblem(invalidRequest(), "GET", "/documents?page=abc", 400, "page must be an integer");
        expectProblem(invalidRequest(), "GET", "/documents?page=0", 400, "page must be from 1");
        expectProblem(invalidRequest(), "GET", "/documents?page=-3", 400, "page must be from 1");
        expectProblem(invalidRequest(), "GET", "/documents?per_page=0", 400, "per_page must be from 1 to 200");
        expectProblem(invalidRequest(), "GET", "/documents?per_page=201", 400, "per_page must be from 1 to 200");
        expectProblem(invalidRequest(), "GET", "/documents?per_page=99999999999999999999", 400, "per_page must be an integer");
        expectProblem(invalidRequest(), "GET", "/documents?page=2&cursor=*", 400, "either page or cursor");
        expectProblem(invalidRequest(), "GET", "/documents?cursor=not-a-cursor", 400, "Malformed cursor");
        expectProblem(invalidRequest(), "GET", "/documents?sort=title", 400, "Unknown sort 'title'");
        expectProblem(invalidRequest(), "GET", "/documents?sort=id;DROP%20TABLE%20document", 400, "Unknown sort");
        expectProblem(invalidRequest(), "GET", "/documents?workId=x", 400, "workId must be an integer");
        expectProblem(invalidRequest(), "GET", "/documents?filter=type:x", 400, "Unknown query parameter filter");
        expectProblem(invalidRequest(), "GET", "/documents?page=1&page=2", 400, "more than once");
    }

    @Test
    void shouldRejectACursorMadeForAnotherSort() {
        String cursor = api().queryParam("cursor", "*").queryParam("per_page", 1).when().get("/documents")
                .then().statusCode(200).extract().jsonPath().getString("meta.next_cursor");
        expectProblem(invalidRequest().queryParam("cursor", cursor).queryParam("sort", "created_at:desc"), "GET", "/documents",
                400, "made for sort=ID_ASC");
    }

    @Test
    void shouldRejectMalformedIdsAndOptions() {
        expectProblem(invalidRequest(), "GET", "/documents/abc", 400, "Document id must be an integer");
        expectProblem(invalidRequest(), "GET", "/documents/0", 400, "Document id must be from 1");
        expectProblem(invalidRequest(), "DELETE", "/documents/abc", 400, "Document id must be an integer");
        expectProblem(invalidRequest(), "GET", "/documents/1?include=everything", 400, "include takes the value 'text'");
        expectProblem(invalidRequest(), "DELETE", "/documents/987654321", 404, "No document with id 987654321");
    }

    @Test
    void shouldAnswerProblemsForUnknownPathsMethodsAndMediaTypes() {
        expectProblem(invalidRequest(), "GET", "/nothing-here", 404, "No resource at /nothing-here");
        expectProblem(invalidRequest(), "PUT", "/documents", 405, "not allowed");
        expectProblem(invalidRequest().accept("application/xml"), "GET", "/documents", 406, "application/json");
        // the same checks without any OpenAPI filter, as a plain client sees them
        given().when().patch("/documents/1").then().statusCode(405).contentType("application/problem+json");
    }
}
