package org.citemeta.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.api.CitationViews.CitationView;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.citemeta.extract.citation.CitationKeys;
import org.citemeta.extract.citation.ParsedReference;
import org.citemeta.extract.citation.ReferenceParser;
import org.citemeta.ingest.BoundedExtraction;
import org.citemeta.ingest.TextDecoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /citations/parse}: raw reference strings in, structured fields out, in the same order; nothing is
 * stored. A root resource of its own so that {@code /citations/{id}} never sees the word "parse".
 */
@Path("/citations/parse")
public class CitationParseResource {

    static final int MAX_REFERENCES = 1000;
    static final int MAX_LENGTH = 10_000;

    private final ReferenceParser parser;
    private final BoundedExtraction bounded;
    private final ObjectMapper json;
    private final ObjectReader reader;

    public CitationParseResource(ReferenceParser parser, BoundedExtraction bounded, ObjectMapper json) {
        this.parser = parser;
        this.bounded = bounded;
        this.json = json;
        this.reader = json.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(JsonParser.Feature.ALLOW_COMMENTS);
    }

    @POST
    public Response parse(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        String format = CitationResource.format(headers);
        QueryParams.of(uri, Set.of());
        MediaType type = headers.getMediaType();
        if (type == null) {
            throw new ServiceException(ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "Send the references as text/plain (one per line) or application/json (a string or an array of strings).");
        }
        List<String> raws;
        if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            raws = lines(TextDecoder.decode(body, TextDecoder.charset(type.getParameters().get("charset"))));
        } else if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            String charset = type.getParameters().get("charset");
            if (charset != null && !TextDecoder.charset(charset).equals(StandardCharsets.UTF_8)) {
                throw new ServiceException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "JSON bodies must be UTF-8, not " + charset + ".");
            }
            raws = strings(TextDecoder.decode(body, StandardCharsets.UTF_8));
        } else {
            throw new ServiceException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "Unsupported Content-Type " + type.getType() + "/"
                    + type.getSubtype() + ": send text/plain (one reference per line) or application/json.");
        }
        if (raws.isEmpty()) {
            throw ServiceException.invalid("No reference to parse: the body holds only blank lines.");
        }
        if (raws.size() > MAX_REFERENCES) {
            throw ServiceException.invalid("At most " + MAX_REFERENCES + " references per request, not " + raws.size() + ".");
        }
        for (int i = 0; i < raws.size(); i++) {
            if (raws.get(i).length() > MAX_LENGTH) {
                throw ServiceException.invalid("Reference " + (i + 1) + " is longer than " + MAX_LENGTH + " characters.");
            }
        }
        // on the extraction pool, under its time limit: a batch of long strings cannot hold a request thread
        List<CitationView> views = bounded.bounded(() -> parseAll(raws),
                "Parsing " + raws.size() + " reference strings",
                "Too many documents or references are being processed right now; try again shortly.",
                "The " + raws.size() + " references could not be parsed within " + bounded.timeoutSeconds()
                        + " s (citemeta.extraction.timeout); send fewer or shorter strings per request.");
        return switch (format) {
            case CitationFormats.JSON -> Response.ok(new ListEnvelope<>(
                    new ListEnvelope.Meta(views.size(), null, views.size(), null), views), MediaType.APPLICATION_JSON).build();
            case CitationFormats.CSL_JSON -> Response.ok(write(views.stream().map(CitationFormats::csl).toList()), format).build();
            case CitationFormats.BIBTEX -> Response.ok(CitationFormats.bibtex(views), format + ";charset=UTF-8").build();
            default -> Response.ok(CitationFormats.ris(views), format + ";charset=UTF-8").build();
        };
    }

    /** Parses each string in order; gives up between two strings once the thread is interrupted (the time limit). */
    private List<CitationView> parseAll(List<String> raws) {
        List<CitationView> views = new ArrayList<>(raws.size());
        for (String raw : raws) {
            ParsedReference parsed = parser.parse(raw);
            views.add(CitationView.parsed(raw, CitationKeys.of(parsed, raw), parsed));
        }
        return views;
    }

    private static List<String> lines(String text) {
        if (text.indexOf('\0') >= 0) {
            throw ServiceException.invalid("The body looks binary: it contains a NUL character. Send reference strings as text.");
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private List<String> strings(String body) {
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (IOException e) {
            String msg = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw ServiceException.invalid("The body is not valid JSON: " + msg);
        }
        List<String> out = new ArrayList<>();
        if (root != null && root.isTextual()) {
            out.add(root.textValue().strip());
        } else if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                JsonNode n = root.get(i);
                if (!n.isTextual() || n.textValue().isBlank()) {
                    throw ServiceException.invalid("Item " + (i + 1) + " of the array is not a non-blank string.");
                }
                out.add(n.textValue().strip());
            }
        } else {
            throw ServiceException.invalid("The JSON body must be a reference string or an array of reference strings.");
        }
        if (out.size() == 1 && out.get(0).isEmpty()) {
            throw ServiceException.invalid("The reference string is blank.");
        }
        for (String s : out) {
            if (s.indexOf('\0') >= 0) {
                throw ServiceException.invalid("A reference string contains a NUL character.");
            }
        }
        return out;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unwritable CSL-JSON", e);
        }
    }
}
