package org.citemeta.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's built-in organisations live in the knowledge-base tables beside the imported ROR records. */
@QuarkusTest
class KnowledgeBaseServiceTest {

    @Inject
    EntityManager em;

    @Test
    void shouldKeepTheBuiltInBaseInTheKnowledgeBaseTables() {
        List<?> cern = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT o.name, o.country, o.status, (SELECT string_agg(n.kind || ':' || n.name, '|' ORDER BY n.ord)"
                        + " FROM organization_name n WHERE n.organization_id = o.id),"
                        + " (SELECT string_agg(t.type, '|') FROM organization_type t WHERE t.organization_id = o.id)"
                        + " FROM organization o WHERE o.id = 'kb:cern' AND o.source = 'builtin'").getResultList());
        assertEquals(1, cern.size());
        Object[] row = (Object[]) cern.get(0);
        assertEquals("CERN", row[0]);
        assertEquals("CH", row[1]);
        assertEquals("active", row[2]);
        assertTrue(row[3].toString().contains("alias:European Organization for Nuclear Research"), row[3].toString());
        assertEquals("organization", row[4]);
        Number sesame = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM organization_type WHERE organization_id = 'kb:sesame' AND type = 'facility'")
                .getSingleResult());
        assertEquals(1, sesame.intValue());
        Number builtIn = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM organization WHERE source = 'builtin'").getSingleResult());
        assertTrue(builtIn.intValue() > 100, "built-in organisations and facilities: " + builtIn);
    }
}
