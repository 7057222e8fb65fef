package org.citemeta.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.citemeta.store.embedded.EmbeddedDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Gives every test a real PostgreSQL: the one named by {@code QUARKUS_DATASOURCE_JDBC_URL} (or the system
 * property) when set, otherwise a throwaway embedded server started for the test run.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        String external = System.getProperty("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        if (external != null && !external.isBlank()) {
            System.out.println("[tests] using the external PostgreSQL at " + external);
            return Map.of();
        }
        try {
            db = EmbeddedDatabase.start(Files.createTempDirectory("citemeta-test-pg"), true, "citemeta_test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.println("[tests] using an embedded PostgreSQL at " + db.jdbcUrl());
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
