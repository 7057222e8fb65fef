package org.citemeta.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.citemeta.support.Contract;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.citemeta.support.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportHealthWithTheDatabaseCheck() {
        for (String path : new String[] {"/q/health", "/q/health/ready"}) {
            api().when().get(path).then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem("Database connections health check"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        }
        api().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetricsIncludingHttpRequests() {
        api().when().get("/documents?per_page=1").then().statusCode(200);
        api().when().get("/q/metrics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.anyOf(containsString("text/plain"), containsString("openmetrics")))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/documents\""));
    }

    @Test
    void shouldServeTheContractAsWritten() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode written = yaml.readTree(Files.readString(Contract.SPEC));
        String served = api().when().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = yaml.readTree(served);
        assertEquals(written, servedTree, "the served OpenAPI document is the top-level openapi.yaml");
        api().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("citemeta"))
                .body("paths", org.hamcrest.Matchers.hasKey("/documents"));
    }

    @Test
    void shouldServeSwaggerUi() {
        io.restassured.RestAssured.given().when().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("swagger"));
    }
}
