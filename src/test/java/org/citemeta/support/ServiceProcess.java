package org.citemeta.support;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a child process against a given
 * database, the way an operator runs it. Its output goes to a log file in a temporary folder; {@link #close()}
 * stops it (SIGTERM, then SIGKILL) and deletes the folder.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    /** The write key given to the child: the one {@link Contract#api()} (and so {@link #api()}) sends. */
    public static final String WRITE_KEY = Contract.WRITE_KEY;

    private final String jdbcUrl;
    private final List<String> properties;
    private final int port;
    private final Path logDir;
    private final List<Path> logs = new ArrayList<>();
    private Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param jdbcUrl    the database ({@code QUARKUS_DATASOURCE_JDBC_URL}), user and password {@code postgres}
     * @param properties extra {@code -Dkey=value} system properties
     */
    public ServiceProcess(String jdbcUrl, String... properties) {
        this.jdbcUrl = jdbcUrl;
        this.properties = List.of(properties);
        try {
            this.port = OwnPostgres.freePort();
            this.logDir = Files.createTempDirectory("citemeta-it-svc");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Launches the jar (without waiting). */
    public synchronized ServiceProcess launch() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("package the application first (mvn verify does): " + JAR);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Dquarkus.http.port=" + port);
        for (String p : properties) {
            cmd.add("-D" + p);
        }
        cmd.add("-jar");
        cmd.add(JAR.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("CITEMETA_"));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        pb.environment().put("CITEMETA_AUTH_WRITE_KEYS", WRITE_KEY);
        pb.directory(Path.of("").toAbsolutePath().toFile()); // the project folder, where seeds/ is
        pb.redirectErrorStream(true);
        Path log = logDir.resolve("service-" + logs.size() + ".log");
        logs.add(log);
        pb.redirectOutput(log.toFile());
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public ServiceProcess awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + log());
            }
            if (healthStatus("/q/health/ready", Duration.ofSeconds(2)) == 200) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within " + limit.toSeconds() + " s:\n" + log());
    }

    /** A GET outside the contract (health), bounded; throws when nothing answers in time. */
    public HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a health endpoint, or -1 when nothing answers in time. Not counted in the ledger. */
    public int healthStatus(String path, Duration timeout) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL, as the kernel's OOM killer or a power cut would stop it: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed process did not exit");
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * Content-Type sent as written (as {@link Contract} does), and bounded: a service that stops answering fails
     * the test instead of hanging it.
     */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 60_000));

    /** A contract-checked, counted REST Assured request to this process. */
    public RequestSpecification api() {
        return Reliability.api().config(BOUNDED).baseUri("http://127.0.0.1").port(port);
    }

    /** A contract-checked, counted write: {@link #api()} already carries the write key. */
    public RequestSpecification write() {
        return api();
    }

    /** The output of the latest launch. */
    public String log() {
        try {
            return logs.isEmpty() ? "" : Files.readString(logs.get(logs.size() - 1));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The output of every launch, in order. */
    public String allLogs() {
        StringBuilder out = new StringBuilder();
        for (Path p : logs) {
            try {
                out.append(Files.readString(p));
            } catch (IOException e) {
                out.append("(no log: ").append(e.getMessage()).append(")\n");
            }
        }
        return out.toString();
    }

    @Override
    public synchronized void close() throws InterruptedException {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            Path kept = Path.of("target", "it-logs").toAbsolutePath();
            for (Path p : logs) {
                try {
                    // kept beside the reports for a look after a failure; the temporary folder goes
                    Files.createDirectories(kept);
                    Files.copy(p, kept.resolve(logDir.getFileName() + "-" + p.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            }
            try {
                Files.deleteIfExists(logDir);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
