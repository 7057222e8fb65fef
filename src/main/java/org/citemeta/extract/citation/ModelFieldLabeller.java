package org.citemeta.extract.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The trained labeller: a linear-chain model ({@link LinearChainModel}) labels every token of the reference with a
 * field, using the rule-based labeller's answer as features; the spans it gives are then assembled into
 * {@link LabelledFields}. Identifiers (DOI, arXiv, URL) and the CSL type hint come from the rules (patterns are
 * exact there); authors are split by {@link AuthorScanner} inside the labelled author span. Thread-safe.
 */
final class ModelFieldLabeller implements FieldLabeller {
    /** Classpath location of the shipped model (trained by {@code ReferenceModelTrainer}, test scope). */
    static final String RESOURCE = "/org/citemeta/extract/citation/reference-labeller.bin.gz";

    private final LinearChainModel model;
    private final RuleFieldLabeller rules = new RuleFieldLabeller();

    ModelFieldLabeller(LinearChainModel model) {
        this.model = model;
    }

    LinearChainModel model() {
        return model;
    }

    /** The shipped model, or null when the resource is absent. */
    static LinearChainModel loadDefault() {
        try (InputStream in = ModelFieldLabeller.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : LinearChainModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LabelledFields label(String s) {
        LabelledFields r = rules.label(s);
        ModelTokens t = ModelTokens.of(s);
        byte[] rule = project(s, t, r);
        int[] y = model.decode(t, ReferenceFeatures.extract(t, rule));
        return assemble(s, t, y, r);
    }

    // ------------------------------------------------------------------ rule answer as token labels

    /** The rule labeller's fields located on the tokens (white space ignored when matching). */
    static byte[] project(String s, ModelTokens t, LabelledFields r) {
        byte[] out = new byte[t.count];
        int n = s.length();
        char[] sq = new char[n];
        int[] pos = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sq[m] = c;
                pos[m] = i;
                m++;
            }
        }
        String squeezed = new String(sq, 0, m);
        int authorEnd = 0;
        int cursor = 0;
        for (CitationAuthor a : r.authors) {
            for (String part : new String[]{a.family(), a.given()}) {
                if (part == null || part.isBlank()) {
                    continue;
                }
                int[] hit = find(squeezed, pos, part, cursor);
                if (hit != null) {
                    authorEnd = Math.max(authorEnd, hit[1]);
                }
            }
            int[] fam = a.family() == null ? null : find(squeezed, pos, a.family(), cursor);
            if (fam != null) {
                cursor = Math.max(cursor, fam[2]);
            }
        }
        if (authorEnd > 0) {
            for (int k = 0; k < t.count && t.end[k] <= authorEnd; k++) {
                out[k] = RefLabel.AUTHOR;
            }
        }
        int afterAuthors = squeezedIndex(pos, m, authorEnd);
        int titleEnd = mark(out, t, squeezed, pos, r.title, afterAuthors, RefLabel.TITLE);
        mark(out, t, squeezed, pos, r.container, Math.max(afterAuthors, titleEnd), RefLabel.CONTAINER);
        mark(out, t, squeezed, pos, r.publisher, afterAuthors, RefLabel.PUBLISHER);
        mark(out, t, squeezed, pos, r.place, afterAuthors, RefLabel.PLACE);
        mark(out, t, squeezed, pos, r.editors, afterAuthors, RefLabel.EDITOR);
        markToken(out, t, r.volume, authorEnd, RefLabel.VOLUME);
        markToken(out, t, r.issue, authorEnd, RefLabel.ISSUE);
        markToken(out, t, r.pageFirst, authorEnd, RefLabel.PAGES);
        markToken(out, t, r.pageLast, authorEnd, RefLabel.PAGES);
        if (!markToken(out, t, r.year, authorEnd, RefLabel.YEAR)) {
            markToken(out, t, r.year, 0, RefLabel.YEAR);
        }
        for (int k = 0; k < t.count; k++) {
            String w = t.word[k];
            if (w.length() > 6) {
                if (r.doi != null && w.contains(r.doi)) {
                    out[k] = RefLabel.DOI;
                } else if ((r.url != null && w.contains(r.url)) || (r.arxiv != null && w.contains(r.arxiv))) {
                    out[k] = RefLabel.URL;
                }
            }
        }
        return out;
    }

    private static int squeezedIndex(int[] pos, int m, int charOffset) {
        int k = 0;
        while (k < m && pos[k] < charOffset) {
            k++;
        }
        return k;
    }

    /** {start, end} in the original string and the squeezed end index, or null. */
    private static int[] find(String squeezed, int[] pos, String value, int from) {
        String v = value.replaceAll("\\s+", "");
        if (v.isEmpty()) {
            return null;
        }
        int k = squeezed.indexOf(v, from);
        if (k < 0) {
            return null;
        }
        return new int[]{pos[k], pos[k + v.length() - 1] + 1, k + v.length()};
    }

    private static int mark(byte[] out, ModelTokens t, String squeezed, int[] pos, String value, int from, int label) {
        if (value == null) {
            return from;
        }
        int[] hit = find(squeezed, pos, value, from);
        if (hit == null) {
            hit = find(squeezed, pos, value, 0);
        }
        if (hit == null) {
            return from;
        }
        for (int k = 0; k < t.count; k++) {
            if (t.start[k] >= hit[0] && t.end[k] <= hit[1] && out[k] == RefLabel.O) {
                out[k] = (byte) label;
            }
        }
        return hit[2];
    }

    private static boolean markToken(byte[] out, ModelTokens t, String value, int fromChar, int label) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.trim();
        for (int k = 0; k < t.count; k++) {
            if (t.start[k] >= fromChar && out[k] == RefLabel.O && t.word[k].equals(v)) {
                out[k] = (byte) label;
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ model labels to fields

    static LabelledFields assemble(String s, ModelTokens t, int[] y, LabelledFields r) {
        LabelledFields f = new LabelledFields();
        f.doi = r.doi;
        f.arxiv = r.arxiv;
        f.url = r.url;
        f.typeHint = r.typeHint;
        int[] a = span(y, RefLabel.AUTHOR);
        if (a != null) {
            String text = s.substring(t.start[a[0]], t.end[a[1]]);
            int ruleEnd = authorEnd(s, r);
            if (!r.authors.isEmpty() && Math.abs(ruleEnd - t.end[a[1]]) <= 1) {
                f.authors.addAll(r.authors);
                f.etAl = r.etAl;
            } else {
                RefTokens rt = RefTokens.of(text);
                AuthorScanner.Names names = AuthorScanner.scan(rt, 0);
                if (!names.authors().isEmpty()) {
                    f.authors.addAll(names.authors());
                    f.etAl = names.etAl() || text.matches("(?s).*\\bet\\.? al\\b.*");
                } else {
                    f.authors.addAll(r.authors);
                    f.etAl = r.etAl;
                }
            }
        }
        f.title = text(s, t, y, RefLabel.TITLE);
        f.container = text(s, t, y, RefLabel.CONTAINER);
        f.publisher = text(s, t, y, RefLabel.PUBLISHER);
        f.place = text(s, t, y, RefLabel.PLACE);
        f.editors = text(s, t, y, RefLabel.EDITOR);
        f.volume = number(t, y, RefLabel.VOLUME);
        f.issue = number(t, y, RefLabel.ISSUE);
        int[] p = span(y, RefLabel.PAGES);
        if (p != null) {
            String first = null;
            String last = null;
            for (int k = p[0]; k <= p[1]; k++) {
                if (y[k] == RefLabel.PAGES && Character.isLetterOrDigit(t.word[k].charAt(0)) && hasDigit(t.word[k])) {
                    if (first == null) {
                        first = t.word[k];
                    } else {
                        last = t.word[k];
                    }
                }
            }
            f.pageFirst = first;
            f.pageLast = last;
        }
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.YEAR && t.word[k].length() >= 4 && Character.isDigit(t.word[k].charAt(0))) {
                f.year = t.word[k].substring(0, 4);
                break;
            }
        }
        if (f.year == null) {
            f.year = r.year;
        }
        return f;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int authorEnd(String s, LabelledFields r) {
        ModelTokens t = null;
        int cursor = 0;
        int end = -1;
        for (CitationAuthor a : r.authors) {
            for (String part : new String[]{a.family(), a.given()}) {
                if (part == null || part.isBlank()) {
                    continue;
                }
                int k = s.indexOf(part, cursor);
                if (k >= 0) {
                    end = Math.max(end, k + part.length());
                }
            }
            int k = a.family() == null ? -1 : s.indexOf(a.family(), cursor);
            if (k >= 0) {
                cursor = k + a.family().length();
            }
        }
        return end;
    }

    /** First and last token of the first run of a label (other labels may not interrupt; O tokens may). */
    private static int[] span(int[] y, int label) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < y.length; k++) {
            if (y[k] == label) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            } else if (first >= 0 && y[k] != RefLabel.O) {
                break;
            }
        }
        return first < 0 ? null : new int[]{first, last};
    }

    private static String text(String s, ModelTokens t, int[] y, int label) {
        int[] sp = span(y, label);
        return sp == null ? null : s.substring(t.start[sp[0]], t.end[sp[1]]);
    }

    private static String number(ModelTokens t, int[] y, int label) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == label && (hasDigit(t.word[k]) || t.word[k].matches("[IVXLCivxlc]+"))) {
                return t.word[k];
            }
        }
        return null;
    }

    static List<String> labelNames(int[] y) {
        return java.util.Arrays.stream(y).mapToObj(RefLabel.NAMES::get).toList();
    }
}
