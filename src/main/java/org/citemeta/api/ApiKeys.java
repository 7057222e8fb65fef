package org.citemeta.api;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.citemeta.config.CitemetaConfig;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The configured API keys, kept only as SHA-256 digests and compared in constant time (every digest is compared,
 * whatever matched before). Keys are never logged. At start-up it says how to set a key when writes are disabled,
 * and refuses to start outside dev mode with the documented development key or with a key shorter than
 * {@link #MIN_LENGTH} characters.
 */
@Startup
@ApplicationScoped
public class ApiKeys {

    /** The key of the dev profile ({@code %dev.citemeta.auth.write-keys}), documented in the README. */
    public static final String DEVELOPMENT_KEY = "citemeta-dev-key";
    static final int MIN_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    enum Access { NONE, READ, WRITE }

    private final List<byte[]> writeDigests;
    private final List<byte[]> readDigests;
    private final boolean readsRequireKey;

    public ApiKeys(CitemetaConfig config) {
        CitemetaConfig.Auth auth = config.auth();
        List<String> write = clean(auth.writeKeys().orElse(List.of()));
        List<String> read = clean(auth.readKeys().orElse(List.of()));
        boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        for (String key : concat(write, read)) {
            if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException("An API key in citemeta.auth is shorter than " + MIN_LENGTH
                        + " characters; use a long random key (for example: openssl rand -hex 32).");
            }
            if (!dev && key.equals(DEVELOPMENT_KEY)) {
                throw new IllegalStateException("The development API key may only be used in dev mode; configure a "
                        + "key of your own with CITEMETA_AUTH_WRITE_KEYS.");
            }
        }
        this.writeDigests = write.stream().map(ApiKeys::digest).toList();
        this.readDigests = read.stream().map(ApiKeys::digest).toList();
        this.readsRequireKey = auth.readsRequireKey();
        if (write.isEmpty()) {
            LOG.warn("Writes are disabled: no API key is configured. Set one to enable POST/DELETE, for example "
                    + "CITEMETA_AUTH_WRITE_KEYS=$(openssl rand -hex 32) java -jar target/quarkus-app/quarkus-run.jar, "
                    + "then send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");
        } else if (dev && write.contains(DEVELOPMENT_KEY)) {
            LOG.infof("Dev mode: writes accept the development key '%s' (never accepted outside dev mode).", DEVELOPMENT_KEY);
        } else {
            LOG.infof("API keys: %d write, %d read; reads %s a key.", write.size(), read.size(),
                    readsRequireKey ? "require" : "do not require");
        }
    }

    boolean writesEnabled() {
        return !writeDigests.isEmpty();
    }

    boolean readsRequireKey() {
        return readsRequireKey;
    }

    /** What the presented key may do. */
    Access access(String presented) {
        byte[] d = digest(presented);
        boolean write = false;
        boolean read = false;
        for (byte[] w : writeDigests) {
            write |= MessageDigest.isEqual(w, d);
        }
        for (byte[] r : readDigests) {
            read |= MessageDigest.isEqual(r, d);
        }
        return write ? Access.WRITE : read ? Access.READ : Access.NONE;
    }

    private static List<String> clean(List<String> keys) {
        return keys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
