package org.citemeta;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.citemeta.support.Contract.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application as a user runs it: no database configured, so it starts its own PostgreSQL, keeps the
 * data across restarts (clean and SIGKILL), ingests the seeds once, and refuses to share its data directory.
 */
class EmbeddedDefaultIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private final List<Process> started = new ArrayList<>();
    private Path lastLog;

    private Path dataDir;

    @AfterEach
    void stopAllAndCleanUp() throws Exception {
        for (Process p : started) {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir.getParent(), 1)) {
                for (Path log : files.filter(f -> f.getFileName().toString().startsWith(dataDir.getFileName() + "-")).toList()) {
                    Files.delete(log);
                }
            }
            try (var tree = Files.walk(dataDir)) {
                for (Path f : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    void shouldKeepExactlyTheTwoSeedsInOneWorkAcrossRestarts() throws Exception {
        assertTrue(Files.exists(JAR), "package the application first (mvn verify does)");
        dataDir = Files.createTempDirectory("citemeta-it-pg");
        int port = freePort();

        Process first = start(dataDir, port);
        assertSeedsInOneWork(port);
        first.destroy(); // SIGTERM: a clean stop
        assertTrue(first.waitFor(60, TimeUnit.SECONDS), "stops on SIGTERM");

        Process second = start(dataDir, port);
        assertSeedsInOneWork(port);

        // a second instance on the same data directory fails fast instead of taking the database over
        Process intruder = launch(dataDir, freePort());
        assertTrue(intruder.waitFor(60, TimeUnit.SECONDS), "the second instance exits");
        assertEquals(1, intruder.exitValue());
        String log = Files.readString(lastLog);
        assertTrue(log.contains("in use by another running instance"), log);
        assertSeedsInOneWork(port);

        second.destroyForcibly(); // SIGKILL: its PostgreSQL is left running
        second.waitFor(30, TimeUnit.SECONDS);
        start(dataDir, port);
        assertSeedsInOneWork(port);
    }

    private void assertSeedsInOneWork(int port) {
        JsonPath list = api().baseUri("http://127.0.0.1").port(port)
                .when().get("/documents?per_page=200")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, list.getInt("meta.count"), "exactly the two seeds");
        List<Map<String, Object>> docs = list.getList("results");
        assertEquals(docs.get(0).get("workId"), docs.get(1).get("workId"), "grouped in one work");
    }

    private Process start(Path dataDir, int port) throws Exception {
        Process p = launch(dataDir, port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the service exited with " + p.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within 90 s");
    }

    private Process launch(Path dataDir, int port) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dcitemeta.embedded-db.data-dir=" + dataDir,
                "-jar", JAR.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        pb.directory(Path.of("").toAbsolutePath().toFile()); // the project folder, where seeds/ is
        pb.redirectErrorStream(true);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + started.size() + ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        started.add(p);
        lastLog = log;
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
