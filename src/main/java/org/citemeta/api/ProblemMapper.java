package org.citemeta.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one place where failures become HTTP answers: every error is {@code application/problem+json}, with a
 * detail written for the client and never a stack trace or a class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_PREFIX = "urn:citemeta:problem:";

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "invalid-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable-content"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "unavailable"));

    @ServerExceptionMapper
    public Response service(ServiceException e, UriInfo uri) {
        Response answer = problem(status(e.kind()), e.getMessage(), uri);
        if (e.kind() == ErrorKind.UNAUTHENTICATED) {
            answer.getHeaders().putSingle("WWW-Authenticate", "Bearer realm=\"citemeta\"");
        }
        if (e.retryAfterSeconds() > 0) {
            answer.getHeaders().putSingle("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 406 -> "None of the media types in the Accept header can be served here; ask for application/json.";
            case 415 -> unsupportedMediaType(uri);
            default -> status >= 500 ? "The request could not be completed." : "The request is malformed.";
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return problem(status, detail, uri);
    }

    /**
     * The media types each body-taking endpoint reads, from the resources' own {@code @Consumes}, so that a 415 names
     * what that endpoint accepts.
     */
    static final Map<String, List<String>> CONSUMES = consumes(DocumentResource.class, CitationParseResource.class,
            AdminResource.class);

    static String unsupportedMediaType(UriInfo uri) {
        String path = uri == null ? null : uri.getPath();
        List<String> types = path == null ? null : CONSUMES.get(withoutTrailingSlash(path));
        if (types == null) {
            return "Unsupported Content-Type for this endpoint.";
        }
        String list = types.size() == 1 ? types.get(0)
                : String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
        return "Unsupported Content-Type: send " + list + " to " + path + ".";
    }

    /** "/documents/" as "/documents" (the root "/" stays). */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map<String, List<String>> consumes(Class<?>... resources) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Class<?> r : resources) {
            Path base = r.getAnnotation(Path.class);
            java.lang.reflect.Method[] methods = r.getMethods();
            java.util.Arrays.sort(methods, java.util.Comparator.comparing(java.lang.reflect.Method::getName));
            for (java.lang.reflect.Method m : methods) {
                Consumes c = m.getAnnotation(Consumes.class);
                if (c == null || !m.isAnnotationPresent(POST.class)) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = withoutTrailingSlash(("/" + (base == null ? "" : base.value()) + "/"
                        + (sub == null ? "" : sub.value())).replaceAll("/+", "/"));
                List<String> types = out.computeIfAbsent(path, k -> new ArrayList<>());
                for (String t : c.value()) {
                    for (String one : t.split(",")) {
                        if (!types.contains(one.strip())) {
                            types.add(one.strip());
                        }
                    }
                }
            }
        }
        // text types first (documents are text), otherwise in the order the resource declares them
        out.values().forEach(types -> types.sort(java.util.Comparator.comparing(t -> t.startsWith("text/") ? 0 : 1)));
        return Map.copyOf(out);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(400, "The body is not valid JSON: " + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warn("Database unreachable: " + e.getMessage());
            return problem(503, "The database cannot be reached; try again later.", uri);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return problem(500, "An unexpected error occurred (reference " + id + ").", uri);
    }

    static Response problem(int status, String detail, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String slug = SLUGS.getOrDefault(status, "error-" + status);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + slug, title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }

    private static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOT_ACCEPTABLE -> 406;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case UNAVAILABLE -> 503;
        };
    }

    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server is shutting down, was shut down under an open connection
            // (57P01 "terminating connection due to administrator command") or is still starting (57P03)
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
