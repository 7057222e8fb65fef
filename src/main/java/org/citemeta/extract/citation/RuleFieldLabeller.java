package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based field labeller. In order: identifiers (DOI, arXiv, URL) are cut out; the author list is read from
 * the start ({@link AuthorScanner}); the year is chosen (parenthesised first); volume, issue and pages are found
 * with the usual journal patterns ("379, 240-243", "12(3):45-67", "vol. 2, no. 3, pp. 4-5", "94, 102301 (2005)");
 * the free text between the authors and those numbers is split into title and container at a sentence boundary
 * whose tail looks like a journal name (abbreviations such as "J. Am. Chem. Soc." never split); what is left
 * gives publisher, place, editors and type hints. Stateless and thread-safe.
 */
final class RuleFieldLabeller implements FieldLabeller {

    private static final String PG = "(?:[A-Za-z]{1,2})?\\d+[a-z]?";
    private static final String DASH = "\\s*-+\\s*";
    /**
     * The first page of a range, which may end with a capital when the range follows ("73S-79S", "2S-50", "143D-150D":
     * the pages of a supplement or section; before, the rules read "73" alone), and the last page of a range, which
     * keeps such a capital ("79S").
     */
    private static final String PG_FIRST = "(?:[A-Za-z]{1,2})?\\d+(?:[a-z]|[A-Z](?=" + DASH + "(?:[A-Za-z]{1,2})?\\d))?";
    private static final String PG_LAST = "(?:[A-Za-z]{1,2})?\\d+(?:[a-z]|[A-Z](?![\\p{L}\\d]))?";

    private static final Pattern DOI = Pattern.compile(
            "(?i)(?:(?:https?\\s*:\\s*//\\s*)?(?:dx\\.)?doi\\.org/\\s*|\\bdoi\\s*[:=]?\\s*)?\\b(10\\s?\\.\\s?\\d{4,9}\\s?/\\s?[^\\s\"<>,]+)");
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)(?:arxiv\\s*[:.]?\\s*(?:abs/)?|arxiv\\.org/abs/)((?:\\d{4}\\s?\\.\\s?\\d{4,5}|[a-z-]+(?:\\.[a-z]{2})?/\\d{7})(?:v\\d+)?)"
                    + "(?:\\s*\\[[a-z-]+(?:\\.[a-z]{2})?\\])?"
                    + "|\\b(\\d{4}\\.\\d{4,5}(?:v\\d+)?)\\s*\\[[a-z-]+(?:\\.[A-Za-z]{2})?\\]"
                    + "|\\b((?:hep-(?:th|ph|ex|lat)|astro-ph|gr-qc|nucl-(?:th|ex)|quant-ph|cond-mat(?:\\.[a-z-]+)?|math(?:\\.[A-Z]{2})?|physics(?:\\.[a-z-]+)?)/\\d{7}(?:v\\d+)?)"
                    // a bare new-style id after a comma ("Phys. Rev. D86, 054009 (2012), 1202.2281"): yymm.nnnn until
                    // 2014, yymm.nnnnn since 2015
                    + "|(?<=[,;]\\s{0,2})((?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\\.\\d{4}(?:v\\d+)?|(?:1[5-9]|2\\d)(?:0[1-9]|1[0-2])\\.\\d{5}(?:v\\d+)?)(?![\\w/-]|\\.\\d)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern URL_WORDS = Pattern.compile(
            "(?i)\\b(?:retrieved\\s+(?:on\\s+[^,]*,\\s*)?from|available\\s+(?:at|from|online)|accessed(?:\\s+on)?|last\\s+accessed|viewed|\\[?online\\]?|url)\\s*:?");
    private static final Pattern ACCESSED_DATE = Pattern.compile(
            "(?i)[\\[(]?\\s*(?:accessed|retrieved|viewed|last accessed)(?:\\s+on)?\\s*:?\\s*[\\w ,.]*?\\d{4}\\s*[\\])]?");

    private static final Pattern YEAR = Pattern.compile("(?<![\\d./-])(1[5-9]\\d\\d|20\\d\\d)([a-z])?(?![\\d])");
    /**
     * A month (or season) word, with a day, just before the year: masked with the year. English names only: with the
     * French ones ("12-17 Juin 2011", "18-21 avril 1989") the month is masked but not the day range before it, which
     * then reads as pages (GROBID development part: one false positive more, no true positive gained).
     */
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(?:" + Months.ENGLISH_NAME + "|" + Months.SEASON + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s*,?\\s*$");
    private static final Pattern DATE_PAREN_CONTENT = Pattern.compile(
            "(?i)[\\sa-z.,\\d/-]*");

    private static final Pattern VOL_KW = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:vol(?:ume)?s?|bd|tome|jg|t(?=\\.)|v(?=\\.\\s?\\d))\\s*\\.?\\s*(\\d+[A-Za-z]?|[IVXLC]+\\b)");
    private static final Pattern ISSUE_KW = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:no|nos|nr|num|number|issue|iss|heft|fasc|n°|n)\\s*\\.?\\s*(\\d+[A-Za-z]?(?:\\s*[-/]\\s*\\d+)?)");
    private static final Pattern PAGES_KW = Pattern.compile(
            "(?<![\\p{L}])(?:(?:pp|PP|Pp|p|P|pgs?|S)(?:\\s*\\.\\s*|\\s+)|(?:pages?|Pages?)\\s*)(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])");
    private static final Pattern VOL_ISSUE_PAGES = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+)\\s*\\(\\s*(?!(?:1[5-9]|20)\\d\\d\\s*\\))((?:[A-Za-z]+\\.?\\s?)?\\d+[A-Za-z]?(?:\\s*[-/]\\s*\\d+)?)\\s*\\)\\s*[:,.]?\\s*(?:pp?\\.?\\s*)?(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])");
    private static final Pattern VOL_ISSUE = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+)\\s*\\(\\s*(?!(?:1[5-9]|20)\\d\\d\\s*\\))((?:[A-Za-z]+\\.?\\s?)?\\d+[A-Za-z]?(?:\\s*[-/]\\s*\\d+)?)\\s*\\)");
    private static final Pattern VOL_NUM_YEAR_PAGES = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+)\\s*,\\s*(\\d{1,3})\\s*\\(\\s*\\)\\s*[,:]?\\s*(?:pp?\\.?\\s*)?(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])");
    private static final Pattern VOL_COLON_PAGES = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+)\\s*:\\s*(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])");
    private static final Pattern VOL_YEAR_PAGES = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+[A-Z]?)\\s*\\(\\s*\\)\\s*[,:]?\\s*(?:pp?\\.?\\s*)?(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])");
    private static final Pattern VOL_COMMA_PAGES = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+[A-Z]?)\\s*,\\s*(?:pp?\\.?\\s*)?(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])");
    private static final Pattern VOL_SPACE_PAGE = Pattern.compile(
            "(?<![\\d.]|\\p{L}-)(\\d+[A-Z]?)\\s+(" + PG_FIRST + ")(?:" + DASH + "(" + PG_LAST + "))?(?![\\d])(?=[\\s().;,]*$)");
    private static final Pattern VOL_YEAR = Pattern.compile("(?<![\\d.]|\\p{L}-)(\\d+)\\s*,?\\s*\\(\\s*\\)");
    private static final Pattern PAGE_RANGE = Pattern.compile(
            "(?<![\\d.\\p{L}]|[\\p{L}\\d]-|\\p{L}\\s)(" + PG + ")" + DASH + "(" + PG + ")(?![\\d])");
    private static final Pattern LONE_NUMBER = Pattern.compile("(?<![\\d.\\p{L}])(\\d{1,5})(?![\\d.\\p{L}])");

    private static final Pattern NOTE = Pattern.compile(
            "(?i)(?:personal communication|private communication|in press|to appear|submitted(?: for publication)?|"
                    + "unpublished(?: manuscript| data| work| results)?|forthcoming|in preparation|preprint)\\.?");
    static final Pattern THESIS = Pattern.compile(
            "(?i)\\b(?:ph\\.?\\s?d\\.?|doctoral|master'?s?|m\\.?\\s?sc\\.?|m\\.?a\\.?|diploma|bachelor'?s?|habilitation)\\b[^.]{0,30}\\b(?:thesis|dissertation)|\\bthesis\\b|\\bdissertation\\b|\\bth[eè]se\\b|\\bdoctoral\\b");
    static final Pattern REPORT = Pattern.compile(
            "(?i)\\btech(?:nical)?\\.?\\s*rep(?:ort)?\\b|\\breport\\b|\\bworking paper\\b|\\bwhite paper\\b|\\bmemorandum\\b|\\btech\\.?\\s*note\\b|\\bdiscussion paper\\b");
    private static final Pattern CONFERENCE = Pattern.compile(
            "(?i)\\b(?:proc\\.?|proceedings|conference|conf\\.?|symposium|symp\\.?|workshop|congress|meeting|colloquium)\\b");
    private static final Pattern IN = Pattern.compile("(?:^|[.,;:\"]\\s*)(?:In|in|IN|En|Dans|dans)\\s*:?\\s+(?=[\\p{Lu}\\d\"])");
    private static final Pattern EDITORS = Pattern.compile(
            "^(.{2,200}?)\\s*[(\\[]\\s*(?:eds?|Eds?|EDS?|editors?|Editors?|Hrsg|hrsg|éds?|dir|coord|Red)\\.?\\s*[)\\]]\\s*[.,:]?\\s*");
    private static final Pattern EDITORS_WORD = Pattern.compile(
            "^(.{2,200}?),?\\s*(?:eds?\\.|editors?|Eds?\\.|\\(ed\\)|Hrsg\\.)\\s*[.,:]\\s*");
    private static final Pattern EDITED_BY = Pattern.compile(
            "(?i)\\b(?:ed(?:ited)?\\.?\\s+by|eds?\\.)\\s+([^.]{2,150}?)(?:[.,;](?=\\s)|$)");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile(
            "(?:^|[.,;]\\s*)(\\p{Lu}[\\p{L} .'-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.]{1,12})?)\\s*:\\s*(\\p{Lu}[^:;()]{1,80}?)\\s*(?:[.,;]\\s*$|[.;]\\s|,\\s*(?=\\d)|$)");

    @Override
    public LabelledFields label(String s) {
        LabelledFields f = new LabelledFields();
        s = identifiers(s, f);
        s = fixSpacing(s);
        RefTokens t = RefTokens.of(s);
        int first = 0;
        while (first < t.count && !t.isLetterWord(first) && !t.isNumber(first)) {
            first++;
        }
        AuthorScanner.Names names = AuthorScanner.scan(t, first);
        f.authors.addAll(names.authors());
        f.leadEditors.addAll(names.editors());
        f.etAl = names.etAl();
        int authorEnd = names.end() <= first ? (first < t.count ? t.start[first] : s.length())
                : names.end() < t.count ? t.start[names.end()] : s.length();

        char[] w = s.toCharArray();
        mask(w, 0, authorEnd);
        Span year = year(s, w, authorEnd, f);
        numbers(w, authorEnd, f);
        String masked = new String(w);
        free(masked, authorEnd, year, f);
        return f;
    }

    // ------------------------------------------------------------------ identifiers and spacing

    private static String identifiers(String s, LabelledFields f) {
        Matcher m = DOI.matcher(s);
        StringBuilder b;
        if (m.find()) {
            int end = doiEnd(s, m.start(1) + m.group(1).length());
            f.doi = doiTail(s.substring(m.start(1), end).replaceAll("\\s", ""));
            s = s.substring(0, m.start()) + " " + s.substring(Math.min(s.length(), end));
        }
        m = ARXIV.matcher(s);
        if (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            id = id.replaceAll("\\s", ""); // "arXiv :1203 .6834": OCR spaces
            f.arxiv = id;
            s = s.substring(0, m.start()) + " " + s.substring(m.end());
        }
        m = URL.matcher(s);
        if (m.find()) {
            String url = trimIdentifier(m.group());
            if (f.doi == null && url.toLowerCase(Locale.ROOT).contains("doi.org/10.")) {
                f.doi = url.substring(url.toLowerCase(Locale.ROOT).indexOf("10."));
            } else if (f.arxiv == null && url.toLowerCase(Locale.ROOT).contains("arxiv.org/abs/")) {
                f.arxiv = url.substring(url.toLowerCase(Locale.ROOT).indexOf("/abs/") + 5);
            } else {
                f.url = url;
            }
            s = s.substring(0, m.start()) + " " + s.substring(m.start() + m.group().length());
            b = new StringBuilder(s);
            s = b.toString();
        }
        s = ACCESSED_DATE.matcher(s).replaceAll(" ");
        s = URL_WORDS.matcher(s).replaceAll(" ");
        return s;
    }

    /** A DOI broken by OCR spaces goes on: "10.1093/molbev /msu300", "npg- 19-227", "PhysRevLett. 113.091601". */
    private static final Pattern DOI_CONTINUATION = Pattern.compile("\\s+([^\\s\"<>,]+)");
    /** What PDF extraction glues after a DOI: "[doi]", "[pii]", "[arXiv...", ".URL...", ".PMID: 123", "(2019)". */
    private static final Pattern DOI_JUNK = Pattern.compile(
            "(?i)(?:\\[[a-z]*\\]?|\\.(?:URL|PMID|PMCID|PubMed).*|\\.?(?:URL|https?:.*|arXiv.*)|\\((?:1[5-9]|20)\\d\\d\\))$");

    private static int doiEnd(String s, int end) {
        Matcher c = DOI_CONTINUATION.matcher(s);
        while (end < s.length() && c.find(end) && c.start() == end) {
            char last = s.charAt(end - 1);
            char next = c.group(1).charAt(0);
            String chunk = c.group(1);
            boolean joined = (last == '/' || last == '-') && Character.isLetterOrDigit(next)
                    || next == '/' || next == '-' && chunk.length() > 1
                    || next == '.' && chunk.length() > 1 && Character.isLetterOrDigit(chunk.charAt(1))
                    || last == '.' && chunk.matches("\\d+(?:\\.\\d+)+[.;]?");
            if (!joined) {
                break;
            }
            end = c.end();
        }
        return end;
    }

    /** The DOI without extraction junk after it and without final punctuation. */
    private static String doiTail(String doi) {
        doi = trimIdentifier(doi);
        // an unclosed "[" or a "(" opening a note ("(in Korean") ends the DOI
        int b = doi.lastIndexOf('[');
        if (b > 0 && doi.indexOf(']', b) < 0) {
            doi = doi.substring(0, b);
        }
        int p = doi.lastIndexOf('(');
        if (p > 0 && doi.indexOf(')', p) < 0 && doi.substring(p + 1).matches("\\p{L}{4,}.*")) {
            doi = doi.substring(0, p);
        }
        for (String prev = null; !doi.equals(prev); ) {
            prev = doi;
            doi = trimIdentifier(DOI_JUNK.matcher(doi).replaceFirst(""));
        }
        return doi;
    }

    private static String trimIdentifier(String id) {
        while (!id.isEmpty()) {
            char c = id.charAt(id.length() - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == ']' || c == '\'' || c == '"'
                    || c == ')' && count(id, '(') < count(id, ')')) {
                id = id.substring(0, id.length() - 1);
            } else {
                break;
            }
        }
        return id;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("(?<=[\\p{L}\\d)\"])\\s+([.,;:])(?=\\s|$|\\p{L}|\\()");
    private static final Pattern GLUED_AFTER_PUNCT = Pattern.compile("(?<=\\p{L}\\p{L})([.,;:])(?=\\p{Lu}\\p{L})");
    private static final Pattern COMMA_GLUED = Pattern.compile("([,;])(?=[\\p{L}(])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** OCR spacing ("Phys .Rev .Lett .", "Smith ,J."), collapsed white space. */
    static String fixSpacing(String s) {
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        s = GLUED_AFTER_PUNCT.matcher(s).replaceAll("$1 ");
        s = COMMA_GLUED.matcher(s).replaceAll("$1 ");
        s = s.replace("( ", "(").replace(" )", ")");
        return s.trim();
    }

    private static void mask(char[] w, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(w.length, to); i++) {
            w[i] = ' ';
        }
    }

    // ------------------------------------------------------------------ year

    private record Span(int start, int end) {
    }

    private static Span year(String s, char[] w, int authorEnd, LabelledFields f) {
        String ws = new String(w);
        Matcher m = YEAR.matcher(ws);
        List<int[]> cands = new ArrayList<>();
        while (m.find()) {
            if (m.start() < authorEnd) {
                continue;
            }
            cands.add(new int[]{m.start(), m.end(), m.start(1), m.end(1)});
        }
        if (cands.isEmpty()) {
            return null;
        }
        int[] best = null;
        for (int[] c : cands) { // parenthesised: "(2005)", "(june 1989)", "(2019, March 3)"
            int open = ws.lastIndexOf('(', c[0]);
            int close = ws.indexOf(')', c[1]);
            if (open >= 0 && close >= 0 && c[0] - open <= 16 && close - c[1] <= 16
                    && DATE_PAREN_CONTENT.matcher(ws.substring(open + 1, close)).matches()
                    && ws.substring(open + 1, c[0]).indexOf('(') < 0 && ws.substring(c[1], close).indexOf('(') < 0
                    && !ws.substring(open + 1, close).matches(".*\\d+\\s*[-:].*\\d.*")) {
                best = c;
                break;
            }
        }
        if (best == null) {
            for (int i = cands.size() - 1; i >= 0; i--) {
                int[] c = cands.get(i);
                boolean range = c[1] < ws.length() && ws.substring(c[1]).matches("^\\s*-+\\s*\\d.*")
                        || ws.substring(0, c[0]).matches(".*\\d\\s*-+\\s*$");
                boolean volPages = c[1] < ws.length() && ws.substring(c[1]).matches("^\\s*[:(]\\s*\\d.*")
                        && !ws.substring(c[1]).matches("^\\s*;.*");
                if (!range && !volPages) {
                    best = c;
                    break;
                }
            }
            if (best == null) {
                best = cands.get(cands.size() - 1);
            }
        }
        f.year = s.substring(best[2], best[3]);
        int ms = best[0];
        Matcher mm = MONTH.matcher(ws.substring(Math.max(authorEnd, best[0] - 25), best[0]));
        if (mm.find()) {
            ms = Math.max(authorEnd, best[0] - 25) + mm.start();
        }
        int me = best[1];
        // "(2019, March 3)" / "2019 Jan;" : mask date words after the year inside parentheses
        int close = ws.indexOf(')', me);
        int open = ws.lastIndexOf('(', ms);
        if (open >= 0 && close >= 0 && ms - open <= 16 && close - me <= 16
                && DATE_PAREN_CONTENT.matcher(ws.substring(open + 1, close)).matches()) {
            ms = open + 1;
            me = close;
        } else {
            Matcher after = Pattern.compile("^\\s*(?:[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{1,2})?(?:\\s*-\\s*[A-Z][a-z]{2,8})?)(?=[;:.,]|\\s*$)")
                    .matcher(ws.substring(me));
            if (after.find() && MONTH.matcher(after.group().trim().replaceAll("\\s+\\d+$", "")).find()) {
                me += after.end();
            }
        }
        mask(w, ms, me);
        return new Span(ms, me);
    }

    // ------------------------------------------------------------------ volume, issue, pages

    private record Hit(int start, int end, String volume, String issue, String pageFirst, String pageLast,
                       boolean strong) {
    }

    /**
     * The issue as written, without the spaces around a dash or slash ("2 - 3" is "2-3") but with the one between a
     * word and its number ("Supplement 1", "Pt 2", "Suppl. 3": gluing them gave "Supplement1").
     */
    static String issue(String written) {
        return written.replaceAll("\\s*([-/])\\s*", "$1").replaceAll("\\s+", " ").trim();
    }

    private static void numbers(char[] w, int authorEnd, LabelledFields f) {
        String ws = new String(w);
        List<Hit> hits = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        addHits(hits, taken, ws, VOL_KW, authorEnd, g -> new String[]{g[1], null, null, null}, true);
        addHits(hits, taken, ws, ISSUE_KW, authorEnd, g -> new String[]{null, g[1], null, null}, true);
        addHits(hits, taken, ws, PAGES_KW, authorEnd, g -> new String[]{null, null, g[1], g[2]}, true);
        addHits(hits, taken, ws, VOL_ISSUE_PAGES, authorEnd, g -> new String[]{g[1], g[2], g[3], g[4]}, true);
        addHits(hits, taken, ws, VOL_NUM_YEAR_PAGES, authorEnd, g -> new String[]{g[1], g[2], g[3], g[4]}, true);
        addHits(hits, taken, ws, VOL_YEAR_PAGES, authorEnd, g -> new String[]{g[1], null, g[2], g[3]}, true);
        addHits(hits, taken, ws, VOL_ISSUE, authorEnd, g -> new String[]{g[1], g[2], null, null}, true);
        addHits(hits, taken, ws, VOL_COLON_PAGES, authorEnd, g -> new String[]{g[1], null, g[2], g[3]}, true);
        addHits(hits, taken, ws, VOL_COMMA_PAGES, authorEnd, g -> new String[]{g[1], null, g[2], g[3]}, true);
        addHits(hits, taken, ws, VOL_YEAR, authorEnd, g -> new String[]{g[1], null, null, null}, false);
        if (hits.isEmpty()) {
            addHits(hits, taken, ws, VOL_SPACE_PAGE, authorEnd, g -> new String[]{g[1], null, g[2], g[3]}, true);
        }
        addHits(hits, taken, ws, PAGE_RANGE, authorEnd, g -> new String[]{null, null, g[1], g[2]}, false);
        if (hits.isEmpty()) {
            return;
        }
        hits.sort((a, b) -> Integer.compare(a.start, b.start));
        int firstStrong = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).strong) {
                firstStrong = i;
                break;
            }
        }
        int from = firstStrong >= 0 ? firstStrong : 0;
        for (int i = from; i < hits.size(); i++) {
            Hit h = hits.get(i);
            boolean used = false;
            if (h.volume != null && f.volume == null) {
                f.volume = h.volume;
                used = true;
            }
            if (h.issue != null && f.issue == null) {
                f.issue = issue(h.issue);
                used = true;
            }
            if (h.pageFirst != null && f.pageFirst == null) {
                f.pageFirst = h.pageFirst;
                f.pageLast = h.pageLast;
                used = true;
            }
            if (used || i == from) {
                mask(w, h.start, h.end);
            }
        }
        // a lone number right after the container and before the year: the volume ("Nature 521, (2015)")
        if (f.volume == null && f.pageFirst != null) {
            int firstHit = hits.get(from).start;
            String rest = new String(w);
            Matcher m = LONE_NUMBER.matcher(rest);
            int pos = Math.max(authorEnd, firstHit - 14);
            if (m.find(pos) && m.start() < firstHit && !m.group(1).matches("(?:1[5-9]|20)\\d\\d")
                    && rest.substring(m.end(), firstHit).matches("[\\s,.;:()]*")) {
                f.volume = m.group(1);
                mask(w, m.start(), m.end());
            }
        }
    }

    private interface Groups {
        String[] fields(String[] g);
    }

    private static void addHits(List<Hit> hits, List<int[]> taken, String ws, Pattern p, int from, Groups g,
                                boolean strong) {
        Matcher m = p.matcher(ws);
        int pos = from;
        while (pos < ws.length() && m.find(pos)) {
            pos = m.end();
            boolean overlaps = false;
            for (int[] t : taken) {
                if (m.start() < t[1] && m.end() > t[0]) {
                    overlaps = true;
                    break;
                }
            }
            if (overlaps) {
                pos = m.start() + 1;
                continue;
            }
            String[] groups = new String[m.groupCount() + 1];
            for (int i = 0; i <= m.groupCount(); i++) {
                groups[i] = m.group(i);
            }
            String[] v = g.fields(groups);
            hits.add(new Hit(m.start(), m.end(), v[0], v[1], v[2], v[3], strong));
            taken.add(new int[]{m.start(), m.end()});
        }
    }

    // ------------------------------------------------------------------ free text: title, container, publisher

    private static void free(String ws, int authorEnd, Span year, LabelledFields f) {
        List<int[]> segs = segments(ws, authorEnd);
        if (segs.isEmpty()) {
            return;
        }
        boolean numbers = f.volume != null || f.pageFirst != null || f.issue != null;
        String head = clean(ws.substring(segs.get(0)[0], segs.get(0)[1]));
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < segs.size(); i++) {
            String x = clean(ws.substring(segs.get(i)[0], segs.get(i)[1]));
            if (!x.isEmpty()) {
                if (rest.length() > 0) {
                    rest.append(". ");
                }
                rest.append(x);
            }
        }
        String tail = rest.toString();
        String all = (head + " " + tail).trim();
        Matcher th = THESIS.matcher(all);
        if (th.find()) {
            f.typeHint = "thesis";
        } else if (REPORT.matcher(all).find()) {
            f.typeHint = "report";
        }
        titleAndContainer(head, numbers, f);
        imprintInTitle(f);
        if (f.title != null && NOTE.matcher(f.title.trim()).matches()) {
            f.title = null; // "Personal communication", "In press", "Unpublished manuscript"
        }
        if (f.container != null) {
            f.container = cutPublisher(f.container, f);
        }
        if (f.title != null && f.container == null) {
            f.title = cutPublisher(f.title, f);
        }
        if (("thesis".equals(f.typeHint) || "report".equals(f.typeHint)) && f.container != null
                && (THESIS.matcher(f.container).find() || REPORT.matcher(f.container).find())) {
            if (f.publisher == null) {
                publisher(f.container.replaceAll("(?i)^.*?(?:thesis|dissertation|report)\\b[^,]*,?", ""), f);
            }
            f.container = null;
        }
        if (!tail.isEmpty()) {
            publisher(tail, f);
        }
        if (f.container == null && f.title != null && numbers && !tail.isEmpty() && journalLike(tail)
                && f.publisher == null) {
            f.container = tail;
        }
    }

    /** Maximal runs of unmasked text after {@code from}; runs separated by 3+ spaces of masking. */
    private static List<int[]> segments(String ws, int from) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        int n = ws.length();
        while (i < n) {
            while (i < n && !Character.isLetter(ws.charAt(i)) && ws.charAt(i) != '"' && ws.charAt(i) != '\''
                    && !Character.isDigit(ws.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int s = i;
            int spaces = 0;
            int e = i;
            while (i < n) {
                char c = ws.charAt(i);
                if (c == ' ') {
                    spaces++;
                    if (spaces >= 3) {
                        break;
                    }
                } else {
                    spaces = 0;
                    e = i + 1;
                }
                i++;
            }
            out.add(new int[]{s, e});
        }
        return out;
    }

    private static String clean(String x) {
        x = x.replaceAll("\\s+", " ").trim();
        x = x.replaceAll("^[\\s.,;:)\\]}]+", "");
        x = Ends.cutTrailing(x, Ends.SPACE + ",;:([{");
        x = x.replaceAll("\\(\\s*\\)", "").trim();
        return x;
    }

    private static void titleAndContainer(String head, boolean numbers, LabelledFields f) {
        if (head.isEmpty()) {
            return;
        }
        String h = head;
        String rest = null;
        // quoted title
        if (h.startsWith("\"") || h.startsWith("'") || h.startsWith("«")) {
            char q = h.charAt(0) == '\'' ? '\'' : '"';
            int close = h.indexOf(q, 1);
            // a single quote before a letter is an apostrophe ("'So, what's this ...?'"), not the closing quote
            while (q == '\'' && close > 0 && close + 1 < h.length() && Character.isLetter(h.charAt(close + 1))) {
                close = h.indexOf(q, close + 1);
            }
            if (close > 1) {
                f.title = h.substring(1, close);
                rest = h.substring(close + 1);
            }
        }
        if (f.title == null) {
            Matcher in = IN.matcher(h);
            while (in.find()) {
                if (in.start() > 3) {
                    f.title = h.substring(0, in.start());
                    rest = h.substring(in.end());
                    if (f.typeHint == null) {
                        f.typeHint = "chapter";
                    }
                    break;
                }
            }
        }
        if (f.title != null) {
            container(rest == null ? "" : rest, numbers, f);
            return;
        }
        List<int[]> splits = splits(h);
        if (numbers) {
            int chosen = -1;
            for (int i = splits.size() - 1; i >= 0; i--) {
                int[] sp = splits.get(i);
                if (sp[1] == 1 && journalLike(h.substring(sp[0]))) {
                    chosen = i;
                    break;
                }
            }
            if (chosen < 0) { // IEEE without quotes: "Title Words, J. Logic Programming"
                int comma = h.lastIndexOf(", ");
                while (comma > 0) {
                    String tail = h.substring(comma + 2);
                    if (!tail.isEmpty() && Character.isUpperCase(tail.charAt(0)) && journalLike(tail)
                            && h.substring(0, comma).trim().split("\\s+").length >= 3 && splits(h.substring(0, comma)).stream().noneMatch(x -> x[1] == 1)) {
                        f.title = h.substring(0, comma);
                        container(tail, true, f);
                        return;
                    }
                    comma = h.lastIndexOf(", ", comma - 1);
                }
            }
            if (chosen < 0) { // "The Journal Club. Postgrad Med J": a weak split before a journal-like tail
                for (int i = 0; i < splits.size(); i++) {
                    int[] sp = splits.get(i);
                    String tail = h.substring(sp[0]);
                    if (sp[1] == 0 && journalLike(tail) && journalEvidence(tail)
                            && h.substring(0, sp[0]).trim().split("\\s+").length >= 2) {
                        chosen = i;
                        break;
                    }
                }
            }
            if (chosen < 0 && journalLike(h)) {
                f.container = h;
                return;
            }
            if (chosen < 0) {
                for (int i = 0; i < splits.size(); i++) {
                    int[] sp = splits.get(i);
                    if (sp[1] == 0 && journalLike(h.substring(sp[0]))) {
                        chosen = i;
                        break;
                    }
                }
            }
            if (chosen < 0) {
                for (int i = splits.size() - 1; i >= 0; i--) {
                    if (splits.get(i)[1] == 1) {
                        chosen = i;
                        break;
                    }
                }
            }
            if (chosen >= 0) {
                f.title = h.substring(0, splits.get(chosen)[0]);
                container(h.substring(splits.get(chosen)[0]), true, f);
                return;
            }
            String suffix = journalSuffix(h);
            if (suffix != null) {
                f.title = h.substring(0, h.length() - suffix.length());
                f.container = suffix;
                return;
            }
            int comma = h.lastIndexOf(", ");
            while (comma > 0) {
                if (journalLike(h.substring(comma + 2))) {
                    f.title = h.substring(0, comma);
                    f.container = h.substring(comma + 2);
                    return;
                }
                comma = h.lastIndexOf(", ", comma - 1);
            }
            f.title = h;
            return;
        }
        // no volume/pages: book, thesis, report, web page, or a journal reference without numbers
        int chosen = -1;
        for (int[] sp : splits) {
            if (sp[1] == 1) {
                chosen = sp[0];
                break;
            }
        }
        if (chosen < 0) {
            f.title = h;
            return;
        }
        f.title = h.substring(0, chosen);
        String r = h.substring(chosen).trim();
        publisher(r, f);
        if (f.publisher == null && f.typeHint == null && journalLike(r)) {
            f.container = r;
        }
    }

    private static final Pattern PIECE_START = Pattern.compile("[,.]\\s+(?=\\p{Lu})");
    private static final Pattern PIECE_END = Pattern.compile("[,.;]\\s+");

    /**
     * "Logic and Data Bases, Plenum Press, New York" / "Robot Vision, MIT Press" / "Knowledge in Flux. The MIT
     * Press, Cambridge": the first ", " or ". " piece (not the first) naming a publisher ends the text and is the
     * publisher.
     */
    private static String cutPublisher(String text, LabelledFields f) {
        Matcher m = PIECE_START.matcher(text);
        Matcher end = PIECE_END.matcher(text);
        while (m.find()) {
            if (m.start() < 3) {
                continue;
            }
            // the piece up to the next separator (it opens with a capital, so none is at its start); splitting the
            // whole rest of the text instead cost the text's length for every piece: 11 s for 16,000 characters of
            // "A. A. A." (the fuzzer of 7 Dec 2026, src/test/java/org/citemeta/fuzz/README.md)
            String piece = end.find(m.end()) ? text.substring(m.end(), end.start()) : text.substring(m.end());
            if (piece.split("\\s+").length > 5) {
                continue;
            }
            for (String word : piece.split("\\s+")) {
                String lw = word.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
                if (Abbreviations.PUBLISHER_WORDS.contains(lw) && !lw.equals("oxford") && !lw.equals("cambridge")
                        && !lw.equals("world") && !lw.equals("academic") && !lw.equals("hill") && !lw.equals("random")) {
                    if (f.publisher == null) {
                        f.publisher = clean(piece);
                    }
                    return text.substring(0, m.start()).trim();
                }
            }
        }
        return text;
    }

    /** "Title (2nd ed.; New York: Van Nostrand" / "Title (Morgan Kaufmann, ": the parenthesis is the imprint. */
    private static void imprintInTitle(LabelledFields f) {
        if (f.title == null) {
            return;
        }
        int open = f.title.lastIndexOf('(');
        if (open > 3 && f.title.endsWith(")")) { // "Title (Unpublished doctoral dissertation)", "Title (2nd ed.)"
            String inside = f.title.substring(open + 1, f.title.length() - 1);
            if (THESIS.matcher(inside).find() || REPORT.matcher(inside).find()
                    || inside.matches("(?i).*\\b(?:ed|edn|edition|eds|vol|trans|transl)\\b\\.?.*")) {
                f.title = f.title.substring(0, open).trim();
                return;
            }
        }
        if (open > 3 && f.title.indexOf(')', open) < 0) {
            String inside = f.title.substring(open + 1);
            f.title = f.title.substring(0, open).trim();
            publisher(inside, f);
            if (f.publisher == null) {
                String c = clean(inside.replaceAll("(?i)\\b\\d+(?:st|nd|rd|th)\\s*ed\\.?;?", ""));
                if (!c.isEmpty() && Character.isUpperCase(c.charAt(0))) {
                    f.publisher = c.split("[,;]")[0].trim();
                }
            }
        }
    }

    private static void container(String rest, boolean numbers, LabelledFields f) {
        String r = rest.replaceAll("^[\\s.,;:]+", "").trim();
        r = r.replaceAll("^(?:In|in)\\s*:?\\s+", "");
        Matcher ed = EDITORS.matcher(r);
        if (ed.find()) {
            f.editors = ed.group(1);
            r = r.substring(ed.end());
        } else {
            Matcher ew = EDITORS_WORD.matcher(r);
            if (ew.find() && ew.group(1).length() < 120) {
                f.editors = ew.group(1);
                r = r.substring(ew.end());
            }
        }
        Matcher eb = EDITED_BY.matcher(r);
        if (eb.find()) {
            f.editors = eb.group(1);
            r = (r.substring(0, eb.start()) + " " + r.substring(eb.end())).trim();
        }
        if (r.isEmpty()) {
            return;
        }
        // the container runs to the next sentence boundary; publisher and place may follow
        List<int[]> splits = splits(r);
        int cut = -1;
        for (int[] sp : splits) {
            if (sp[1] == 1) {
                cut = sp[0];
                break;
            }
        }
        if (cut > 0 && !journalLike(r)) {
            String after = r.substring(cut).trim();
            f.container = clean(r.substring(0, cut));
            publisher(after, f);
        } else {
            Matcher pp = PLACE_PUBLISHER.matcher(r);
            if (pp.find() && pp.start() > 0) {
                f.container = clean(r.substring(0, pp.start()));
                f.place = pp.group(1).trim();
                f.publisher = pp.group(2).trim();
            } else {
                f.container = clean(r);
            }
        }
    }

    private static void publisher(String r, LabelledFields f) {
        if (f.publisher != null) {
            return;
        }
        Matcher pp = PLACE_PUBLISHER.matcher(r);
        if (pp.find()) {
            f.place = pp.group(1).trim();
            f.publisher = clean(pp.group(2));
            return;
        }
        for (String chunk : r.split("[.,;]\\s+|\\s*\\(|\\)")) {
            String c = clean(chunk);
            if (c.isEmpty()) {
                continue;
            }
            for (String word : c.split("\\s+")) {
                String lw = word.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
                if (Abbreviations.PUBLISHER_WORDS.contains(lw) || "thesis".equals(f.typeHint)
                        && (lw.startsWith("univ") || lw.startsWith("institut") || lw.equals("college")
                        || lw.equals("school"))) {
                    f.publisher = c;
                    return;
                }
            }
        }
    }

    /**
     * Sentence boundaries in free text: {offset of the next part, 1 for a strong boundary (after a full word,
     * "?", "!" or a closing quote), 0 for a weak one (after a short capitalised word that may be an abbreviation)}.
     * Initials and known journal abbreviations ("J.", "Phys.", "Soc.") never split.
     */
    static List<int[]> splits(String h) {
        List<int[]> out = new ArrayList<>();
        RefTokens t = RefTokens.of(h);
        for (int k = 0; k < t.count - 1; k++) {
            String x = t.word[k];
            int next = t.start[k + 1];
            if (t.glued(k)) {
                continue;
            }
            boolean nextOk = Character.isUpperCase(t.word[k + 1].charAt(0)) || Character.isDigit(t.word[k + 1].charAt(0))
                    || t.word[k + 1].equals("\"") || t.word[k + 1].equals("(") || t.word[k + 1].equals("[");
            if (x.equals("?") || x.equals("!")) {
                if (nextOk) {
                    out.add(new int[]{next, 1});
                }
                continue;
            }
            if (x.equals(".") && k > 0) {
                if (nextOk) {
                    out.add(new int[]{next, t.isNumber(k - 1) || !AuthorScanner.isInitial(t.word[k - 1] + ".") ? 1 : 0});
                }
                continue;
            }
            if (!x.endsWith(".") || x.length() < 2 || !Character.isLetter(x.charAt(0)) || !nextOk) {
                continue;
            }
            String b = x.substring(0, x.length() - 1);
            String lb = b.toLowerCase(Locale.ROOT);
            if (AuthorScanner.isInitial(x) || b.length() == 1 || Abbreviations.isJournalWord(b)
                    || Abbreviations.NON_FINAL.contains(lb)) {
                continue;
            }
            boolean lower = Character.isLowerCase(b.charAt(0));
            boolean inChain = k > 0 && t.word[k - 1].endsWith(".") && t.word[k - 1].length() <= 8
                    && Character.isUpperCase(t.word[k - 1].charAt(0));
            boolean strong = !inChain && (lower || b.length() > 4
                    || b.chars().allMatch(Character::isUpperCase) && b.length() > 1);
            out.add(new int[]{next, strong ? 1 : 0});
        }
        return out;
    }

    /**
     * "... maraging steel Nucl. Instrum. Methods Phys. Res. A": the longest journal-like run of words at the end,
     * starting with a capitalised word after a lower-case one and holding an abbreviation; null when none.
     */
    static String journalSuffix(String h) {
        RefTokens t = RefTokens.of(h);
        String best = null;
        for (int k = t.count - 1; k > 0; k--) {
            if (!AuthorScanner.isCapWord(t, k) || !t.isLetterWord(k - 1) || !Character.isLowerCase(t.word[k - 1].charAt(0))) {
                continue;
            }
            String tail = h.substring(t.start[k]);
            if (!journalLike(tail)) {
                break;
            }
            boolean abbrev = false;
            for (int j = k; j < t.count; j++) {
                if (t.word[j].endsWith(".") && t.word[j].length() > 2) {
                    abbrev = true;
                }
            }
            if (abbrev) {
                best = tail;
            }
        }
        return best;
    }

    private static final Pattern JOURNAL_EVIDENCE = Pattern.compile(
            "(?i)\\b(?:j|journal|revue?|review|reviews|letters?|annals?|bulletin|transactions|proceedings|proc|acta|"
                    + "quarterly|magazine|zeitschrift|archives?|reports?|research|science|sciences|nature|med|"
                    + "medicine|studies|today|advances|progress|communications?|gazette)\\b");

    /** The name holds a word that journals are made of ("J", "Journal", "Review", "Letters" ...). */
    static boolean journalEvidence(String x) {
        if (JOURNAL_EVIDENCE.matcher(x).find()) {
            return true;
        }
        RefTokens t = RefTokens.of(x);
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].endsWith(".") && Abbreviations.isJournalWord(t.bare(k))) {
                return true;
            }
        }
        return false;
    }

    /** A journal or proceedings name: short, every word capitalised, abbreviated or a connector. */
    static boolean journalLike(String x) {
        x = x.trim();
        if (x.isEmpty() || x.length() > 120) {
            return false;
        }
        RefTokens t = RefTokens.of(x);
        int words = 0;
        int bad = 0;
        int abbrev = 0;
        for (int k = 0; k < t.count; k++) {
            String w = t.word[k];
            if (!t.isLetterWord(k)) {
                if (w.equals("?") || w.equals("!") || w.equals("\"")) {
                    return false;
                }
                continue;
            }
            words++;
            String b = t.bare(k);
            if (w.endsWith(".")) {
                abbrev++;
            }
            if (Character.isUpperCase(w.charAt(0)) || Abbreviations.CONNECTORS.contains(b.toLowerCase(Locale.ROOT))
                    || w.endsWith(".") && Abbreviations.isJournalWord(b)) {
                continue;
            }
            bad++;
        }
        if (words == 0 || words > 14) {
            return false;
        }
        return bad == 0 || bad == 1 && words >= 4 && abbrev == 0;
    }
}
