package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citemeta.extract.text.TextNormalizer;

/**
 * Parses one reference string into CSL fields. Three stages:
 * <ol>
 *   <li>cleaning: quotes, dashes and spaces normalised, markdown emphasis and a leading list label
 *       ("[12]", "12.", "(12)") removed;</li>
 *   <li>labelling: a {@link FieldLabeller} cuts the string into raw field strings (the trained
 *       {@link ModelFieldLabeller} by default, the rule-based {@link RuleFieldLabeller} with
 *       {@code -Dreferences.labeller=rules});</li>
 *   <li>assembling: trimming, page ranges expanded ("240-3" gives 240/243), year parsed, CSL type chosen.</li>
 * </ol>
 * Thread-safe and stateless: one instance can serve all threads.
 */
public final class ReferenceParser {
    static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:\\[\\s*(\\d{1,4}[a-z]?)\\s*\\]|\\(\\s*(\\d{1,4}[a-z]?)\\s*\\)|(\\d{1,4}[a-z]?)\\s*[.)](?=\\s)|(\\d{1,3})\\s+(?=\\p{Lu}))\\s*");
    /**
     * Identifiers the parse has no field for, which labellers read as volumes or pages: PubMed ids ("PMID:
     * 20979621", "PubMed PMID:30254579", "PMCID: PMC3218662") and ISSNs ("issn:1465-6914", "ISSN 1063-651X, 1095-3787"), with the separator
     * before them.
     */
    static final Pattern PUBMED_ISSN = Pattern.compile(
            "(?i)[.,;]?\\s*\\b(?:(?:PubMed\\s*(?:Central)?\\s*)?(?:PMID|PMCID)\\s*:?\\s*(?:PMC)*\\d+"
                    + "|ISSN\\s*:?\\s*\\d{4}\\s*-?\\s*\\d{3}[\\dX](?:\\s*,\\s*\\d{4}-\\d{3}[\\dX])*)\\b");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d])[*_]{1,3}|[*_]{1,3}(?![\\p{L}\\d])");
    private static final Pattern CONFERENCE = Pattern.compile(
            "(?i)\\b(?:proc\\.?|proceedings|conference|conf\\.?|symposium|symp\\.?|workshop|congress|meeting|colloquium)\\b");

    private final FieldLabeller labeller;
    private final FieldLabeller fallback;

    /**
     * System property choosing the labeller: {@code model} (the trained labeller, the default when its model file is
     * on the classpath) or {@code rules} (the rule-based labeller alone).
     */
    public static final String LABELLER_PROPERTY = "references.labeller";

    /** The parser with the default labeller (see {@link #LABELLER_PROPERTY}). */
    public ReferenceParser() {
        this(defaultLabeller());
    }

    /** A parser with the rule-based labeller ({@code true}) or the default one. */
    public static ReferenceParser create(boolean rulesOnly) {
        return new ReferenceParser(rulesOnly ? new RuleFieldLabeller() : defaultLabeller());
    }

    /** "model" when {@link #ReferenceParser()} uses the trained labeller, "rules" otherwise. */
    public static String defaultLabellerName() {
        return defaultLabeller() instanceof ModelFieldLabeller ? "model" : "rules";
    }

    private static FieldLabeller defaultLabeller() {
        String choice = System.getProperty(LABELLER_PROPERTY, "model");
        if (!"rules".equalsIgnoreCase(choice) && DefaultModel.MODEL != null) {
            return new ModelFieldLabeller(DefaultModel.MODEL);
        }
        return new RuleFieldLabeller();
    }

    /** The shipped model, loaded once on first use (lazy holder). */
    private static final class DefaultModel {
        static final LinearChainModel MODEL = ModelFieldLabeller.loadDefault();
    }

    ReferenceParser(FieldLabeller labeller) {
        this(labeller, labeller instanceof RuleFieldLabeller ? null : new RuleFieldLabeller());
    }

    /** A parser whose {@link #parse} answers {@code fallback}'s parse (if not null) when {@code labeller} fails. */
    ReferenceParser(FieldLabeller labeller, FieldLabeller fallback) {
        this.labeller = labeller;
        this.fallback = fallback;
    }

    private static final Pattern PUBLISHER_END =
            Pattern.compile("(?:\\p{L}{4,}|(?<![.\\p{L}])\\p{Lu}{2,3})\\.$");

    /**
     * Parses {@code raw}; never null (all fields null for a blank string) and never throws for any string: should the
     * labeller or a post-processing step fail on a string (a defect, logged as a warning with the string), the rule
     * labeller's parse is returned instead, and if that fails too, a parse with no fields — so that one odd reference
     * cannot fail the document it comes from or a {@code POST /citations/parse} request.
     * {@link org.citemeta.extract.Cancellation.Cancelled} still propagates.
     */
    public ParsedReference parse(String raw) {
        org.citemeta.extract.Cancellation.check();
        ParsedReference p = attempt(raw, labeller, "reference parse failed, falling back to the rule labeller: ");
        if (p == null && fallback != null) {
            p = attempt(raw, fallback, "the rule labeller failed too: ");
        }
        return p == null ? EMPTY : p;
    }

    /** The parse with {@code l}, or null (logged) when it throws; cancellation propagates. */
    private ParsedReference attempt(String raw, FieldLabeller l, String failure) {
        try {
            return parseUnguarded(raw, l);
        } catch (org.citemeta.extract.Cancellation.Cancelled c) {
            throw c;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, failure + describe(raw), e);
            return null;
        }
    }

    private static final System.Logger LOG = System.getLogger(ReferenceParser.class.getName());
    private static final ParsedReference EMPTY =
            new ParsedReference(List.of(), false, null, null, null, null, null, null, null, null, null, null, null, null,
                    List.of(), null);

    /** The string for the log: quoted, cut at 300 characters, line breaks and other controls as spaces (one line). */
    private static String describe(String raw) {
        String r = String.valueOf(raw).replaceAll("\\p{Cntrl}", " ");
        return '"' + (r.length() > 300 ? r.substring(0, 300) + "…" : r) + '"';
    }

    /** The parse itself with this parser's labeller: what {@link #parse} guards; exceptions propagate (for tests). */
    ParsedReference parseUnguarded(String raw) {
        return parseUnguarded(raw, labeller);
    }

    private ParsedReference parseUnguarded(String raw, FieldLabeller labeller) {
        String s = clean(raw == null ? "" : raw);
        if (s.isBlank()) {
            return EMPTY;
        }
        LabelledFields f = labeller.label(s);
        // post-processing on the cleaned string, in this order (each step measured: the citation README)
        ParsedReference p = dayIsNoVolume(assemble(f), s);
        p = numbersAroundContainer(p, s);
        p = pageCountIsNoVolume(p, s);
        p = chapterIsNoVolume(p, s);
        p = standardIsNoVolume(p, s);
        p = dayRangeIsNoPages(p, s);
        p = pageAfterDate(p, s);
        p = romanVolume(p, s);
        p = reportInstitution(p, s);
        p = ppRange(p, s);
        p = proceedingsOfScience(p, s);
        return StyleVarietyRules.apply(p, s);
    }

    /** "pp. 234–248": the one page range the string marks as pages. */
    private static final Pattern PP_RANGE = Pattern.compile("\\bpp\\.?\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})(?![\\d.,]\\d)");

    /** The page range after "pp." wins over other numbers the labeller took for pages ("9, 2, pp. 234–248"). */
    static ParsedReference ppRange(ParsedReference p, String s) {
        List<MatchResult> ranges = PP_RANGE.matcher(s).results().toList();
        if (ranges.size() != 1) {
            return p; // none, or several (a chapter and its book)
        }
        String[] pp = pages(ranges.get(0).group(1), ranges.get(0).group(2));
        if (pp[0].equals(p.pageFirst())) {
            return p;
        }
        return p.withPages(pp[0], pp[1]);
    }

    /**
     * Proceedings of Science, "PoS LATTICE2010 (2010) 007", "PoSLattice 2014 (2015) 209": the volume is the conference
     * as written, the year the one in parentheses, the number after it the article.
     */
    private static final Pattern POS = Pattern.compile(
            "\\bPoS\\s*(\\p{L}[\\p{L}-]*\\s?\\d{2,4})\\s*\\(\\s*((?:19|20)\\d\\d)\\s*\\)\\s*,?\\s*(\\d{1,4})(?!\\d|\\.\\d)");

    static ParsedReference proceedingsOfScience(ParsedReference p, String s) {
        Matcher m = POS.matcher(s);
        if (!m.find()) {
            return p;
        }
        return p.withContainerTitle("PoS").withVolume(m.group(1)).withYear(Integer.valueOf(m.group(2)))
                .withPages(m.group(3), null);
    }

    /** A technical report, working paper or report number ("Technical Report 92-43", "TR 1069", "CMU-CS-94-123"). */
    private static final Pattern REPORT = Pattern.compile("(?i)\\b(?:technical\\s+report|tech\\.?\\s*re?p(?:or)?t?\\b\\.?|"
            + "research\\s+report|working\\s+paper|report\\s+(?:no\\.?|number|#)|TR[- ]?\\d)");
    /** A container that is a periodical or proceedings all the same. */
    private static final Pattern PERIODICAL = Pattern.compile(
            "(?i)\\b(?:journal|j\\.|proc\\.?|proceedings|conference|conf\\.|symposium|workshop|trans\\.|transactions|"
                    + "review|letters|lett\\.|bulletin|annals|magazine|quarterly|notes|series)\\b");

    /**
     * In a technical report the institution the labeller read as a container is the publisher ("Technical Report
     * 41, Institute for the Learning Sciences, Northwestern University"), unless it is a periodical or proceedings
     * or the reference has pages or a volume of one.
     */
    static ParsedReference reportInstitution(ParsedReference p, String s) {
        String c = p.containerTitle();
        if (c == null || p.publisher() != null || p.volume() != null || p.pageLast() != null
                || !REPORT.matcher(s).find() || PERIODICAL.matcher(c).find()) {
            return p;
        }
        // the volume is null here (checked above)
        return p.withContainerTitle(null).withPublisher(c).withType("report");
    }

    /** A container ending in a number set off by a space ("JHEP 0912", "Phys. Rev. C 86", "Poetry 37"). */
    private static final Pattern CONTAINER_NUMBER = Pattern.compile("^(.*\\p{L}[^\\d]*?)[\\s,]+(\\d{1,4})$");
    /** A roman numeral (I to CCCXCIX; M and D left out: they are initials and acronyms more often). */
    static final String ROMAN = "(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
    /**
     * A container ending in a roman numeral of two letters or more after a comma ("Psychological Review, LXV"). Not
     * after a space: there it is more often part of the name ("ASPLOS IV", "Robotics in Space II": GROBID development
     * part 11 false positives more, 1 true positive fewer).
     */
    private static final Pattern CONTAINER_ROMAN = Pattern.compile(
            "^(.*\\p{L}.*?)\\s*,\\s*((?=[IVXLC]{2,}\\.?$)" + ROMAN + ")\\.?$");
    /** A report, patent, chapter or series whose number ends the container is left as it is ("TR 1069"). */
    private static final Pattern NUMBERED_THING = Pattern.compile(
            "(?i)(?:\\bTR|report|rep\\.?|\\bno\\.?|chapter|series|patent|arxiv|ssrn|band|suppl?\\.?)\\s*$");
    /** A container starting with the end of the title ("76TeV ,Phys .Lett .B" after "√s = 2 ."). */
    private static final Pattern CONTAINER_LEAD = Pattern.compile("^(\\d[\\p{L}\\d]*)\\s*,\\s*(\\p{L}.*)$");

    /**
     * Numbers the labeller left at the edges of the container: a final one is the volume when there is none (dropped
     * when it is the volume or the year; kept after "TR", "Report", "No." ...), so is a final roman numeral after a
     * comma; a leading number-word before a comma ends the title.
     */
    static ParsedReference numbersAroundContainer(ParsedReference p) {
        return numbersAroundContainer(p, null);
    }

    /**
     * As {@link #numbersAroundContainer(ParsedReference)}; with the cleaned string {@code s}, a final number that is
     * the day of a date written after it ("Observer, 3 | December 2006", see {@link #dayIsNoVolume}) is dropped from
     * the container and is not made the volume.
     */
    static ParsedReference numbersAroundContainer(ParsedReference p, String s) {
        String c = p.containerTitle();
        if (c == null) {
            return p;
        }
        String title = p.title();
        String volume = p.volume();
        Matcher lead = CONTAINER_LEAD.matcher(c);
        if (lead.matches() && title != null) {
            title = title + lead.group(1);
            c = lead.group(2);
        }
        Matcher end = CONTAINER_NUMBER.matcher(c);
        Matcher roman = CONTAINER_ROMAN.matcher(c);
        boolean endMatches = numberAfterSeparatorEnds(c) && end.matches();
        if (!endMatches && volume == null && romanAfterCommaEnds(c) && roman.matches()
                && !NUMBERED_THING.matcher(roman.group(1)).find()) {
            // a roman volume: "Psychological Review, LXV", "Lunar and Planetary Science XXVI"
            volume = roman.group(2);
            c = roman.group(1);
        } else if (endMatches && !NUMBERED_THING.matcher(end.group(1)).find()
                && !ContainerReadingRules.numberedSeries(end.group(1))) {
            String n = end.group(2);
            boolean year = p.year() != null && n.equals(String.valueOf(p.year()));
            if (year && SourceSpanRules.yearNamesContainer(c, n, s)) {
                // "Quiet Harbours 2019, 2019.": the meeting's year, written again as the year of publication
            } else if (year || n.equals(volume) || volume == null && s != null && isDayOfDate(n, s)) {
                c = end.group(1);
            } else if (volume == null) {
                volume = n;
                c = end.group(1);
            }
        }
        if (c.equals(p.containerTitle())) {
            return p;
        }
        return p.withTitle(title).withContainerTitle(container(c)).withVolume(volume);
    }

    /**
     * Whether {@code c} can match {@link #CONTAINER_NUMBER}: it ends with one to four digits after white space or a
     * comma, and a letter comes before them with no digit between it and them. Checked first because the pattern,
     * which tries every letter with every stretch after it, takes a time that grows with the square of the length
     * when it fails (seconds for a container of a few thousand characters, twelfth session of 7 Dec 2026).
     */
    private static boolean numberAfterSeparatorEnds(String c) {
        int d = c.length();
        while (d > 0 && asciiDigit(c.charAt(d - 1))) {
            d--;
        }
        int digits = c.length() - d;
        if (digits < 1 || digits > 4 || d == 0
                || !(Character.isWhitespace(c.charAt(d - 1)) || c.charAt(d - 1) == ',')) {
            return false;
        }
        for (int i = d - 1; i >= 0; i--) {
            char ch = c.charAt(i);
            if (Character.isLetter(ch)) {
                return true;
            }
            if (asciiDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    /** A digit as {@code \\d} reads it (without Unicode classes: 0 to 9 only). */
    private static boolean asciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /**
     * Whether {@code c} can match {@link #CONTAINER_ROMAN}: it ends with two or more of the letters I, V, X, L, C (and
     * a period) after a comma and white space. Checked first for the same reason as
     * {@link #numberAfterSeparatorEnds}.
     */
    private static boolean romanAfterCommaEnds(String c) {
        int e = c.endsWith(".") ? c.length() - 1 : c.length();
        int r = e;
        while (r > 0 && "IVXLC".indexOf(c.charAt(r - 1)) >= 0) {
            r--;
        }
        if (e - r < 2) {
            return false;
        }
        while (r > 0 && Character.isWhitespace(c.charAt(r - 1))) {
            r--;
        }
        return r > 0 && c.charAt(r - 1) == ',';
    }

    /** A date with its day: "May 28, 2013" (group 1), "15 March 1985" (group 2) or "4 January" ending the string (group 3). */
    private static final Pattern DAY_DATE = Pattern.compile("(?i)\\b" + Months.NAME + "\\s+(\\d{1,2}),?\\s+(?:1[5-9]|20)\\d\\d\\b"
            + "|(?<![\\d.])(\\d{1,2})\\s+" + Months.NAME + ",?\\s+(?:1[5-9]|20)\\d\\d\\b"
            + "|(?<![\\d.])(\\d{1,2})\\s+" + Months.NAME + "\\s*$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?![\\d.])");

    /**
     * A volume that is the day of a date written beside it ("New York Times, May 28, 2013", "15 March 1985") is no
     * volume, when the number occurs nowhere else in the string and no "Vol." comes before it.
     */
    static ParsedReference dayIsNoVolume(ParsedReference p, String s) {
        return isDayOfDate(p.volume(), s) ? p.withVolume(null) : p;
    }

    /**
     * {@code v} is the day of a date written beside it in {@code s} ("May 28, 2013", "15 March 1985"), occurs nowhere
     * else in {@code s} as a number and no "Vol." comes before it.
     */
    private static boolean isDayOfDate(String v, String s) {
        if (v == null || v.length() > 2 || !v.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean day = false;
        for (Matcher m = DAY_DATE.matcher(s); m.find() && !day; ) {
            day = v.equals(m.group(1)) || (v.equals(m.group(2)) || v.equals(m.group(3)))
                    && !s.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT).contains("vol");
        }
        return day && count(v, s) == 1;
    }

    /** A full date, then a comma and a page number (a section letter before it, a "+" after it) ending the string. */
    private static final Pattern PAGE_AFTER_DATE = Pattern.compile("(?i)(?:\\b" + Months.NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?"
            + "|(?<![\\d.])\\d{1,2}\\s+" + Months.NAME + ",?)\\s+(?:1[5-9]|20)\\d\\d\\s*,\\s*(?-i:([A-Z]{0,2}\\d{1,4}))\\+?\\.?\\s*$");

    /**
     * Without pages, the number after a full date that ends the string is the page of a newspaper or magazine: "New
     * York Times Book Review, June 21, 1998, 11.", "Boston Globe, June 7, 1998, C1+.", "Chronicle of Higher Education,
     * April 2, 2004, A44." (it had been read as the volume, which such a date does not follow; so where the page was
     * read and its number also as the volume, "3 March 1999, C4+.", that volume goes).
     */
    static ParsedReference pageAfterDate(ParsedReference p, String s) {
        if (!yearCommaNumberAtEnd(s)) {
            return p; // (the cheap look first: the pattern tries every month name at every position)
        }
        Matcher m = PAGE_AFTER_DATE.matcher(s);
        if (!m.find()) {
            return p;
        }
        String page = m.group(1);
        if (p.pageFirst() != null && !(page.equals(p.pageFirst()) && p.pageLast() == null)) {
            return p;
        }
        String digits = page.replaceAll("^[A-Z]+", "");
        ParsedReference q = p.withPages(page, null);
        return digits.equals(p.volume()) ? q.withVolume(null) : q;
    }

    /** The string ends with a four-digit year, a comma and a short number ("..., 1998, 11.", "..., 1998, C1+."). */
    private static boolean yearCommaNumberAtEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '+' || s.charAt(e - 1) == ' ')) {
            e--;
        }
        int d = e;
        while (d > 0 && Character.isDigit(s.charAt(d - 1))) {
            d--;
        }
        if (d == e || e - d > 4) {
            return false;
        }
        int c = s.lastIndexOf(',', d);
        if (c < 4 || d - c > 5) {
            return false;
        }
        int y = c;
        while (y > 0 && s.charAt(y - 1) == ' ') {
            y--;
        }
        return y >= 4 && s.substring(y - 4, y).chars().allMatch(Character::isDigit);
    }

    /** A range of days beside a month: "19-23 August", "26 th -30 th August", "August 18-23", "Aug. 26-30 th". */
    private static final String DAYS = "(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*-\\s*(\\d{1,2})\\s*(?:st|nd|rd|th)?(?![\\p{L}\\d])";
    private static final Pattern DAY_RANGE = Pattern.compile("(?iu)(?<![\\d.])" + DAYS + "\\s*" + Months.NAME
            + "|(?<![\\p{L}])" + Months.NAME + "\\s*" + DAYS);

    private static final Pattern PAGES_BEFORE = Pattern.compile("(?i)\\bp(?:p|ages?)?\\.?\\s*$");

    /**
     * Pages that are a range of days beside a month ("Meeting #87, Sophia Antipolis, 19-23 August 2019", "June 26
     * -29, 2005") are no pages: a conference's dates.
     */
    static ParsedReference dayRangeIsNoPages(ParsedReference p, String s) {
        String first = p.pageFirst();
        if (first == null || first.length() > 2) {
            return p;
        }
        for (Matcher m = DAY_RANGE.matcher(s); m.find(); ) {
            String from = m.group(1) != null ? m.group(1) : m.group(3);
            String to = m.group(1) != null ? m.group(2) : m.group(4);
            int a = Integer.parseInt(from);
            int b = Integer.parseInt(to);
            if (a < 1 || a >= b || b > 31 || PAGES_BEFORE.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find()) {
                continue; // no days, or marked as pages ("pages 15-26, June 1992" has no comma before a month here)
            }
            if (first.equals(from) && (p.pageLast() == null || p.pageLast().equals(to)) || first.equals(to) && p.pageLast() == null) {
                return p.withPages(null, null);
            }
        }
        return p;
    }

    /** "Vol. II", "vol. IX", "Volume II", "Vol XX", "Tome I", "Bd. IV" — the word and a roman numeral. */
    private static final Pattern VOLUME_ROMAN = Pattern.compile(
            "(?<![\\p{L}])(?:[Vv]ol(?:ume)?|VOL(?:UME)?|[Tt]ome|Bd)\\.?\\s*(" + ROMAN + ")(?![\\p{L}\\d])");

    /**
     * Without a volume, a roman numeral after "Vol." / "Volume" / "Tome" / "Bd." is the volume ("The porphyrins. Vol. I.
     * Academic Press"), when the string has one such volume word and the labeller did not put it inside the title
     * or the container ("Handbook of child psychology, vol. III: Cognitive development" is the name of the book).
     */
    static ParsedReference romanVolume(ParsedReference p, String s) {
        if (p.volume() != null) {
            return p;
        }
        Matcher m = VOLUME_ROMAN.matcher(s);
        if (!m.find()) {
            return afterContainerRoman(p, s);
        }
        String v = m.group(1);
        String word = m.group();
        if (m.find() || inside(p.title(), word) || inside(p.containerTitle(), word)) {
            return p;
        }
        return p.withVolume(v);
    }

    /** A roman numeral of two letters or more set off by commas or a parenthesis right after the container. */
    private static final Pattern ROMAN_AFTER = Pattern.compile("^\\s*,\\s*((?=[IVXLC]{2,}(?![\\p{L}\\d]))" + ROMAN
            + ")\\s*[,(]");

    /** "Psychological Review, LXV, 1958, pp. 151-166", "Harvard Business Review, XLIII (January-February, 1965)". */
    private static ParsedReference afterContainerRoman(ParsedReference p, String s) {
        String c = p.containerTitle();
        int k = c == null ? -1 : s.indexOf(c);
        if (k < 0 || s.indexOf(c, k + 1) >= 0) {
            return p;
        }
        Matcher m = ROMAN_AFTER.matcher(s.substring(k + c.length()));
        return m.find() ? p.withVolume(m.group(1)) : p;
    }

    private static boolean inside(String field, String word) {
        return field != null && field.replaceAll("\\s+", "").contains(word.replaceAll("\\s+", ""));
    }

    /**
     * A volume that is the number of a chapter or section ("chapter 7, pages 220-263", "ch. 7, 2nd edn", "sec. 4,
     * 1+") is no volume, when the number occurs nowhere else in the string.
     */
    static ParsedReference chapterIsNoVolume(ParsedReference p, String s) {
        String v = p.volume();
        if (v == null || !v.chars().allMatch(Character::isDigit)) {
            return p;
        }
        return hasNumber(CHAPTER_NUMBER, v, s) && count(v, s) == 1 ? p.withVolume(null) : p;
    }

    private static final Pattern CHAPTER_NUMBER =
            Pattern.compile("(?i)(?<![\\p{L}])(?:chap(?:ter)?|ch|sec(?:tion)?|sect)\\.?\\s*(\\d+)(?![\\d.]\\d|\\d)");

    /** Whether group 1 of some match of {@code pattern} in {@code s} is {@code number}. */
    private static boolean hasNumber(Pattern pattern, String number, String s) {
        for (Matcher m = pattern.matcher(s); m.find(); ) {
            if (m.group(1).equals(number)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A volume that is a piece of the number of a standard ("3GPP TS 23.501", "ISO 9001:2015", "RFC 2616", "IEEE Std
     * 802.11-2016", "EN 1992-1-1") is no volume, when the number occurs nowhere else in the string.
     */
    static ParsedReference standardIsNoVolume(ParsedReference p, String s) {
        String v = p.volume();
        if (v == null || !v.chars().allMatch(Character::isDigit)) {
            return p;
        }
        int inStandard = 0;
        for (Matcher m = STANDARD.matcher(s); m.find(); ) {
            for (String piece : (m.group(1) != null ? m.group(1) : m.group(2)).split("\\D+")) {
                inStandard += piece.equals(v) ? 1 : 0;
            }
        }
        // every run of digits counts here, also those inside "23.501" that count(v, s) leaves out
        return inStandard > 0 && inStandard == count(DIGITS, v, s) ? p.withVolume(null) : p;
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final Pattern STANDARD = Pattern.compile("\\b(?:3GPP|ETSI)\\s*T[SR]\\s*(\\d+(?:[.\\s]\\d+)+)"
            + "|\\b(?:ISO(?:/IEC)?|IEC|RFC|IEEE\\s*Std\\.?|ANSI(?:/[A-Z]+)?|DIN(?:\\s*EN)?|BS\\s*EN|EN)\\s*(\\d+(?:[.:\\-]\\d+)*)");

    /** How often {@code number} occurs in {@code s} as a whole number. */
    private static int count(String number, String s) {
        return count(NUMBER, number, s);
    }

    /** How often a match of {@code pattern} in {@code s} is {@code number}. */
    private static int count(Pattern pattern, String number, String s) {
        int n = 0;
        for (Matcher k = pattern.matcher(s); k.find(); ) {
            n += k.group().equals(number) ? 1 : 0;
        }
        return n;
    }

    /** A volume that is itself a page count: "67p.", "216p". */
    private static final Pattern PAGE_COUNT_VOLUME = Pattern.compile("\\d+\\s*pp?\\.?");

    /**
     * A volume that is the number of pages of the item ("216 pp, 1987", "216p.", "67p., [en ligne]") is no volume:
     * the number is followed by "p"/"pp"/"pages" that no page number follows, and occurs nowhere else in the string.
     */
    static ParsedReference pageCountIsNoVolume(ParsedReference p, String s) {
        String v = p.volume();
        if (v == null) {
            return p;
        }
        if (PAGE_COUNT_VOLUME.matcher(v).matches()) {
            return p.withVolume(null);
        }
        if (!v.chars().allMatch(Character::isDigit)) {
            return p;
        }
        return hasNumber(PAGE_COUNT, v, s) && count(v, s) == 1 ? p.withVolume(null) : p;
    }

    private static final Pattern PAGE_COUNT = Pattern.compile("(?<![\\d.])(\\d+)\\s*(?:pp?|pages)\\.?+(?![\\p{L}\\d]|\\s*\\d)");

    /** The list label of a reference string ("12" for "[12] ..." or "12. ..."), or null. */
    public static String label(String raw) {
        Matcher m = LABEL.matcher(raw == null ? "" : raw);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ cleaning

    /**
     * A page-range dash that PDF extraction turned into another sign between two page numbers: "4137 ± 4148",
     * "61᎐67" (U+13D0), "478e492" (Elsevier's en dash).
     */
    private static final Pattern OCR_RANGE = Pattern.compile(
            "(?<![\\w.,/:=-])(\\d{2,6}) ?(?:±|\u13d0|e(?=\\d{2,6}\\b)) ?(\\d{2,6})(?![\\w/-]|[.,]\\d)");

    /** {@link #OCR_RANGE} dashes as "-" ("4137 ± 4148" to "4137-4148"). */
    static String ocrRanges(String s) {
        return OCR_RANGE.matcher(s).replaceAll("$1-$2");
    }

    static String clean(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = TextNormalizer.mapCharPublic(raw.charAt(i));
            if (c == '\n' || c == '\r') {
                c = ' ';
            }
            if (c == '\u2026') {
                b.append("...");
                continue;
            }
            if (c != 0) {
                b.append(c);
            }
        }
        String s = TextNormalizer.fewMarks(java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC));
        s = s.replace("``", "\"").replace("''", "\"");
        s = s.replaceAll("</?(?:i|b|em|strong|italic|bold|sup|sub|span|u)>", "");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = s.replaceAll("\\s+", " ").trim();
        s = PUBMED_ISSN.matcher(s).replaceAll("");
        s = ocrRanges(s);
        Matcher m = LABEL.matcher(s);
        if (m.find() && m.end() < s.length()) {
            String rest = s.substring(m.end());
            // "2005 Smith" would be a year, not a label: labels are short numbers
            s = rest;
        } else {
            m = GLUED_LABEL.matcher(s);
            if (m.find() && m.end() < s.length()) {
                s = s.substring(m.end());
            }
        }
        return s;
    }

    /**
     * A list label that PDF extraction glued to the first name: "17.Lund PA, Berg RE." and "23.van der Berg JH" (a
     * period and a letter), "26-Lund J-F, Berg A" (a dash before a Vancouver name: a family name and its initials, so
     * "2-Methylpyridine as ..." keeps its number), "10T .Lund" and "73P .Berg ,C .Lund" (digits glued to an initial).
     */
    static final Pattern GLUED_LABEL = Pattern.compile("^(?:\\d{1,3}\\.(?=\\p{L})"
            + "|\\d{1,3}-(?=\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+)?\\s\\p{Lu}{1,3}(?:-\\p{Lu})?[,.\\s])"
            + "|\\d{1,3}(?=\\p{Lu}\\s?\\.\\s?\\p{Lu}))");

    // ------------------------------------------------------------------ assembling

    private static ParsedReference assemble(LabelledFields f) {
        List<CitationAuthor> authors = new ArrayList<>();
        for (CitationAuthor a : f.authors) {
            CitationAuthor n = trimmed(a);
            if (n != null && n.given() != null && FULL_GIVEN_PERIOD.matcher(n.given()).find()) {
                // "Kowal, Peter. Mill Towns": the period ends the name
                n = new CitationAuthor(n.family(), n.given().substring(0, n.given().length() - 1));
            }
            if (n != null) {
                authors.add(n);
            }
        }
        String title = title(f.title);
        String container = container(f.container);
        String[] pages = pages(f.pageFirst, f.pageLast);
        Integer year = null;
        if (f.year != null) {
            try {
                year = Integer.valueOf(f.year.replaceAll("\\D", ""));
            } catch (NumberFormatException e) {
                year = null;
            }
        }
        String publisher = f.publisher == null ? null : stripEnds(f.publisher);
        // the sentence's period after a word ("Springer.") or an acronym ("Wiley-VCH.", "ACM."), not an abbreviation's
        // ("Co.", "B.V.")
        if (publisher != null && publisher.endsWith(".") && PUBLISHER_END.matcher(publisher).find()) {
            publisher = publisher.substring(0, publisher.length() - 1);
        }
        if (publisher == null) {
            publisher = EditorNames.publisherInPlace(f.place);
        }
        if (publisher != null && f.arxiv != null && ARXIV_HOST.matcher(publisher).matches()) {
            publisher = null; // "[arXiv:1509.09029]": the arxiv field says it; arXiv is no publisher of the journal article
        }
        String type = type(f, container, publisher, title);
        return new ParsedReference(authors, f.etAl, title, container, blankToNull(f.volume), blankToNull(f.issue),
                pages[0], pages[1], year, blankToNull(f.doi), blankToNull(f.arxiv), blankToNull(f.url),
                blankToNull(publisher), EditorNames.place(f.place), editors(f), type);
    }

    private static final Pattern ARXIV_HOST = Pattern.compile("(?i)arxiv(?:\\.org)?(?: e-?prints?)?");

    /** The editors the labeller named ("In K. Lee (Eds.)"), else those of an edited book's opening list. */
    private static List<CitationAuthor> editors(LabelledFields f) {
        List<CitationAuthor> named = EditorNames.of(f.editors);
        if (!named.isEmpty() || !f.authors.isEmpty()) {
            return named;
        }
        List<CitationAuthor> lead = new ArrayList<>();
        for (CitationAuthor a : f.leadEditors) {
            CitationAuthor n = trimmed(a);
            if (n != null) {
                lead.add(n);
            }
        }
        return lead;
    }

    /** {@code a} with both names trimmed ({@link #trimName}), an empty given name as none; null without a family name. */
    private static CitationAuthor trimmed(CitationAuthor a) {
        String family = trimName(a.family());
        String given = a.given() == null ? null : trimName(a.given());
        return family == null || family.isEmpty() ? null
                : new CitationAuthor(family, given == null || given.isEmpty() ? null : given);
    }

    private static String type(LabelledFields f, String container, String publisher, String title) {
        if (f.typeHint != null && !f.typeHint.equals("chapter")) {
            return f.typeHint;
        }
        boolean conf = container != null && CONFERENCE.matcher(container).find();
        if ("chapter".equals(f.typeHint)) {
            return conf ? "paper-conference" : "chapter";
        }
        if (container != null) {
            return conf ? "paper-conference" : "article-journal";
        }
        if (f.arxiv != null) {
            return "article";
        }
        if (publisher != null) {
            return "book";
        }
        if (f.volume != null || f.pageLast != null) {
            return "article-journal";
        }
        if (f.url != null) {
            return "webpage";
        }
        if (f.doi != null) {
            return "article";
        }
        return title != null ? "book" : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A given name whose last word is a whole name with the period that ended the author list ("Peter."). */
    private static final Pattern FULL_GIVEN_PERIOD = Pattern.compile("(?:^|[\\s-])\\p{Lu}(?=\\p{Ll}{2,}\\.$)\\p{Ll}*[aeiouyàáâäèéêëìíîïòóôöùúûü]\\p{Ll}*\\.$");

    private static String trimName(String s) {
        if (s == null) {
            return null;
        }
        s = s.trim().replaceAll("\\s+", " ");
        s = Ends.cutTrailing(s.replaceAll("^[,;&]+", ""), ",;&").trim();
        return s;
    }

    private static String stripEnds(String s) {
        s = s.trim().replaceAll("\\s+", " ");
        s = s.replaceAll("^[\\s.,;:\"'\\[(]+", "");
        String cut = Ends.cutTrailing(s, Ends.SPACE + ",;:\"')]");
        int close = Math.max(closingAfter(s, cut, '(', ')'), closingAfter(s, cut, '[', ']'));
        if (close >= 0) {
            // the bracket closes one of the string, also after a space: "... Systems (ASPLOS-VI)", "teniposide
            // (VM-26)", "... minimal models HM(1,q )", "[Quiet harbours of the north]"
            cut = s.substring(0, close + 1);
        }
        return cut;
    }

    /**
     * Where in {@code s} the bracket {@code close} that {@code cut} (s without its trailing punctuation) left open is
     * closed, or -1: the first {@code close} after the cut, only when the cut opens more than it closes.
     */
    private static int closingAfter(String s, String cut, char open, char close) {
        return LabelSpans.leavesOpen(cut, open, close) ? s.indexOf(close, cut.length()) : -1;
    }

    static String title(String t) {
        if (t == null) {
            return null;
        }
        String s = stripEnds(t);
        if (s.endsWith(".") && !s.endsWith("..")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        s = stripEnds(s);
        if (s.length() > 1 && s.startsWith("\"") == false && s.endsWith("\"")) {
            s = s.substring(0, s.length() - 1);
        }
        // an arXiv category or a status is no title, also once brackets are trimmed ("[ hep-ph]")
        return s.isEmpty() ? null : ModelFieldLabeller.title(s);
    }

    private static final Pattern TRAILING_MONTH = Pattern.compile(
            "(?i)[,\\s]+(?:" + Months.NAME + "|" + Months.SEASON + ")(?:\\s*-\\s*\\p{L}+)?(?:\\s*\\(\\d+\\))?\\s*$");
    private static final Pattern CONFERENCE_PLACE = Pattern.compile(
            "^(.*\\b(?:Proc\\.|Proceedings|Conference|Conf\\.|Symposium|Symp\\.|Workshop|Congress|Meeting)\\b.*?)"
                    + "((?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}){1,3})$");

    private static final Pattern PREPRINT = Pattern.compile("(?i)(?:arxiv\\s*)?(?:e-?)?preprint\\b");

    /** A container keeps a final period that ends an abbreviation ("J. Am. Chem. Soc."). */
    static String container(String c) {
        if (c == null) {
            return null;
        }
        String s = stripEnds(c);
        s = TRAILING_MONTH.matcher(s).replaceFirst("");
        Matcher place = CONFERENCE_PLACE.matcher(s);
        if (place.matches() && !place.group(2).matches(".*\\b(?:Conference|Symposium|Workshop|Proceedings|Meeting|"
                + "Congress|Society|Association|Institute|Systems|Applications|Languages|Programming)\\b.*")
                && !ContainerCueRules.nameAfterMeeting(place.group(2))) {
            s = place.group(1);
        }
        s = s.replaceAll("^(?:In|in)\\s*:?\\s+", "");
        if (PREPRINT.matcher(s).lookingAt()) {
            return null; // "arXiv preprint arXiv:1412.7054", "Preprint": a kind of publication, no container
        }
        if (s.endsWith(".")) {
            int sp = s.lastIndexOf(' ');
            String last = s.substring(sp + 1, s.length() - 1);
            boolean abbrev = last.length() <= 1 || Abbreviations.isJournalWord(last.replaceAll(".*\\.", ""))
                    || last.contains(".");
            if (!abbrev) {
                s = s.substring(0, s.length() - 1);
            }
        }
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    /** First and last page; an abbreviated last page is expanded ("240-3" gives 240, 243; "573-77" 573, 577). */
    static String[] pages(String first, String last) {
        if (first == null || first.isBlank()) {
            return new String[]{null, null};
        }
        first = first.trim();
        if (last == null || last.isBlank()) {
            return new String[]{first, null};
        }
        last = last.trim();
        if (first.chars().allMatch(Character::isDigit) && last.chars().allMatch(Character::isDigit)
                && last.length() < first.length()) {
            last = first.substring(0, first.length() - last.length()) + last;
        } else if (!first.isEmpty() && !last.isEmpty() && Character.isLetter(first.charAt(0))
                && Character.isDigit(last.charAt(0))) {
            // "S12-15" -> S12, S15
            String prefix = first.replaceAll("\\d.*", "");
            String fd = first.substring(prefix.length());
            if (fd.chars().allMatch(Character::isDigit) && last.chars().allMatch(Character::isDigit)
                    && last.length() < fd.length()) {
                last = fd.substring(0, fd.length() - last.length()) + last;
            }
            last = prefix + last;
        }
        if (last.equals(first)) {
            return new String[]{first, null};
        }
        return new String[]{first, last};
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
