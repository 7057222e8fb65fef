package org.citemeta.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.error.ServiceException;
import org.citemeta.ingest.ImportReport;
import org.citemeta.ingest.KnowledgeBaseService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * {@code /admin}: operations on the knowledge base. Write protection (API key) is applied to every {@code /admin}
 * path by the service's authentication filter, not here.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final KnowledgeBaseService knowledgeBase;

    public AdminResource(KnowledgeBaseService knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * Imports an official ROR dump sent as the body (the published zip, its JSON array, or JSON Lines; gzip
     * allowed). The body is spooled to a temporary file, then streamed: memory stays bounded. {@code full=true}
     * says the dump is the whole registry: ROR organisations it does not hold are withdrawn.
     */
    @POST
    @Path("ror-import")
    @Consumes({"application/zip", "application/gzip", "application/json", "application/x-ndjson",
            "application/jsonl", MediaType.APPLICATION_OCTET_STREAM})
    public ImportReport rorImport(InputStream body, @Context UriInfo uri) {
        boolean full = QueryParams.of(uri, Set.of("full")).bool("full", false);
        java.nio.file.Path tmp = null;
        try {
            tmp = Files.createTempFile("citemeta-ror-", ".dump");
            long size = Files.copy(body, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw ServiceException.invalid("The body is empty: send a ROR dump (zip, JSON array or JSON Lines).");
            }
            return knowledgeBase.importDump(tmp, "upload", full);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system
                }
            }
        }
    }
}
