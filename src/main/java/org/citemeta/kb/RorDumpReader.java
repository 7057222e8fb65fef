package org.citemeta.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Streams the records of an official ROR data dump: the published zip (its schema-v2 JSON file preferred), a JSON
 * array, or JSON Lines, each optionally gzipped. One record is in memory at a time. Schema-v2 records must carry
 * an id and names (otherwise the dump is refused); schema-v1 records are mapped where possible and skipped
 * (counted) otherwise. Framework-free.
 */
public final class RorDumpReader {

    /** What a read saw. */
    public record Stats(long records, long v2, long v1, long skipped) {
    }

    private static final Pattern ROR_ID = Pattern.compile("0[a-z0-9]{6}[0-9]{2}");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private RorDumpReader() {
    }

    /** A bare ROR id ("034t30j35"): a zero, six letters or digits, a two-digit checksum. */
    public static boolean isRorId(String s) {
        return s != null && ROR_ID.matcher(s).matches();
    }

    /** Reads a dump file (zip, gzip or plain JSON / JSON Lines). */
    public static Stats read(Path file, Consumer<OrgRecord> sink) {
        try {
            byte[] magic = new byte[2];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(magic, 0, 2);
            }
            if (magic[0] == 'P' && magic[1] == 'K') {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry chosen = null;
                    for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                        ZipEntry e = en.nextElement();
                        if (!isJson(e) || chosen != null && chosen.getName().contains("schema_v2")) {
                            continue;
                        }
                        if (chosen == null || e.getName().contains("schema_v2")) {
                            chosen = e;
                        }
                    }
                    if (chosen == null) {
                        throw new RorFormatException("The zip holds no .json or .jsonl file.");
                    }
                    try (InputStream in = zip.getInputStream(chosen)) {
                        return read(in, sink);
                    }
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, sink);
            }
        } catch (java.util.zip.ZipException e) {
            throw new RorFormatException("Not a readable zip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJson(ZipEntry e) {
        String n = e.getName().toLowerCase(Locale.ROOT);
        return !e.isDirectory() && (n.endsWith(".json") || n.endsWith(".jsonl"));
    }

    /** Reads a stream: gzip is recognised by its magic bytes, a zip stream by its first JSON entry. */
    public static Stats read(InputStream raw, Consumer<OrgRecord> sink) {
        try {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return parse(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), sink);
            }
            if (b0 == 'P' && b1 == 'K') {
                ZipInputStream zip = new ZipInputStream(in);
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (isJson(e)) {
                        return parse(zip, sink);
                    }
                }
                throw new RorFormatException("The zip holds no .json or .jsonl file.");
            }
            return parse(in, sink);
        } catch (java.util.zip.ZipException e) {
            throw new RorFormatException("Not a readable zip or gzip stream: " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new RorFormatException("The dump ends unexpectedly (truncated gzip or zip).", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stats parse(InputStream in, Consumer<OrgRecord> sink) throws IOException {
        long records = 0;
        long v2 = 0;
        long v1 = 0;
        long skipped = 0;
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new RorFormatException("The dump is empty.");
            }
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = p.nextToken();
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                if (t != JsonToken.START_OBJECT) {
                    throw new RorFormatException("Record " + (records + 1) + " is not a JSON object (line "
                            + p.currentLocation().getLineNr() + ").");
                }
                long line = p.currentLocation().getLineNr();
                JsonNode node = p.readValueAsTree();
                records++;
                if (node.has("names")) {
                    sink.accept(v2(node, records, line));
                    v2++;
                } else if (node.has("name")) {
                    OrgRecord r = v1(node);
                    if (r == null) {
                        skipped++;
                    } else {
                        sink.accept(r);
                        v1++;
                    }
                } else {
                    throw new RorFormatException("Record " + records + " (line " + line + ") is not a ROR record: "
                            + "it has neither names (schema v2) nor name (schema v1).");
                }
                t = p.nextToken();
            }
            if (array && p.nextToken() != null) {
                throw new RorFormatException("Data after the end of the JSON array (line "
                        + p.currentLocation().getLineNr() + ").");
            }
            if (array && t == null) {
                throw new RorFormatException("The JSON array is not closed: the dump is truncated.");
            }
        } catch (JsonProcessingException e) {
            throw new RorFormatException("Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (after " + records + " records): " + e.getOriginalMessage(), e);
        }
        return new Stats(records, v2, v1, skipped);
    }

    static String bareId(String id) {
        if (id == null) {
            return null;
        }
        String s = id.trim();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        return ROR_ID.matcher(s).matches() ? s : null;
    }

    /** The {@code relationships} array, read alike in schema v1 and v2. */
    private static List<OrgRecord.Relation> relationships(JsonNode r) {
        List<OrgRecord.Relation> rels = new ArrayList<>();
        for (JsonNode rel : r.path("relationships")) {
            String rid = bareId(text(rel, "id"));
            String type = text(rel, "type");
            if (rid != null && type != null) {
                rels.add(new OrgRecord.Relation(type.toLowerCase(Locale.ROOT), rid, text(rel, "label")));
            }
        }
        return rels;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText().isBlank() ? null : v.asText().strip();
    }

    private static OrgRecord v2(JsonNode r, long index, long line) {
        String id = bareId(text(r, "id"));
        if (id == null) {
            throw new RorFormatException("Record " + index + " (line " + line + ") has no valid ROR id.");
        }
        List<OrgRecord.Name> names = new ArrayList<>();
        String display = null;
        for (JsonNode n : r.path("names")) {
            String value = text(n, "value");
            if (value == null) {
                continue;
            }
            String kind = "alias";
            boolean isDisplay = false;
            for (JsonNode t : n.path("types")) {
                switch (t.asText()) {
                    case "acronym" -> kind = "acronym";
                    case "label" -> kind = kind.equals("acronym") ? kind : "label";
                    case "ror_display" -> isDisplay = true;
                    default -> { }
                }
            }
            if (isDisplay && kind.equals("alias")) {
                kind = "label";
            }
            if (isDisplay && display == null) {
                display = value;
            }
            names.add(new OrgRecord.Name(value, kind, text(n, "lang")));
        }
        if (names.isEmpty()) {
            throw new RorFormatException("Record " + index + " (" + id + ", line " + line + ") has no names.");
        }
        if (display == null) {
            display = names.stream().filter(n -> !n.kind().equals("acronym")).map(OrgRecord.Name::value)
                    .findFirst().orElse(names.get(0).value());
        }
        String country = null;
        String countryName = null;
        String city = null;
        for (JsonNode loc : r.path("locations")) {
            JsonNode g = loc.path("geonames_details");
            country = code(text(g, "country_code"));
            countryName = text(g, "country_name");
            city = text(g, "name");
            break;
        }
        List<String> types = new ArrayList<>();
        r.path("types").forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        List<OrgRecord.ExternalId> ext = new ArrayList<>();
        for (JsonNode e : r.path("external_ids")) {
            String scheme = scheme(text(e, "type"));
            if (scheme == null) {
                continue;
            }
            String preferred = text(e, "preferred");
            for (JsonNode a : e.path("all")) {
                String v = a.asText().strip();
                if (!v.isEmpty()) {
                    ext.add(new OrgRecord.ExternalId(scheme, v, v.equals(preferred)));
                }
            }
        }
        List<OrgRecord.Relation> rels = relationships(r);
        String status = status(text(r, "status"));
        JsonNode est = r.get("established");
        return new OrgRecord(id, display, status, country, countryName, city,
                est != null && est.canConvertToInt() && !est.isNull() ? est.asInt() : null, types, names, ext, rels, "2");
    }

    /** A schema-v1 record, or null when it lacks what a record needs (skipped, never fatal). */
    private static OrgRecord v1(JsonNode r) {
        try {
            String id = bareId(text(r, "id"));
            String name = text(r, "name");
            if (id == null || name == null) {
                return null;
            }
            List<OrgRecord.Name> names = new ArrayList<>();
            names.add(new OrgRecord.Name(name, "label", null));
            for (JsonNode l : r.path("labels")) {
                String v = text(l, "label");
                if (v != null) {
                    names.add(new OrgRecord.Name(v, "label", text(l, "iso639")));
                }
            }
            for (JsonNode a : r.path("aliases")) {
                if (a.isTextual() && !a.asText().isBlank()) {
                    names.add(new OrgRecord.Name(a.asText().strip(), "alias", null));
                }
            }
            for (JsonNode a : r.path("acronyms")) {
                if (a.isTextual() && !a.asText().isBlank()) {
                    names.add(new OrgRecord.Name(a.asText().strip(), "acronym", null));
                }
            }
            String country = code(text(r.path("country"), "country_code"));
            String countryName = text(r.path("country"), "country_name");
            String city = null;
            for (JsonNode a : r.path("addresses")) {
                city = text(a, "city");
                if (city == null) {
                    city = text(a.path("geonames_city"), "city");
                }
                break;
            }
            List<String> types = new ArrayList<>();
            r.path("types").forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
            List<OrgRecord.ExternalId> ext = new ArrayList<>();
            r.path("external_ids").fields().forEachRemaining(f -> {
                String scheme = scheme(f.getKey());
                if (scheme == null) {
                    return;
                }
                String preferred = text(f.getValue(), "preferred");
                JsonNode all = f.getValue().path("all");
                List<String> values = new ArrayList<>();
                if (all.isTextual()) {
                    values.add(all.asText());
                } else {
                    all.forEach(v -> values.add(v.asText()));
                }
                for (String v : values) {
                    if (!v.isBlank()) {
                        ext.add(new OrgRecord.ExternalId(scheme, v.strip(), v.strip().equals(preferred)));
                    }
                }
            });
            List<OrgRecord.Relation> rels = relationships(r);
            JsonNode est = r.get("established");
            return new OrgRecord(id, name, status(text(r, "status")), country, countryName, city,
                    est != null && est.canConvertToInt() && !est.isNull() ? est.asInt() : null, types, names, ext,
                    rels, "1");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String code(String cc) {
        if (cc == null) {
            return null;
        }
        String c = cc.toUpperCase(Locale.ROOT);
        return c.matches("[A-Z]{2}") ? c : null;
    }

    private static String status(String s) {
        String v = s == null ? "active" : s.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "active", "inactive", "withdrawn" -> v;
            default -> "active";
        };
    }

    private static String scheme(String type) {
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "wikidata" -> "wikidata";
            case "grid" -> "grid";
            case "isni" -> "isni";
            case "fundref" -> "fundref";
            default -> null;
        };
    }
}
