package org.citemeta.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.citemeta.config.CitemetaConfig;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body larger than {@code citemeta.documents.max-bytes} before it is read; bodies without a
 * Content-Length are measured after reading. Admin uploads (ROR dumps) have only the transport limit.
 */
public class BodyLimitFilter {

    private final CitemetaConfig config;

    public BodyLimitFilter(CitemetaConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void checkDeclaredLength(ContainerRequestContext ctx) {
        String declared = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || ctx.getUriInfo().getPath().startsWith("/admin/")) {
            // knowledge-base dumps are far larger than documents; only the transport limit applies to them
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid("Content-Length is not a number.");
        }
        long max = config.documents().maxBytes();
        if (length > max) {
            throw tooLarge(max);
        }
    }

    static ServiceException tooLarge(long max) {
        return new ServiceException(ErrorKind.TOO_LARGE, "The body is larger than the limit of " + max
                + " bytes (citemeta.documents.max-bytes).");
    }
}
