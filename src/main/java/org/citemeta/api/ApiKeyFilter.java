package org.citemeta.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Lets a request through only with the key it needs. Writes (POST, PUT, PATCH, DELETE, except
 * {@code POST /citations/parse}, which stores nothing, and anything under {@code /admin}) need a write key; reads
 * need a read or write key only when {@code citemeta.auth.reads-require-key} is set. The key comes as
 * {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}. Runs after routing, so an unknown path is still
 * 404 and a wrong method 405.
 */
public class ApiKeyFilter {

    static final String HEADER = "X-API-Key";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String HOW = " Send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.";

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    /**
     * {@code /admin} uploads (ROR dumps) are exempt from the document size limit: their key is checked before
     * routing, so that an unauthenticated client cannot make the service read a large body first.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public void authenticateAdminBeforeReading(ContainerRequestContext ctx) {
        if (isAdmin(normalise(ctx.getUriInfo().getPath()))) {
            authenticate(ctx);
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext ctx) {
        boolean write = isWrite(ctx.getMethod(), ctx.getUriInfo().getPath());
        if (!write && !keys.readsRequireKey()) {
            return;
        }
        if (write && !keys.writesEnabled()) {
            throw new ServiceException(ErrorKind.FORBIDDEN, "Writes are disabled: the service has no write key configured "
                    + "(citemeta.auth.write-keys / CITEMETA_AUTH_WRITE_KEYS).");
        }
        String presented = presentedKey(ctx);
        if (presented == null) {
            throw new ServiceException(ErrorKind.UNAUTHENTICATED, (write ? "Writes" : "Reads") + " need an API key." + HOW);
        }
        ApiKeys.Access access = keys.access(presented);
        if (access == ApiKeys.Access.NONE) {
            throw new ServiceException(ErrorKind.UNAUTHENTICATED, "The API key is not valid." + HOW);
        }
        if (write && access != ApiKeys.Access.WRITE) {
            throw new ServiceException(ErrorKind.FORBIDDEN, "This API key may read but not write.");
        }
    }

    static boolean isWrite(String method, String path) {
        String p = normalise(path);
        if (isAdmin(p)) {
            return true;
        }
        return WRITE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT)) && !p.equals("/citations/parse");
    }

    private static boolean isAdmin(String normalisedPath) {
        return normalisedPath.equals("/admin") || normalisedPath.startsWith("/admin/");
    }

    /** Collapses repeated slashes and drops a trailing one, so that '//admin/' is '/admin'. */
    private static String normalise(String path) {
        String p = path == null ? "/" : path.replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The key of {@code X-API-Key}, else of a Bearer {@code Authorization}; null when neither is given. */
    private static String presentedKey(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString(HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return null;
        }
        String a = authorization.trim();
        if (a.length() > 7 && a.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = a.substring(7).trim();
            return key.isEmpty() ? null : key;
        }
        throw new ServiceException(ErrorKind.UNAUTHENTICATED, "Only Bearer authorization is accepted." + HOW);
    }
}
