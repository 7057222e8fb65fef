package org.citemeta.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/**
 * Every HTTP test goes through here: requests and responses are validated against the top-level openapi.yaml,
 * so code and contract cannot drift.
 */
public final class Contract {

    public static final Path SPEC = Path.of("openapi.yaml").toAbsolutePath();

    /** Validates request and response. */
    private static final OpenApiValidationFilter FULL = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build());

    /**
     * For tests that send a deliberately invalid request (bad body, bad parameter): the request is not checked
     * against the contract, the answer still is.
     */
    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /**
     * Send Content-Type exactly as a test writes it: REST Assured would otherwise add charset=ISO-8859-1 to text
     * types, and the service would (rightly) decode the body as Latin-1.
     */
    private static final RestAssuredConfig AS_WRITTEN = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** The keys of the test profile ({@code %test.citemeta.auth.*} in application.properties). */
    public static final String WRITE_KEY = "test-write-key-0001";
    public static final String SECOND_WRITE_KEY = "test-write-key-0002";
    public static final String READ_KEY = "test-read-key-0001";

    private Contract() {
    }

    /**
     * A request of a client holding a write key (as scripts that ingest do), whose request and response must both
     * match the contract.
     */
    public static RequestSpecification api() {
        return given().config(AS_WRITTEN).filter(FULL).header("X-API-Key", WRITE_KEY);
    }

    /** A deliberately invalid request of a client holding a write key; the response must still match the contract. */
    public static RequestSpecification invalidRequest() {
        return given().config(AS_WRITTEN).filter(RESPONSE_ONLY).header("X-API-Key", WRITE_KEY);
    }

    /** How many documents are stored, read through {@code request} (which carries the caller's key and ledger). */
    public static long documentCount(RequestSpecification request) {
        return request.when().get("/documents?per_page=1").then().statusCode(200).extract().jsonPath().getLong("meta.count");
    }

    /** A request without any key; request and response must match the contract. */
    public static RequestSpecification anonymous() {
        return given().config(AS_WRITTEN).filter(FULL);
    }

    /**
     * A request without a key, or with the key set by the test, that the contract does not allow (a write without
     * credentials); the response must still match the contract.
     */
    public static RequestSpecification unauthorised() {
        return given().config(AS_WRITTEN).filter(RESPONSE_ONLY);
    }
}
