package org.citemeta.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server owned by one test: a fixed data directory and port, so that the test can stop it
 * and start it again (same port, same data) while a service process uses it. Closing stops it and deletes the
 * directory. Never the machine's server.
 */
public final class OwnPostgres implements AutoCloseable {

    public static final String DATABASE = "citemeta";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres running;

    public OwnPostgres() {
        try {
            this.dataDir = Files.createTempDirectory("citemeta-it-ownpg");
            this.port = freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (initialising the directory on first use) and creates the database if missing. */
    public synchronized OwnPostgres start() {
        if (running != null) {
            return this;
        }
        try {
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test's PostgreSQL on port " + port, e);
        }
        try (Connection c = running.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running = null;
        }
        // zonky runs "pg_ctl stop -m fast -t 5 -w" and carries on when that times out (a loaded machine): the
        // server is only down when it has removed its pid file
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path pid = dataDir.resolve("postmaster.pid");
        while (Files.exists(pid)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the test's PostgreSQL did not stop within 60 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** A direct connection to the database, for checks below the API. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** One number from a query. */
    public long count(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            try (var tree = Files.walk(dataDir)) {
                for (Path f : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                System.err.println("[tests] could not delete " + dataDir + ": " + e.getMessage());
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
