package org.citemeta;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.citemeta.extract.ExtractCli;
import org.citemeta.ingest.RorImportCommand;
import org.citemeta.store.embedded.EmbeddedDatabase;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Entry point. When the effective configuration has no {@code quarkus.datasource.jdbc.url}, starts a real
 * PostgreSQL server of its own (kept in {@code citemeta.embedded-db.data-dir}) and points the datasource at
 * it before Quarkus starts. Tests never come through here: they get their database from a test resource.
 */
@QuarkusMain
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);
    /** zonky logs every line of PostgreSQL's output at INFO before Quarkus' logging is configured; kept referenced. */
    private static final java.util.logging.Logger ZONKY_LOG = java.util.logging.Logger.getLogger("io.zonky");
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    /** Set once the embedded server runs in this JVM; dev mode calls main again on every live reload. */
    private static final String STARTED_MARKER = "org.citemeta.embedded-db.url";

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("extract")) {
            // java -jar quarkus-run.jar extract FILE...: the engine alone, no database, no HTTP.
            System.exit(ExtractCli.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        boolean rorImport = args.length > 0 && args[0].equals("ror-import");
        if (rorImport && !(args.length == 2 && !args[1].startsWith("--") || args.length == 3 && args[1].equals("--full"))) {
            System.err.println("usage: java -jar quarkus-run.jar ror-import [--full] FILE   (ROR zip, JSON array or JSON"
                    + " Lines, gzip allowed; --full: the dump is the whole registry, organisations absent from it are"
                    + " withdrawn)");
            System.exit(2);
        }
        if (rorImport) {
            // the database the service uses, no HTTP port taken, no seeds: import, link, exit
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("citemeta.seeds.enabled", "false");
        }
        try {
            startEmbeddedDatabaseIfUnconfigured();
        } catch (RuntimeException e) {
            // Straight to stderr: the log manager is not flushed when the process exits this early.
            System.err.println("ERROR citemeta: cannot start the embedded PostgreSQL: " + e.getMessage()
                    + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
            System.err.flush();
            System.exit(1);
        }
        if (rorImport) {
            Quarkus.run(RorImportCommand.class, java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Quarkus.run(args);
    }

    static void startEmbeddedDatabaseIfUnconfigured() {
        String running = System.getProperty(STARTED_MARKER);
        if (running != null) {
            // A live reload in dev mode: the server started by the first call still runs in this JVM.
            System.setProperty(URL_PROPERTY, running);
            return;
        }
        ZONKY_LOG.setLevel(java.util.logging.Level.WARNING);
        String profile = activeProfile();
        SmallRyeConfig config = effectiveConfig(profile);
        if (config.getOptionalValue(URL_PROPERTY, String.class).filter(s -> !s.isBlank()).isPresent()) {
            return;
        }
        String defaultDir = "dev".equals(profile) ? "data/postgres-dev" : "data/postgres";
        Path dir = Path.of(config.getOptionalValue("citemeta.embedded-db.data-dir", String.class).orElse(defaultDir))
                .toAbsolutePath();
        String database = config.getOptionalValue("citemeta.embedded-db.database", String.class).orElse("citemeta");
        LOG.infof("No %s configured: starting the embedded PostgreSQL with data in %s", URL_PROPERTY, dir);
        long t0 = System.nanoTime();
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, false, database);
        LOG.infof("Embedded PostgreSQL ready on port %d in %d ms", db.port(), (System.nanoTime() - t0) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
        System.setProperty(URL_PROPERTY, db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", db.username());
        System.setProperty("quarkus.datasource.password", db.password());
        System.setProperty(STARTED_MARKER, db.jdbcUrl());
    }

    /** The profile Quarkus will run with: explicit {@code quarkus.profile}, else dev mode or prod. */
    static String activeProfile() {
        String explicit = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        if (explicit != null && !explicit.isBlank()) {
            return explicit.split(",")[0].trim();
        }
        return isDevMode() ? "dev" : "prod";
    }

    private static boolean isDevMode() {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return true;
        }
        // At the first call in dev mode LaunchMode still says NORMAL; the dev-mode class loader tells.
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        String name = cl == null ? null : cl.getName();
        return name != null && name.contains("DEV");
    }

    /** Environment, system properties, application.properties and config/application.properties, for a profile. */
    private static SmallRyeConfig effectiveConfig(String profile) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return new SmallRyeConfigBuilder()
                .forClassLoader(cl)
                .addDefaultSources()
                .addDefaultInterceptors()
                .withProfile(profile)
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, cl))
                .withSources(PropertiesConfigSourceLoader.inFileSystem("config/application.properties", 260, cl))
                .build();
    }
}
