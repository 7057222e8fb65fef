package org.citemeta.api;

import org.citemeta.api.CitationViews.AuthorView;
import org.citemeta.api.CitationViews.CitationView;
import org.citemeta.extract.citation.CitationKeys;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The export formats of citations, chosen by {@code Accept} as in Crossref's content negotiation: CSL-JSON,
 * BibTeX and RIS. Each takes the views clients see as JSON, so every format says the same thing.
 */
final class CitationFormats {

    static final String JSON = "application/json";
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";
    static final String RIS = "application/x-research-info-systems";
    /** In order of preference when the client accepts several equally. */
    static final List<String> ALL = List.of(JSON, CSL_JSON, BIBTEX, RIS);

    private CitationFormats() {
    }

    // ---- CSL-JSON -----------------------------------------------------------------------------------------

    /** One CSL-JSON item (CSL 1.0.2 schema); {@code et al.} and identifiers CSL has no variable for go in {@code custom}. */
    static Map<String, Object> csl(CitationView c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", c.id() != null ? "citemeta-" + c.id() : c.key());
        item.put("type", c.type());
        if (!c.authors().isEmpty()) {
            item.put("author", cslNames(c.authors()));
        }
        if (!c.editors().isEmpty()) {
            item.put("editor", cslNames(c.editors()));
        }
        putIf(item, "title", c.title());
        putIf(item, "container-title", c.containerTitle());
        putIf(item, "volume", c.volume());
        putIf(item, "issue", c.issue());
        putIf(item, "page", c.page());
        if (c.year() != null) {
            item.put("issued", Map.of("date-parts", List.of(List.of(c.year()))));
        }
        putIf(item, "DOI", c.doi());
        putIf(item, "URL", c.url() != null ? c.url() : c.arxiv() != null ? "https://arxiv.org/abs/" + c.arxiv() : null);
        putIf(item, "publisher", c.publisher());
        putIf(item, "publisher-place", c.publisherPlace());
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("citemetaKey", c.key());
        if (c.etAl()) {
            custom.put("etAl", true);
        }
        if (c.arxiv() != null) {
            custom.put("arxiv", c.arxiv());
        }
        item.put("custom", custom);
        return item;
    }

    private static List<Map<String, String>> cslNames(List<AuthorView> names) {
        List<Map<String, String>> out = new ArrayList<>();
        for (AuthorView a : names) {
            Map<String, String> name = new LinkedHashMap<>();
            if (a.given() == null) {
                name.put("literal", a.family());
            } else {
                name.put("family", a.family());
                name.put("given", a.given());
            }
            out.add(name);
        }
        return out;
    }

    private static void putIf(Map<String, Object> item, String name, Object value) {
        if (value != null) {
            item.put(name, value);
        }
    }

    // ---- BibTeX -------------------------------------------------------------------------------------------

    static String bibtex(List<CitationView> citations) {
        BibTeXDatabase db = new BibTeXDatabase();
        Set<String> used = new HashSet<>();
        for (CitationView c : citations) {
            BibTeXEntry e = new BibTeXEntry(new Key(bibtexType(c.type())), new Key(bibtexKey(c, used)));
            if (!c.authors().isEmpty()) {
                e.addField(BibTeXEntry.KEY_AUTHOR, braced(bibtexNames(c.authors(), c.etAl())));
            }
            if (!c.editors().isEmpty()) {
                e.addField(BibTeXEntry.KEY_EDITOR, braced(bibtexNames(c.editors(), false)));
            }
            field(e, BibTeXEntry.KEY_TITLE, c.title());
            String container = switch (e.getType().getValue()) {
                case "article" -> "journal";
                case "incollection", "inproceedings" -> "booktitle";
                case "book" -> "series";
                default -> "howpublished";
            };
            field(e, new Key(container), c.containerTitle());
            field(e, BibTeXEntry.KEY_VOLUME, c.volume());
            field(e, BibTeXEntry.KEY_NUMBER, c.issue());
            if (c.pageFirst() != null) {
                e.addField(BibTeXEntry.KEY_PAGES, braced(tex(c.pageFirst()) + (c.pageLast() == null ? "" : "--" + tex(c.pageLast()))));
            }
            if (c.year() != null) {
                e.addField(BibTeXEntry.KEY_YEAR, braced(String.valueOf(c.year())));
            }
            String publisherField = switch (e.getType().getValue()) {
                case "techreport" -> "institution";
                case "phdthesis" -> "school";
                default -> "publisher";
            };
            field(e, new Key(publisherField), c.publisher());
            field(e, BibTeXEntry.KEY_ADDRESS, c.publisherPlace());
            field(e, BibTeXEntry.KEY_DOI, c.doi());
            if (c.arxiv() != null) {
                field(e, new Key("eprint"), c.arxiv());
                field(e, new Key("archiveprefix"), "arXiv");
            }
            field(e, BibTeXEntry.KEY_URL, c.url());
            db.addObject(e);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "Family, Given and {Organisation} and others". */
    private static String bibtexNames(List<AuthorView> names, boolean etAl) {
        List<String> out = new ArrayList<>();
        for (AuthorView a : names) {
            out.add(a.given() == null ? "{" + tex(a.family()) + "}" : tex(a.family()) + ", " + tex(a.given()));
        }
        if (etAl) {
            out.add("others");
        }
        return String.join(" and ", out);
    }

    private static String bibtexType(String cslType) {
        return switch (cslType == null ? "" : cslType) {
            case "article-journal" -> "article";
            case "book" -> "book";
            case "chapter" -> "incollection";
            case "paper-conference" -> "inproceedings";
            case "report" -> "techreport";
            case "thesis" -> "phdthesis";
            default -> "misc";
        };
    }

    /** {@code yang2023}, then {@code yang2023a}, {@code yang2023b} ... for later entries with the same stem. */
    private static String bibtexKey(CitationView c, Set<String> used) {
        String family = c.authors().isEmpty() ? "anon" : CitationKeys.fold(c.authors().get(0).family());
        String stem = (family.isEmpty() ? "anon" : family) + (c.year() == null ? "" : String.valueOf(c.year()));
        stem = stem.replaceAll("[^a-z0-9]", "");
        String key = stem;
        for (char suffix = 'a'; !used.add(key); suffix++) {
            key = stem + suffix;
            if (suffix == 'z') {
                key = stem + "-" + (c.id() != null ? c.id() : used.size());
                used.add(key);
                break;
            }
        }
        return key;
    }

    private static void field(BibTeXEntry e, Key key, String value) {
        if (value != null && !value.isBlank()) {
            e.addField(key, braced(tex(value)));
        }
    }

    private static StringValue braced(String value) {
        return new StringValue(value, StringValue.Style.BRACED);
    }

    /** Escapes LaTeX specials so every value is balanced and reads back as the text it was. */
    static String tex(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{' -> b.append("\\textbraceleft{}");
                case '}' -> b.append("\\textbraceright{}");
                case '&', '%', '$', '#', '_' -> b.append('\\').append(ch);
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    // ---- RIS ----------------------------------------------------------------------------------------------

    static String ris(List<CitationView> citations) {
        StringBuilder b = new StringBuilder();
        for (CitationView c : citations) {
            tag(b, "TY", risType(c.type()));
            for (AuthorView a : c.authors()) {
                tag(b, "AU", a.given() == null ? a.family() : a.family() + ", " + a.given());
            }
            for (AuthorView a : c.editors()) {
                tag(b, "ED", a.given() == null ? a.family() : a.family() + ", " + a.given());
            }
            tag(b, "TI", c.title());
            boolean journal = "JOUR".equals(risType(c.type()));
            tag(b, journal ? "JO" : "T2", c.containerTitle());
            tag(b, "VL", c.volume());
            tag(b, "IS", c.issue());
            tag(b, "SP", c.pageFirst());
            tag(b, "EP", c.pageLast());
            tag(b, "PY", c.year() == null ? null : String.valueOf(c.year()));
            tag(b, "PB", c.publisher());
            tag(b, "CY", c.publisherPlace());
            tag(b, "DO", c.doi());
            tag(b, "UR", c.url() != null ? c.url() : c.arxiv() != null ? "https://arxiv.org/abs/" + c.arxiv() : null);
            if (c.etAl()) {
                tag(b, "N1", "Author list abbreviated (et al.) in the citing text.");
            }
            tag(b, "ID", c.id() != null ? "citemeta-" + c.id() : c.key());
            b.append("ER  - \r\n");
        }
        return b.toString();
    }

    private static String risType(String cslType) {
        return switch (cslType == null ? "" : cslType) {
            case "article-journal" -> "JOUR";
            case "book" -> "BOOK";
            case "chapter" -> "CHAP";
            case "paper-conference" -> "CPAPER";
            case "report" -> "RPRT";
            case "thesis" -> "THES";
            case "webpage" -> "ELEC";
            default -> "GEN";
        };
    }

    private static void tag(StringBuilder b, String tag, String value) {
        if (value != null && !value.isBlank()) {
            b.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\t]+", " ").strip()).append("\r\n");
        }
    }

    /** The most acceptable of the served media types, or null when the client accepts none of them. */
    static String negotiate(List<jakarta.ws.rs.core.MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return JSON;
        }
        for (jakarta.ws.rs.core.MediaType m : acceptable) { // sorted by quality, most specific first
            for (String served : ALL) {
                if (m.isCompatible(jakarta.ws.rs.core.MediaType.valueOf(served))) {
                    return served;
                }
            }
        }
        return null;
    }

    static String describe() {
        return String.join(", ", ALL).toLowerCase(Locale.ROOT);
    }
}
