package org.citemeta.store.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server run by this process (zonky's embedded binaries), used when no database URL is
 * configured. The data directory is kept across restarts; a server left running by a killed process on the
 * same directory is stopped first, but only while this process holds the directory's lock, so a second
 * instance on the same directory fails fast instead of stopping the first one's database.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Name of zonky's lock file inside the data directory. */
    private static final String LOCK_FILE = "epg-lock";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    /**
     * Starts (initialising on first use) a server on {@code dataDirectory} listening on a free port of the
     * loopback interface and makes sure {@code database} exists.
     *
     * @param dataDirectory where the cluster lives; created when missing
     * @param clean         delete the directory when the server is closed (throwaway servers for tests)
     * @param database      database to create on first use and connect to
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean, String database) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    // zonky's defaults trade durability for speed: a service keeps what it acknowledged.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg, database);
            db.createDatabaseIfMissing();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        // initdb runs with trust authentication on the loopback interface; the driver needs a value anyway.
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("Could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\" ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " in the embedded PostgreSQL", e);
        }
    }

    /**
     * A process killed with SIGKILL leaves its postmaster running, which would make the next start fail.
     * Holding the directory lock proves no live instance of this service owns it, so such a postmaster is stale.
     */
    private static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(dataDirectory.resolve(LOCK_FILE).toFile(), "rw");
             FileChannel channel = raf.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The embedded database directory " + dataDirectory
                        + " is in use by another running instance; configure another citemeta.embedded-db.data-dir");
            }
            try {
                Optional<Long> pid = readPid(pidFile);
                if (pid.isPresent()) {
                    Optional<ProcessHandle> handle = ProcessHandle.of(pid.get());
                    if (handle.isPresent() && handle.get().isAlive() && isPostgres(handle.get())) {
                        LOG.warning("Stopping a PostgreSQL server (pid " + pid.get()
                                + ") left running by a previous instance on " + dataDirectory);
                        stop(handle.get());
                    }
                }
                if (Files.exists(pidFile) && ProcessHandle.of(readPid(pidFile).orElse(-1L)).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException("A PostgreSQL server still runs on " + dataDirectory);
                }
                Files.deleteIfExists(pidFile);
            } finally {
                lock.release();
            }
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void stop(ProcessHandle postmaster) {
        // SIGTERM is PostgreSQL's "smart" shutdown; a stale server has no live clients, so it stops promptly.
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
            try {
                postmaster.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the caller when the pid file still names a live process
            }
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
