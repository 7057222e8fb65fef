package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citemeta.extract.text.BlockKind;
import org.citemeta.extract.text.NormalizedText;
import org.citemeta.extract.text.TextBlock;
import org.citemeta.extract.text.TextNormalizer;

/**
 * Finds references in a document, on the normalised text and before any sentence splitting (splitters break
 * "X. Yang et al. Science 379, 240-243; 2023" at "X." and "al."):
 * <ul>
 *   <li>reference lists: a "References" / "Bibliography" / "Literature cited" / "Works cited" heading (markdown
 *       {@code #}, bold or a plain line), or a run of numbered lines 1, 2, 3 ... that parse as references; entries
 *       numbered "1.", "[1]", "(1)" or not numbered (one per paragraph, or one per line with wrapped lines
 *       joined);</li>
 *   <li>in-text references: a parenthesis holding a whole author-container-volume-pages-year reference, as in
 *       "(X. Yang et al. Science 379, 240-243; 2023)". Conservative: the content must parse with an author, a
 *       year, a container and a volume or page, so "(CAS)", "(2019)", "(see Fig. 2)" or "(Smith et al., 2019)"
 *       are not references;</li>
 *   <li>markers "[1]", "[1,3]", "[2-4]", "ref. 1", "refs 2,3" and, when a numbered list exists, "(1)", linked to
 *       the list entries with their sentence.</li>
 * </ul>
 * Offsets of references and markers point into the ORIGINAL text. Thread-safe and stateless.
 */
public final class ReferenceExtractor {
    private static final Set<String> HEADINGS = Set.of("references", "reference", "bibliography", "literature cited",
            "works cited", "reference list", "references and notes", "notes and references", "literature",
            "references cited", "cited literature", "sources", "literatur", "références", "referencias",
            "bibliographie", "further reading", "literaturverzeichnis", "referências", "referencias bibliográficas",
            "referências bibliográficas", "bibliografía", "bibliografia", "cited works", "works consulted",
            "sources and literature", "sources and references", "literature and sources", "supplementary references",
            "additional references", "références bibliographiques", "riferimenti bibliografici", "literatuur");
    /** Longest paragraph read as an entry of an author-year list at the end of a document without a heading. */
    static final int MAX_HEADLESS_ENTRY = 2_000;
    private static final Set<String> NOTE_HEADINGS = Set.of("notes", "endnotes", "footnotes", "anmerkungen",
            "fußnoten", "endnoten");
    private static final Pattern IBID = Pattern.compile("(?i)(?:see\\s+)?(?:ibid(?:em)?\\b|id\\.(?!\\p{L})|op\\.\\s*cit\\b)");
    private static final Pattern NEXT_SECTION = Pattern.compile(
            "(?i)^(?:#+\\s*.*|\\**\\s*(?:acknowledg(?:e)?ments?|appendix.*|supplementary.*|author contributions|"
                    + "competing interests|funding|figures?|tables?|notes|footnotes|about the authors?|"
                    + "additional information|data availability|ethics.*|conflicts? of interest)\\s*:?\\s*\\**)\\s*$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^[ \\t]*(?:\\[\\s*(\\d{1,4})\\s*\\]|\\(\\s*(\\d{1,4})\\s*\\)|(\\d{1,4})\\s*\\.(?=\\s)|(\\d{1,4})\\)(?=\\s)|\\[(" + ReferenceListLayouts.ALPHA_LABEL + ")\\]|(\\d{1,4})\\s+(?=\\p{Lu}))[ \\t]*");
    private static final Pattern BRACKET_MARKER = Pattern.compile(
            "\\[\\s*(\\d{1,4}(?:\\s*(?:[-,;]|and)\\s*\\d{1,4})*)\\s*\\]");
    private static final Pattern REF_MARKER = Pattern.compile(
            "\\b(?:[Rr]efs?|[Rr]eferences?)\\.?\\s+(\\d{1,4}(?:\\s*(?:[-,]|and)\\s*\\d{1,4})*)\\b");
    private static final Pattern PAREN_MARKER = Pattern.compile(
            "\\((\\d{1,3}(?:\\s*[-,]\\s*\\d{1,3})*)\\)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern NUMBERS = Pattern.compile("\\d+\\s*[,:(]\\s*\\d+|\\bvol\\.|\\bpp?\\.\\s*\\d");
    private static final Set<String> ABBREV = Set.of("al", "fig", "figs", "e.g", "i.e", "dr", "mr", "mrs", "ms",
            "prof", "st", "vs", "no", "ref", "refs", "eq", "eqs", "ed", "eds", "vol", "pp", "cf", "approx", "ca",
            "inc", "ltd", "co", "jr", "sr", "etc", "sec", "ch", "u.s", "u.k", "dept", "univ", "gen", "gov", "sen",
            "rep", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private final ReferenceParser parser;
    private final TextNormalizer normalizer = new TextNormalizer();

    public ReferenceExtractor() {
        this(new ReferenceParser());
    }

    public ReferenceExtractor(ReferenceParser parser) {
        this.parser = parser;
    }

    /** Normalises {@code text} and finds its references; offsets point into {@code text}. */
    public List<FoundReference> extract(String text) {
        return extract(normalizer.normalize(text == null ? "" : text));
    }

    private record Line(int start, int end) { // normalised offsets, end exclusive, without the '\n'
    }

    private record Entry(String label, int start, int end) { // content offsets (label excluded)
    }

    private static final class Draft {
        final ReferenceKind kind;
        final String label;
        final String raw;
        final int start;
        final int end;
        final String context;
        final ParsedReference parsed;
        final List<CitationMarker> markers = new ArrayList<>();

        Draft(ReferenceKind kind, String label, String raw, int start, int end, String context, ParsedReference parsed) {
            this.kind = kind;
            this.label = label;
            this.raw = raw;
            this.start = start;
            this.end = end;
            this.context = context;
            this.parsed = parsed;
        }
    }

    public List<FoundReference> extract(NormalizedText nt) {
        String s = nt.text();
        List<Line> lines = lines(s);
        List<int[]> listRegions = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        // 1. reference lists
        boolean referenceSection = false;
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            boolean notes = isNotesHeading(s, l);
            if (!notes && !isHeading(s, l)) {
                continue;
            }
            int end = li + 1;
            while (end < lines.size() && !NEXT_SECTION.matcher(s.substring(lines.get(end).start, lines.get(end).end)).matches()
                    && !isHeading(s, lines.get(end)) && !isNotesHeading(s, lines.get(end))) {
                end++;
            }
            if (notes) {
                notes(nt, s, lines.subList(li + 1, end), drafts, listRegions);
                li = end - 1;
                continue;
            }
            List<Entry> entries = entries(s, lines.subList(li + 1, end));
            for (Entry e : entries) {
                addEntry(nt, drafts, e);
            }
            if (!entries.isEmpty() || end > li + 1) {
                listRegions.add(new int[]{l.start, end < lines.size() ? lines.get(end).start : s.length()});
                referenceSection = true;
            }
            li = end - 1;
        }
        if (!referenceSection) {
            headlessNumberedList(nt, s, lines, drafts, listRegions);
        }
        if (!referenceSection && drafts.isEmpty()) {
            headlessListAtTheEnd(nt, s, lines, drafts, listRegions);
        }
        // 2. in-text references in parentheses
        inText(nt, s, listRegions, drafts, new java.util.HashMap<>());
        // 3. markers pointing at numbered entries
        markers(nt, s, lines, listRegions, drafts);
        drafts.sort(Comparator.comparingInt(d -> d.start));
        sameAuthorsAsBefore(drafts);
        List<FoundReference> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(new FoundReference(out.size(), d.kind, d.label, d.raw, nt.originalStart(d.start),
                    nt.originalEnd(d.end), d.context, d.parsed, CitationKeys.of(d.parsed, d.raw), d.markers));
        }
        return out;
    }

    // ------------------------------------------------------------------ lists

    private static List<Line> lines(String s) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i <= s.length()) {
            int nl = s.indexOf('\n', i);
            int e = nl < 0 ? s.length() : nl;
            out.add(new Line(i, e));
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return out;
    }

    /** A line without content: blank or markup only ("<ol>"). */
    private static boolean blank(String s, Line l) {
        return ReferenceListLayouts.noContent(s.substring(l.start, l.end));
    }

    /** Where the line's content starts: after white space, leading tags ("<li>") and a bullet ("- ", "* "). */
    private static int contentStart(String s, Line l) {
        return l.start + ReferenceListLayouts.contentStart(s.substring(l.start, l.end));
    }

    /** Where the line's content ends: before trailing tags ("</li>", "<br>") and white space. */
    private static int contentEnd(String s, Line l) {
        return trimEnd(s, l.start, l.start + ReferenceListLayouts.contentEnd(s.substring(l.start, l.end)));
    }

    static boolean isHeading(String s, Line l) {
        return HEADINGS.contains(headingWords(s, l));
    }

    static boolean isNotesHeading(String s, Line l) {
        return NOTE_HEADINGS.contains(headingWords(s, l));
    }

    /** The line as a heading's words in lower case ("## 5. References:" is "references"), "" for a long line. */
    private static String headingWords(String s, Line l) {
        String x = ReferenceListLayouts.withoutTags(s.substring(l.start, l.end).trim());
        if (x.isEmpty() || x.length() > 40) {
            return "";
        }
        return x.replaceAll("^#+\\s*", "").replaceAll("^[*_]+|[*_]+$", "").replaceAll("^\\d+\\.?\\s+", "")
                .replaceAll("[:.]\\s*$", "").trim().toLowerCase(Locale.ROOT);
    }

    private List<Entry> entries(String s, List<Line> region) {
        List<Entry> out = new ArrayList<>();
        List<Line> nonBlank = new ArrayList<>();
        for (Line l : region) {
            if (!blank(s, l)) {
                nonBlank.add(l);
            }
        }
        if (nonBlank.isEmpty()) {
            return out;
        }
        boolean numbered = NUMBERED.matcher(s.substring(contentStart(s, nonBlank.get(0)), nonBlank.get(0).end)).find();
        if (numbered) {
            String label = null;
            int start = -1;
            int end = -1;
            boolean gap = false;
            for (int k = 0; k < region.size(); k++) {
                Line l = region.get(k);
                if (ReferenceListLayouts.skipLine(s, l.start, l.end)) {
                    continue; // a page number or footer inside the list
                }
                if (blank(s, l)) {
                    gap = true;
                    continue;
                }
                int cs = contentStart(s, l);
                Matcher m = NUMBERED.matcher(s.substring(cs, l.end));
                boolean isNumbered = m.find();
                if (!isNumbered && gap && start >= 0 && !nextLabelFollows(s, region, k, label)) {
                    break; // a paragraph after the list (author bio, notes), not an entry broken by a page break
                }
                gap = false;
                if (isNumbered) {
                    if (start >= 0) {
                        out.add(new Entry(label, start, end));
                    }
                    label = firstGroup(m);
                    start = cs + m.end();
                    end = Math.max(start, contentEnd(s, l));
                } else if (start >= 0) {
                    end = contentEnd(s, l);
                }
            }
            if (start >= 0) {
                out.add(new Entry(label, start, end));
            }
            return out;
        }
        // unnumbered: a new entry at a paragraph break, or at a line that starts like a reference after a line that
        // ended one; wrapped and hanging-indented lines are continuations
        int start = -1;
        int end = -1;
        Line prev = null;
        boolean gap = false;
        for (int k = 0; k < region.size(); k++) {
            Line l = region.get(k);
            if (ReferenceListLayouts.skipLine(s, l.start, l.end)) {
                continue; // a page number or footer inside the list
            }
            if (blank(s, l)) {
                if (start >= 0) {
                    out.add(new Entry(null, start, end));
                    start = -1;
                }
                prev = null;
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty() && endsList(s, region, k)) {
                break; // a caption or a biography after the list
            }
            gap = false;
            int ls = contentStart(s, l);
            boolean indented = trimStart(s, l.start, l.end) > l.start;
            boolean bullet = ReferenceListLayouts.bulleted(s.substring(l.start, l.end));
            boolean newEntry = start < 0 || bullet
                    || prev != null && !indented && endsEntry(s, prev) && (startsEntry(s, ls, l.end)
                    || StyleVarietyRules.quotedTitleAfterLink(s.substring(prev.start, contentEnd(s, prev)), s.substring(ls, l.end)));
            if (newEntry) {
                if (start >= 0) {
                    out.add(new Entry(null, start, end));
                }
                start = ls;
            }
            end = Math.max(ls, contentEnd(s, l));
            prev = l;
        }
        if (start >= 0) {
            out.add(new Entry(null, start, end));
        }
        return ReferenceListLayouts.orderedHtmlList(s, region.get(0).start, out.stream().map(Entry::start).toList())
                ? numberedInOrder(out) : out;
    }

    /** The entries labelled 1, 2, 3 ... (the items of an HTML {@code <ol>}). */
    private static List<Entry> numberedInOrder(List<Entry> entries) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(new Entry(String.valueOf(out.size() + 1), e.start(), e.end()));
        }
        return out;
    }

    /**
     * Whether the unlabelled lines from {@code region.get(k)} continue entry {@code label} across a page break: the
     * next labelled line, within {@link ReferenceListLayouts#PAGE_BREAK_LINES} lines with content, is label + 1.
     */
    private static boolean nextLabelFollows(String s, List<Line> region, int k, String label) {
        if (label == null || !label.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int seen = 0;
        for (int j = k; j < region.size() && seen <= ReferenceListLayouts.PAGE_BREAK_LINES; j++) {
            Line l = region.get(j);
            if (blank(s, l) || ReferenceListLayouts.skipLine(s, l.start, l.end)) {
                continue;
            }
            Matcher m = NUMBERED.matcher(s.substring(contentStart(s, l), l.end));
            if (m.find()) {
                return String.valueOf(Integer.parseInt(label) + 1).equals(firstGroup(m));
            }
            seen++;
        }
        return false;
    }

    /** Whether the paragraph starting at {@code region.get(k)} is no reference (a caption, a biography). */
    private static boolean endsList(String s, List<Line> region, int k) {
        int e = k;
        while (e < region.size() && !blank(s, region.get(e))) {
            e++;
        }
        Line first = region.get(k);
        return ReferenceListLayouts.endsUnnumberedList(s.substring(first.start, first.end),
                s.substring(first.start, region.get(e - 1).end));
    }

    private static boolean endsEntry(String s, Line l) {
        String x = s.substring(l.start, contentEnd(s, l)).trim();
        if (x.isEmpty()) {
            return true;
        }
        char c = x.charAt(x.length() - 1);
        return c == '.' || c == ')' || Character.isDigit(c) || x.matches(".*(?:https?://|doi:|10\\.\\d{4,}/)\\S*$")
                || StyleVarietyRules.endsWithBibcode(x);
    }

    private static boolean startsEntry(String s, int from, int to) {
        String x = s.substring(from, to);
        if (x.isEmpty() || !(Character.isUpperCase(x.charAt(0)) || x.startsWith("-") || x.startsWith("_"))) {
            return false;
        }
        RefTokens t = RefTokens.of(x);
        return !AuthorScanner.scan(t, 0).authors().isEmpty() || x.startsWith("-") || x.startsWith("_")
                || StyleVarietyRules.opensWithGroupAuthor(x);
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static int trimStart(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /**
     * A list entry that opens with a ditto mark ("———. Quiet Harbours. London: ...") has the authors of the entry
     * before it: it is parsed again with their names written out in place of the mark (its raw text stays as written).
     */
    private void sameAuthorsAsBefore(List<Draft> drafts) {
        Draft prev = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.kind != ReferenceKind.LIST_ENTRY) {
                continue;
            }
            Matcher m = DittoMarkRules.MARK_THEN_TEXT.matcher(d.raw);
            if (prev != null && !prev.parsed.authors().isEmpty() && m.matches()) {
                Draft n = new Draft(d.kind, d.label, d.raw, d.start, d.end, d.context,
                        parser.parse(names(prev.parsed) + " " + m.group(1)));
                n.markers.addAll(d.markers);
                drafts.set(i, n);
                d = n;
            }
            prev = d;
        }
    }

    /** The authors written out as a reference list writes them: "Lund, K., Berg, T., and Moss, A." */
    static String names(ParsedReference p) {
        StringBuilder b = new StringBuilder();
        List<CitationAuthor> a = p.authors();
        for (int k = 0; k < a.size(); k++) {
            if (k > 0) {
                b.append(k == a.size() - 1 && !p.etAl() ? ", and " : ", ");
            }
            b.append(a.get(k).family());
            if (a.get(k).given() != null) {
                b.append(", ").append(a.get(k).given());
            }
        }
        if (p.etAl()) {
            b.append(", et al");
        }
        return b.charAt(b.length() - 1) == '.' ? b.toString() : b.append('.').toString();
    }

    /**
     * A numbered notes section ("Notes", "Endnotes", "Footnotes") holds citations among remarks: a note is a reference
     * when it cites a work whole ({@link #citesAWork}: "Eric Hobsbawm, The Age of Revolution (London: Weidenfeld &
     * Nicolson, 1962), 45."); "Ibid., 60.", a short form without its year ("Hobsbawm, Age of Revolution, 112.") and
     * remarks are not. A note's first sentence is read (what follows the citation is a remark: "... (Bologna, 1978),
     * pp. 412-19. On silver flows see ..."); each kept note is a list region of its own, so the rest of the section is
     * read as text.
     */
    private void notes(NormalizedText nt, String s, List<Line> region, List<Draft> drafts, List<int[]> regions) {
        List<Line> nonBlank = region.stream().filter(l -> !blank(s, l)).toList();
        if (nonBlank.isEmpty() || !NUMBERED.matcher(s.substring(nonBlank.get(0).start, nonBlank.get(0).end)).find()) {
            return;
        }
        for (Entry note : entries(s, region)) {
            Entry e = new Entry(note.label(), note.start(), sentenceEnd(s, note.start(), note.end()));
            Draft d = entryDraft(nt, e);
            if (d != null && citesAWork(d.parsed) && !IBID.matcher(d.raw).lookingAt()) {
                drafts.add(d);
                regions.add(new int[]{e.start, e.end});
            }
        }
    }

    /** Whether a parse names a work whole: authors, a year, a title or container, and a container, publisher or volume. */
    static boolean citesAWork(ParsedReference p) {
        return p != null && !p.authors().isEmpty() && p.year() != null && (p.containerTitle() != null || p.title() != null)
                && (p.containerTitle() != null || p.publisher() != null || p.volume() != null);
    }

    /** A list entry, unless it is "Ibid." (the work of the entry before, cited again). */
    private void addEntry(NormalizedText nt, List<Draft> drafts, Entry e) {
        Draft d = entryDraft(nt, e);
        if (d != null && !IBID.matcher(d.raw).lookingAt()) {
            drafts.add(d);
        }
    }

    /** The draft of a list entry (its raw text with line breaks collapsed, parsed), or null when it is too short. */
    private Draft entryDraft(NormalizedText nt, Entry e) {
        String raw = ReferenceListLayouts.joinWrappedLinks(ReferenceListLayouts.entryText(nt.text(), e.start, e.end))
                .replaceAll("\\s+", " ").trim();
        if (raw.length() < 8) {
            return null;
        }
        return new Draft(ReferenceKind.LIST_ENTRY, e.label, raw, e.start, e.end, null, parser.parse(raw));
    }

    /** Numbered lines 1, 2, 3 ... without a heading, kept when every entry parses as a reference. */
    private void headlessNumberedList(NormalizedText nt, String s, List<Line> lines, List<Draft> drafts,
                                      List<int[]> regions) {
        for (int li = 0; li < lines.size(); li++) {
            Matcher m = NUMBERED.matcher(s.substring(lines.get(li).start, lines.get(li).end));
            if (!m.find() || !"1".equals(firstGroup(m)) || inside(regions, lines.get(li).start + m.end())) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            int expected = 1;
            int lj = li;
            int lastLine = li;
            while (lj < lines.size()) {
                Line l = lines.get(lj);
                if (blank(s, l)) {
                    lj++;
                    continue;
                }
                Matcher n = NUMBERED.matcher(s.substring(l.start, l.end));
                if (!n.find() || !String.valueOf(expected).equals(firstGroup(n))) {
                    break;
                }
                entries.add(new Entry(firstGroup(n), l.start + n.end(), trimEnd(s, l.start + n.end(), l.end)));
                expected++;
                lastLine = lj;
                lj++;
            }
            // every entry must parse as a reference; each is parsed once, and kept when the list is
            List<Draft> parsed = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                Draft d = entryDraft(nt, e);
                if (d == null || !citesAWork(d.parsed)) {
                    parsed = null;
                    break;
                }
                parsed.add(d);
            }
            if (parsed != null && !parsed.isEmpty()) {
                drafts.addAll(parsed);
                regions.add(new int[]{lines.get(li).start, lines.get(lastLine).end});
                li = lastLine;
            }
        }
    }

    /**
     * Unnumbered entries at the document's end without a heading (an author-year list after the last paragraph):
     * the paragraphs from the end backwards, cut as an unnumbered list, while every entry cites a work whole
     * ({@link #citesAWork}); kept when at least {@link ReferenceListLayouts#MIN_HEADLESS} entries do.
     */
    private void headlessListAtTheEnd(NormalizedText nt, String s, List<Line> lines, List<Draft> drafts,
                                      List<int[]> regions) {
        List<Draft> found = new ArrayList<>();
        int from = lines.size();
        int at = lines.size();
        while (at > 0) {
            int e = at;
            while (e > 0 && blank(s, lines.get(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && !blank(s, lines.get(b - 1))) {
                b--;
            }
            if (b == e) {
                break;
            }
            List<Draft> paragraph = new ArrayList<>();
            for (Entry en : entries(s, lines.subList(b, e))) {
                // the cheap tests first: a document's last paragraphs are prose, and prose can be megabytes long
                if (en.end() - en.start() > MAX_HEADLESS_ENTRY || !startsEntry(s, en.start(), en.end())) {
                    paragraph = null;
                    break;
                }
                Draft d = entryDraft(nt, en);
                if (d == null || !citesAWork(d.parsed)) {
                    paragraph = null;
                    break;
                }
                paragraph.add(d);
            }
            if (paragraph == null || paragraph.isEmpty()) {
                break;
            }
            found.addAll(0, paragraph);
            from = b;
            at = b;
        }
        if (found.size() >= ReferenceListLayouts.MIN_HEADLESS) {
            drafts.addAll(found);
            regions.add(new int[]{lines.get(from).start, s.length()});
        }
    }

    // ------------------------------------------------------------------ in-text references

    /**
     * Parses a candidate once per document: a parenthesis is parsed whole and then in pieces, and a text can repeat
     * the same parenthesis thousands of times. The memo stops growing at {@link #MEMO_LIMIT} strings.
     */
    private ParsedReference parseOnce(String raw, java.util.Map<String, ParsedReference> memo) {
        ParsedReference known = memo.get(raw);
        if (known != null) {
            return known;
        }
        ParsedReference parsed = parser.parse(raw);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(raw, parsed);
        }
        return parsed;
    }

    private static final int MEMO_LIMIT = 10_000;

    private void inText(NormalizedText nt, String s, List<int[]> regions, List<Draft> drafts,
                        java.util.Map<String, ParsedReference> memo) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '(' || inside(regions, i) || quoteBlock(nt, i)) {
                continue;
            }
            int close = matching(s, i);
            if (close < 0) {
                continue;
            }
            String content = s.substring(i + 1, close);
            if (content.length() < 12 || content.length() > 600 || content.indexOf('\n') >= 0 && content.contains("\n\n")
                    || !YEAR.matcher(content).find() || !NUMBERS.matcher(content).find()) {
                continue;
            }
            List<int[]> parts = pieces(s, i + 1, close, memo);
            List<Draft> found = new ArrayList<>();
            for (int[] p : parts) {
                String raw = s.substring(p[0], p[1]).replaceAll("\\s+", " ").trim();
                ParsedReference ref = parseOnce(raw, memo);
                if (isFullReference(ref)) {
                    found.add(new Draft(ReferenceKind.IN_TEXT, null, raw, p[0], p[1], sentence(s, i, close + 1), ref));
                }
            }
            if (!found.isEmpty()) {
                drafts.addAll(found);
                i = close;
            }
        }
    }

    static boolean isFullReference(ParsedReference r) {
        return !r.authors().isEmpty() && r.year() != null && r.containerTitle() != null
                && (r.volume() != null || r.pageFirst() != null);
    }

    /** The whole parenthesis as one reference, or its "; "-separated pieces ("; 2023" stays with its piece). */
    private List<int[]> pieces(String s, int from, int to, java.util.Map<String, ParsedReference> memo) {
        String whole = s.substring(from, to);
        if (isFullReference(parseOnce(whole, memo))) {
            int[] t = trim(s, from, to);
            int semi = whole.indexOf("; ");
            boolean several = false;
            while (semi >= 0) {
                String next = whole.substring(semi + 2);
                if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && YEAR.matcher(next).find()
                        && NUMBERS.matcher(next).find()) {
                    several = true;
                    break;
                }
                semi = whole.indexOf("; ", semi + 2);
            }
            if (!several) {
                return List.of(t);
            }
        }
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k == to || s.charAt(k) == ';') {
                String next = k == to ? "" : s.substring(k + 1, to).trim();
                boolean yearOnly = next.matches("^(?:1[5-9]|20)\\d\\d\\b.*") && !next.matches("^\\d{4}\\s*[,;].*\\p{Lu}.*");
                if (k < to && yearOnly) {
                    continue;
                }
                out.add(trim(s, start, k));
                start = k + 1;
            }
        }
        return out;
    }

    private static int[] trim(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)))) {
            to--;
        }
        return new int[]{from, to};
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length() && k < open + 700; k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return k;
                }
            } else if (c == '\n' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean inside(List<int[]> regions, int i) {
        for (int[] r : regions) {
            if (i >= r[0] && i < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** A pull quote repeats a sentence of the body: its references would be found twice. */
    private static boolean quoteBlock(NormalizedText nt, int i) {
        TextBlock b = nt.blockAt(i);
        return b != null && b.kind() == BlockKind.PULL_QUOTE;
    }

    // ------------------------------------------------------------------ markers

    private void markers(NormalizedText nt, String s, List<Line> lines, List<int[]> regions, List<Draft> drafts) {
        Map<String, Draft> byLabel = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.kind == ReferenceKind.LIST_ENTRY && d.label != null) {
                byLabel.putIfAbsent(d.label, d);
            }
        }
        if (byLabel.isEmpty()) {
            return;
        }
        List<int[]> taken = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.kind == ReferenceKind.IN_TEXT) {
                taken.add(new int[]{d.start - 1, d.end + 1});
            }
        }
        List<Object[]> found = new ArrayList<>(); // {start, end, numbers}
        Map<Line, Boolean> prose = new java.util.HashMap<>(); // lines read for lower-case words, once each
        for (Pattern p : new Pattern[]{BRACKET_MARKER, REF_MARKER, PAREN_MARKER, ReferenceListLayouts.ALPHA_MARKER}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int ms = m.start();
                int me = m.end();
                if (inside(regions, ms) || quoteBlock(nt, ms) || overlaps(taken, ms, me)
                        || p == PAREN_MARKER && notACitation(s, lineAt(lines, ms), ms, prose)) {
                    continue;
                }
                List<String> nums = p == ReferenceListLayouts.ALPHA_MARKER ? List.of(m.group(1)) : expand(m.group(1));
                if (nums.isEmpty() || !byLabel.keySet().containsAll(nums)) {
                    continue;
                }
                taken.add(new int[]{ms, me});
                found.add(new Object[]{ms, me, nums});
            }
        }
        found.sort(Comparator.comparingInt(o -> (Integer) o[0]));
        for (Object[] f : found) {
            int ms = (Integer) f[0];
            int me = (Integer) f[1];
            @SuppressWarnings("unchecked")
            List<String> nums = (List<String>) f[2];
            int os = nt.originalStart(ms);
            int oe = nt.originalEnd(me);
            CitationMarker marker = new CitationMarker(nt.original().substring(os, oe), os, oe, sentence(s, ms, me));
            for (String n : nums) {
                byLabel.get(n).markers.add(marker);
            }
        }
    }

    /**
     * A parenthesised number that labels a line ("(1) Department of Chemistry, ...", not "(1) and" of a sentence
     * wrapped before it) or marks an author's affiliation
     * in a line of names ("Maria Lindqvist(1), Tobias Hertel(2) and ...": no lower-case word of four letters or more
     * on the line) points to an affiliation or an item, not to a reference.
     */
    static boolean notACitation(String s, Line line, int at, Map<Line, Boolean> prose) {
        int k = at - 1;
        while (k >= line.start && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        if (k < line.start) { // at the line's start: a label when a capital or the line's end follows
            int a = s.indexOf(')', at) + 1;
            while (a > 0 && a < line.end && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            return a <= 0 || a >= line.end || Character.isUpperCase(s.charAt(a));
        }
        return !prose.computeIfAbsent(line, l -> hasLowerCaseWord(s, l.start, l.end));
    }

    /** Whether s[from, to) holds a word of four lower-case letters or more (a sentence's, not a name's). */
    private static boolean hasLowerCaseWord(String s, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                if (++run >= 4 && (i + 1 == to || !Character.isLetter(s.charAt(i + 1)))
                        && (i - run < from || !Character.isLetter(s.charAt(i - run)))) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** The line holding offset {@code at} (lines in order, by binary search). */
    private static Line lineAt(List<Line> lines, int at) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo);
    }

    private static boolean overlaps(List<int[]> spans, int s, int e) {
        for (int[] t : spans) {
            if (s < t[1] && e > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** "1,3", "2-4", "2 and 5" to the list of numbers (ranges up to 50 long). */
    static List<String> expand(String spec) {
        List<String> out = new ArrayList<>();
        for (String part : spec.split("\\s*(?:,|;|\\band\\b)\\s*")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] r = p.split("\\s*-\\s*");
            try {
                if (r.length == 2) {
                    int a = Integer.parseInt(r[0]);
                    int b = Integer.parseInt(r[1]);
                    if (b < a || b - a > 50) {
                        return List.of();
                    }
                    for (int k = a; k <= b; k++) {
                        out.add(String.valueOf(k));
                    }
                } else if (r.length == 1) {
                    out.add(String.valueOf(Integer.parseInt(r[0])));
                } else {
                    return List.of();
                }
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ sentences

    /**
     * The sentence containing [from, to): bounded by a paragraph break or by ". " / "! " / "? " before an upper-case
     * letter, outside parentheses and not after an initial ("X.") or an abbreviation ("al.", "Fig.").
     */
    static String sentence(String s, int from, int to) {
        int a = from;
        int depth = 0;
        while (a > 0) {
            char c = s.charAt(a - 1);
            if (c == '\n' && a >= 2 && s.charAt(a - 2) == '\n') {
                break;
            }
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '.' || c == '!' || c == '?') && a < s.length()
                    && Character.isWhitespace(s.charAt(a)) && boundaryAfter(s, a) && !abbreviationBefore(s, a - 1)) {
                break;
            }
            a--;
        }
        return s.substring(a, sentenceEnd(s, to, s.length())).replaceAll("\\s+", " ").trim();
    }

    /** Where the sentence going on at {@code from} ends (after its final mark), at a blank line, or at {@code limit}. */
    static int sentenceEnd(String s, int from, int limit) {
        int b = from;
        int depth = 0;
        while (b < limit) {
            char c = s.charAt(b);
            if (c == '\n' && b + 1 < s.length() && s.charAt(b + 1) == '\n') {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '.' || c == '!' || c == '?') && (b + 1 >= s.length()
                    || Character.isWhitespace(s.charAt(b + 1)) && boundaryAfter(s, b + 1)) && !abbreviationBefore(s, b)) {
                b++;
                break;
            }
            b++;
        }
        return b;
    }

    private static boolean boundaryAfter(String s, int ws) {
        int k = ws;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        if (k >= s.length()) {
            return true;
        }
        char c = s.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[';
    }

    private static boolean abbreviationBefore(String s, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        String w = s.substring(k, dot);
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial
        }
        return ABBREV.contains(w.toLowerCase(Locale.ROOT));
    }
}
