package org.citemeta.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.config.CitemetaConfig;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.citemeta.ingest.DocumentInput;
import org.citemeta.ingest.IngestResult;
import org.citemeta.ingest.IngestService;
import org.citemeta.ingest.TextDecoder;
import org.citemeta.store.DocumentQuery;
import org.citemeta.store.DocumentRow;
import org.citemeta.store.DocumentSort;
import org.citemeta.store.DocumentStore;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /documents}: ingest, list, read and delete documents. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final Set<String> POST_PARAMS = Set.of("title", "source");
    private static final Set<String> LIST_PARAMS = Set.of("page", "per_page", "cursor", "sort", "workId");
    private static final Set<String> JSON_FIELDS = Set.of("text", "title", "source", "mediaType", "metadata");
    private static final String MARKDOWN = "text/markdown";

    private final IngestService ingest;
    private final DocumentStore store;
    private final CitemetaConfig config;
    private final ObjectReader jsonReader;
    private final ObjectMapper mapper;

    public DocumentResource(IngestService ingest, DocumentStore store, CitemetaConfig config, ObjectMapper mapper) {
        this.ingest = ingest;
        this.store = store;
        this.config = config;
        this.mapper = mapper;
        this.jsonReader = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(JsonParser.Feature.ALLOW_COMMENTS);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MARKDOWN})
    public Response createFromText(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri,
                                   @HeaderParam("X-Document-Title") String titleHeader,
                                   @HeaderParam("X-Document-Source") String sourceHeader) {
        QueryParams q = QueryParams.of(uri, POST_PARAMS);
        checkSize(body);
        MediaType type = headers.getMediaType();
        String text = TextDecoder.decode(body, TextDecoder.charset(type.getParameters().get("charset")));
        String mediaType = type.isCompatible(MediaType.valueOf(MARKDOWN)) ? DocumentInput.MARKDOWN : DocumentInput.PLAIN;
        String title = q.string("title") != null ? q.string("title") : titleHeader;
        String source = q.string("source") != null ? q.string("source") : sourceHeader;
        return created(ingest.ingest(new DocumentInput(text, title, source, mediaType, null)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createFromJson(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri,
                                   @HeaderParam("X-Document-Title") String titleHeader,
                                   @HeaderParam("X-Document-Source") String sourceHeader) {
        QueryParams q = QueryParams.of(uri, POST_PARAMS);
        checkSize(body);
        String charset = headers.getMediaType().getParameters().get("charset");
        if (charset != null && !TextDecoder.charset(charset).equals(StandardCharsets.UTF_8)) {
            throw new ServiceException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "JSON bodies must be UTF-8, not " + charset + ".");
        }
        // Strict decoding first: Jackson alone would let some invalid byte sequences through inside strings.
        TextDecoder.decode(body, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = jsonReader.readTree(body);
        } catch (IOException e) {
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw ServiceException.invalid("The body is not valid JSON: " + msg);
        }
        if (!(root instanceof ObjectNode obj)) {
            throw ServiceException.invalid("The JSON body must be an object such as {\"text\": \"...\"}.");
        }
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!JSON_FIELDS.contains(f)) {
                throw ServiceException.invalid("Unknown field '" + QueryParams.abbreviate(f) + "'; a document has "
                        + "text, title, source, mediaType and metadata.");
            }
        }
        JsonNode textNode = obj.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw ServiceException.invalid("The JSON body needs a string field 'text' with the document text.");
        }
        String title = optionalString(obj, "title");
        String source = optionalString(obj, "source");
        if (title == null) {
            title = q.string("title") != null ? q.string("title") : titleHeader;
        }
        if (source == null) {
            source = q.string("source") != null ? q.string("source") : sourceHeader;
        }
        String mediaType = optionalString(obj, "mediaType");
        Map<String, Object> metadata = null;
        JsonNode meta = obj.get("metadata");
        if (meta != null && !meta.isNull()) {
            if (!meta.isObject()) {
                throw ServiceException.invalid("'metadata' must be a JSON object.");
            }
            metadata = mapper.convertValue(meta, mapper.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        }
        return created(ingest.ingest(new DocumentInput(textNode.textValue(), title, source, mediaType, metadata)), uri);
    }

    @GET
    public ListEnvelope<DocumentView> list(@Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, LIST_PARAMS);
        DocumentSort sort = sort(q.string("sort"));
        Paging paging = Paging.from(q, sort.name());
        Long workId = q.has("workId") ? q.integer("workId", 1, Long.MAX_VALUE, 0) : null;
        DocumentQuery.After after = null;
        if (paging.after() != null) {
            after = new DocumentQuery.After(parseCreated(paging.after().key()), paging.after().id());
        }
        // One row more than asked tells whether a cursor walk goes on.
        List<DocumentRow> rows = store.list(new DocumentQuery(workId, sort, paging.offset(), paging.perPage() + 1, after));
        String next = null;
        if (rows.size() > paging.perPage()) {
            rows = rows.subList(0, paging.perPage());
            if (paging.cursorMode()) {
                DocumentRow last = rows.get(rows.size() - 1);
                String key = sort.byCreated() ? String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, last.createdAt().toInstant())) : "";
                next = Paging.encode(sort.name(), key, last.id());
            }
        }
        List<DocumentView> results = new ArrayList<>(rows.size());
        for (DocumentRow r : rows) {
            results.add(DocumentView.of(r, null));
        }
        return new ListEnvelope<>(new ListEnvelope.Meta(store.count(workId), paging.page(), paging.perPage(), next), results);
    }

    @GET
    @Path("/{id}")
    public DocumentView get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, Set.of("include"));
        String include = q.string("include");
        if (include != null && !include.equals("text")) {
            throw ServiceException.invalid("include takes the value 'text', not '" + QueryParams.abbreviate(include) + "'.");
        }
        long docId = documentId(id);
        DocumentRow row = store.findRow(docId).orElseThrow(() -> ServiceException.notFound("No document with id " + docId + "."));
        return DocumentView.of(row, include == null ? null : store.findText(docId).orElseThrow());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams.of(uri, Set.of());
        ingest.delete(documentId(id));
        return Response.noContent().build();
    }

    private Response created(IngestResult result, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("documents").path(String.valueOf(result.document().id())).build();
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location)
                .entity(DocumentView.of(result.document(), null))
                .build();
    }

    private void checkSize(byte[] body) {
        long max = config.documents().maxBytes();
        if (body.length > max) {
            throw BodyLimitFilter.tooLarge(max);
        }
    }

    private static String optionalString(ObjectNode obj, String field) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ServiceException.invalid("'" + field + "' must be a string.");
        }
        return n.textValue();
    }

    private static long documentId(String id) {
        return QueryParams.parseInteger("Document id", id, 1, Long.MAX_VALUE);
    }

    private static DocumentSort sort(String value) {
        if (value == null) {
            return DocumentSort.ID_ASC;
        }
        return switch (value) {
            case "id", "id:asc" -> DocumentSort.ID_ASC;
            case "id:desc" -> DocumentSort.ID_DESC;
            case "created_at", "created_at:asc" -> DocumentSort.CREATED_ASC;
            case "created_at:desc" -> DocumentSort.CREATED_DESC;
            default -> throw ServiceException.invalid("Unknown sort '" + QueryParams.abbreviate(value)
                    + "'; documents sort by id or created_at, optionally with :asc or :desc.");
        };
    }

    private static OffsetDateTime parseCreated(String micros) {
        if (micros.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.ofInstant(Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS), ZoneOffset.UTC);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw Paging.malformed();
        }
    }
}
