package org.citemeta.api;

import jakarta.ws.rs.core.Response;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Which database failures are "unavailable" (503) rather than a fault of the service (500). The outage itself is
 * exercised against a real server in {@code DatabaseOutageIT}; the exact shapes below are the ones met there.
 */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private static Throwable asHibernateThrowsIt(String sqlState, String message) {
        return new GenericJDBCException("JDBC exception executing SQL [" + message + "] [select ...]",
                new SQLException(message, sqlState));
    }

    @Test
    void aServerShutDownUnderAnOpenConnectionIsUnavailable() {
        // PostgreSQL's fast shutdown ends every session with 57P01; Hibernate wraps it as a generic JDBC exception
        Response r = mapper.unexpected(asHibernateThrowsIt("57P01", "FATAL: terminating connection due to administrator command"), uri());
        assertEquals(503, r.getStatus());
        Problem p = (Problem) r.getEntity();
        assertEquals("urn:citemeta:problem:unavailable", p.type());
        assertFalse(p.detail().contains("FATAL"), p.detail());
    }

    @Test
    void aServerStillStartingIsUnavailable() {
        assertEquals(503, mapper.unexpected(asHibernateThrowsIt("57P03", "FATAL: the database system is starting up"), uri()).getStatus());
    }

    @Test
    void aRefusedConnectionIsUnavailable() {
        assertEquals(503, mapper.unexpected(asHibernateThrowsIt("08001", "Connection to 127.0.0.1:5 refused."), uri()).getStatus());
    }

    @Test
    void otherDatabaseErrorsStayInternalErrors() {
        // a cancelled statement (57014) and a constraint violation are not outages
        assertEquals(500, mapper.unexpected(asHibernateThrowsIt("57014", "ERROR: canceling statement due to user request"), uri()).getStatus());
        assertEquals(500, mapper.unexpected(asHibernateThrowsIt("23505", "ERROR: duplicate key value"), uri()).getStatus());
    }

    @Test
    void a415NamesTheMediaTypesOfTheEndpointFromItsConsumes() {
        assertEquals(java.util.List.of("application/zip", "application/gzip", "application/json", "application/x-ndjson",
                "application/jsonl", "application/octet-stream"), ProblemMapper.CONSUMES.get("/admin/ror-import"));
        assertEquals(java.util.List.of("text/plain", "text/markdown", "application/json"), ProblemMapper.CONSUMES.get("/documents"));
        Response r = mapper.web(new jakarta.ws.rs.NotSupportedException(), uri());
        assertEquals(415, r.getStatus());
        assertEquals("Unsupported Content-Type: send text/plain, text/markdown or application/json to /documents.",
                ((Problem) r.getEntity()).detail());
    }

    private static jakarta.ws.rs.core.UriInfo uri() {
        return (jakarta.ws.rs.core.UriInfo) java.lang.reflect.Proxy.newProxyInstance(ProblemMapperTest.class.getClassLoader(),
                new Class<?>[] {jakarta.ws.rs.core.UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/documents" : null);
    }
}
