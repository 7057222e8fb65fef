package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for kinds and styles of reference the two evaluation corpora hold few of, written from invented reference
 * lists in many styles (MLA 9, Harvard, ACS, AMA, Chicago, APA 7, physics, astronomy, datasets, software, preprints,
 * theses, reports, standards, patents, web pages, newspapers, German / French / Spanish references; 7 Dec 2026,
 * helper D2). Each rule rests on a stated convention of a style or of a kind of work (named in its javadoc), not on
 * the corpora. The parse rules are called once, as the last post-processing step of {@link ReferenceParser}, on the
 * assembled fields and the cleaned string; {@link #opensWithGroupAuthor}, {@link #endsWithBibcode} and {@link
 * #quotedTitleAfterLink} from {@link ReferenceExtractor}'s unnumbered lists. Every pattern is anchored or bounded,
 * so the cost stays linear.
 */
final class StyleVarietyRules {

    private StyleVarietyRules() {
    }

    /** The rules in the order they were measured. */
    static ParsedReference apply(ParsedReference p, String s) {
        p = descriptorAfterTitle(p, s);
        p = patentNumberIsNoNumbers(p, s);
        p = preprintServerIdIsNoNumbers(p, s);
        p = abbreviatedDissertation(p, s);
        p = groupAuthor(p, s);
        p = slashSeparatedNames(p, s);
        p = bookEditorsMakeAChapter(p, s);
        p = standardDesignation(p, s);
        p = newspaperSectionPage(p, s);
        p = repositoryIsPublisher(p, s);
        return p;
    }

    // --- data and software repositories -------------------------------------------------------------------------

    /** Repositories that publish data sets and software (DataCite's publisher of their DOIs). */
    private static final Pattern REPOSITORY = Pattern.compile("(?i)Zenodo|Dryad(?: Digital Repository)?|figshare|GitHub"
            + "|GitLab|Bitbucket|PANGAEA|OSF|Open Science Framework|Software Heritage|(?:Harvard )?Dataverse"
            + "|Mendeley Data|Code Ocean|Kaggle|Hugging Face|Astrophysics Source Code Library");
    /** A repository's name standing as a segment of its own: after the start or ". " / ", ", before "." / "," / the end. */
    private static final Pattern REPOSITORY_SEGMENT = Pattern.compile("(?:^|[.,]\\s)(" + REPOSITORY.pattern()
            + ")(?=\\s*(?:[.,]|$))");

    /**
     * A data set or software cited with its repository (APA 7 "[Data set]. Dryad. https://doi.org/…", AAS software
     * citations "Kerr, A. 2021, Zenodo, doi:…", "[Computer software]. GitHub."): the repository is the publisher, not
     * the title ("Zenodo"), the container ("GitHub", which made the work a journal article) or nothing (a "figshare."
     * segment no field held). A work with a volume, issue or pages is left alone (a journal's name may hold one of the
     * words).
     */
    static ParsedReference repositoryIsPublisher(ParsedReference p, String s) {
        if (p.volume() != null || p.issue() != null || p.pageFirst() != null) {
            return p;
        }
        boolean title = p.title() != null && REPOSITORY.matcher(p.title()).matches();
        boolean container = p.containerTitle() != null && REPOSITORY.matcher(p.containerTitle()).matches();
        String name = title ? p.title() : container ? p.containerTitle() : null;
        if (name == null && p.publisher() == null) {
            Matcher m = REPOSITORY_SEGMENT.matcher(s);
            if (m.find() && (p.title() == null || !p.title().contains(m.group(1)))) {
                name = m.group(1);
            }
        }
        if (name == null || p.publisher() != null && !title && !container) {
            return p;
        }
        String type = container && "article-journal".equals(p.type()) ? "article" : p.type();
        return new ParsedReference(p.authors(), p.etAl(), title ? null : p.title(), container ? null : p.containerTitle(),
                p.volume(), p.issue(), p.pageFirst(), p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(),
                p.publisher() != null ? p.publisher() : name, p.publisherPlace(), p.editors(), type);
    }

    // --- descriptions after the title ---------------------------------------------------------------------------

    /**
     * APA 7 writes a description of the work in parentheses or square brackets right after
     * its title: "(Version 1.4.2)", "(Doctoral dissertation)", "(Master's thesis)", "[Data set]", "[Computer
     * software]", "[Video]"; Spanish and French references write "(Tesis doctoral)", "(Thèse de doctorat)".
     */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "\\s*(?:[(\\[](?:Version|Vers\\.|Release|v)\\s?\\d[\\w.-]{0,20}[)\\]]"
                    + "|[(\\[](?:(?:Unpublished\\s+)?(?:Doctoral|Master['’]?s?|Ph\\.?\\s?D\\.?|Bachelor['’]?s?|Diploma|Honou?rs)"
                    + "\\s+(?:dissertation|thesis|thesis\\s+project)|Tesis|Tese|Tesi|Th[èe]se|Dissertation|Mémoire)"
                    + "\\b[^()\\[\\]]{0,100}[)\\]]"
                    + "|\\[(?:Data\\s?set|Computer\\s+(?:software|program)|Software|Source\\s+code|Video|Audio"
                    + "|Audio\\s+podcast|Podcast|Film|Motion\\s+picture|Map|Poster|Press\\s+release|Fact\\s+sheet"
                    + "|Infographic|Blog\\s+post|Tweet|Preprint)\\])");

    /**
     * A title that runs into the description written after it (APA 7, see {@link #DESCRIPTOR}): "Wave loading on
     * offshore structures (Doctoral" of "... (Doctoral dissertation). Norwegian University ...", "tidekit (Version
     * 1.4" of "tidekit (Version 1.4.2) [Computer software]", "Dinámica costera (Tesis doctoral)" ends before the
     * description; a volume or issue read from the version's number ("(Version 2)" as issue "Version 2", "(v3.1.0)" as
     * volume "v3") is dropped.
     */
    static ParsedReference descriptorAfterTitle(ParsedReference p, String s) {
        String title = p.title();
        if (title == null) {
            return p;
        }
        int at = s.indexOf(title);
        if (at < 0) {
            return p;
        }
        int open = -1;
        for (int i = at; i < at + title.length(); i++) {
            char c = s.charAt(i);
            if ((c == '(' || c == '[') && i > at) {
                Matcher m = DESCRIPTOR.matcher(s);
                m.region(i, Math.min(s.length(), i + 140));
                if (m.lookingAt()) {
                    open = i;
                    break;
                }
            }
        }
        ParsedReference q = p;
        if (open > at) {
            String cut = s.substring(at, open).strip();
            if (!cut.isEmpty()) {
                q = q.withTitle(cut);
            }
            if (THESIS.matcher(s.substring(open, Math.min(s.length(), open + 40))).lookingAt()) {
                q = q.withType("thesis");
            }
        }
        Matcher v = VERSION.matcher(s);
        String volume = q.volume();
        String issue = q.issue();
        while (v.find()) {
            String n = v.group(1);
            if (volume != null && versionPiece(volume, n)) {
                volume = null;
            }
            if (issue != null && versionPiece(issue, n)) {
                issue = null;
            }
        }
        if (volume != q.volume() || issue != q.issue()) {
            q = new ParsedReference(q.authors(), q.etAl(), q.title(), q.containerTitle(), volume, issue, q.pageFirst(),
                    q.pageLast(), q.year(), q.doi(), q.arxiv(), q.url(), q.publisher(), q.publisherPlace(), q.editors(), q.type());
        }
        return q;
    }

    /** A thesis's description: "(Doctoral dissertation", "(Tesis de maestría", "[Master's thesis". */
    private static final Pattern THESIS = Pattern.compile(
            "[(\\[](?:Unpublished\\s+)?(?:(?:Doctoral|Master['’]?s?|Ph\\.?\\s?D\\.?|Bachelor['’]?s?|Diploma|Honou?rs)\\s+"
                    + "(?:dissertation|thesis)|Tesis|Tese|Tesi|Th[èe]se|Dissertation|Mémoire)\\b");

    /** A software or data version in brackets: "(Version 1.4.2)", "(v3.1.0)"; group 1 the number. */
    private static final Pattern VERSION = Pattern.compile("[(\\[](?:Version|Vers\\.|Release|v)\\s?(\\d[\\w.-]{0,20})[)\\]]");

    private static boolean versionPiece(String field, String number) {
        String f = field.replaceFirst("(?i)^(?:version|vers\\.|release|v)\\s?", "");
        return !f.isEmpty() && (number.equals(f) || number.startsWith(f + "."));
    }

    // --- patents ------------------------------------------------------------------------------------------------

    /**
     * A patent's number: "U.S. Patent No. 10,345,678", "US Patent 9,876,543", "European Patent No. 2,345,678",
     * "Patent number 5351122". Group 1 the number.
     */
    private static final Pattern PATENT_NUMBER = Pattern.compile(
            "(?i)\\bpatent\\s*(?:no\\.?|number|nr\\.?|#|№)?\\s*(\\d{1,3}(?:[,.\\s]\\d{3})+|\\d{5,})\\b");

    /**
     * A patent is cited by its number (every patent style: APA 7 "U.S. Patent No. 8,912,345", IEEE "U.S. Patent
     * 9,876,543"), which has thousands separators a labeller reads as "volume, issue, pages": "(U.S. Patent No.
     * 10,345,678)" gave volume 345, issue 10, page 678. A volume, issue or page that is a piece of the patent's number
     * is dropped.
     */
    static ParsedReference patentNumberIsNoNumbers(ParsedReference p, String s) {
        Matcher m = PATENT_NUMBER.matcher(s);
        if (!m.find() || p.volume() == null && p.issue() == null && p.pageFirst() == null) {
            return p;
        }
        Set<String> pieces = Set.of(m.group(1).split("[,.\\s]"));
        String digits = m.group(1).replaceAll("\\D", "");
        return dropPieces(p, pieces, digits);
    }

    /** The copy of {@code p} without a volume, issue or pages that are one of {@code pieces} (or the whole number). */
    private static ParsedReference dropPieces(ParsedReference p, Set<String> pieces, String whole) {
        String volume = piece(p.volume(), pieces, whole) ? null : p.volume();
        String issue = piece(p.issue(), pieces, whole) ? null : p.issue();
        boolean pages = piece(p.pageFirst(), pieces, whole);
        if (volume == p.volume() && issue == p.issue() && !pages) {
            return p;
        }
        return new ParsedReference(p.authors(), p.etAl(), p.title(), p.containerTitle(), volume, issue,
                pages ? null : p.pageFirst(), pages ? null : p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(),
                p.publisher(), p.publisherPlace(), p.editors(), p.type());
    }

    private static boolean piece(String field, Set<String> pieces, String whole) {
        return field != null && (pieces.contains(field) || field.replaceAll("\\D", "").equals(whole));
    }

    // --- preprint servers ---------------------------------------------------------------------------------------

    /**
     * A bioRxiv or medRxiv identifier, the date of posting and a serial number ("2022.03.14.484321", "bioRxiv
     * 2021.05.11.443210"; the servers' own form since December 2019, also the DOI's suffix after "10.1101/"), with
     * its server named before it. Group 1 the identifier.
     */
    private static final Pattern RXIV_ID = Pattern.compile(
            "(?i)\\b(?:bio|med)Rxiv\\b[^\\d]{0,30}?((?:19|20)\\d\\d\\.[01]\\d\\.[0-3]\\d\\.\\d{5,8})(?:v\\d+)?\\b");

    /**
     * A bioRxiv / medRxiv identifier is no volume or page: "bioRxiv 2022.03.14.484321 (2022)" gave volume "03" and
     * page 484321.
     */
    static ParsedReference preprintServerIdIsNoNumbers(ParsedReference p, String s) {
        Matcher m = RXIV_ID.matcher(s);
        if (!m.find() || p.volume() == null && p.issue() == null && p.pageFirst() == null) {
            return p;
        }
        return dropPieces(p, Set.of(m.group(1).split("\\.")), m.group(1).replaceAll("\\D", ""));
    }

    // --- theses -------------------------------------------------------------------------------------------------

    /** Chicago's abbreviation of a dissertation: "PhD diss.", "Ph.D. diss.", "master's diss.". */
    private static final Pattern DISS = Pattern.compile(
            "(?i)(?:^|[\\s,.;(\\[])(?:Ph\\.?\\s?D\\.?|doctoral|master['’]?s?|MA|MPhil|DPhil)\\s+diss\\.(?=[\\s,;)\\]]|$)");

    /**
     * The Chicago Manual of Style and Turabian write a dissertation "PhD diss., University of Maine": the
     * work is a thesis, and has no container.
     */
    static ParsedReference abbreviatedDissertation(ParsedReference p, String s) {
        if ("thesis".equals(p.type()) || !DISS.matcher(s).find()) {
            return p;
        }
        ParsedReference q = p.withType("thesis");
        return p.volume() == null && p.pageFirst() == null ? q.withContainerTitle(null) : q;
    }

    // --- group authors ------------------------------------------------------------------------------------------

    /**
     * An organisation as the author before the date, APA 7 and Harvard "group authors": "Marine Conservation
     * Society. (2022, June 8). Beach clean report.", "Office for National Statistics (2022) Coastal towns ...". The
     * name is two to twelve words, capitalised or connectors, one of them a word of an organisation, with no comma
     * and no initial; the date is a year with an optional month and day. Group 1 the name, group 2 the rest after the
     * date.
     */
    private static final Pattern GROUP_AUTHOR = Pattern.compile(
            "^((?:The\\s+)?\\p{Lu}[\\p{L}'’&-]+(?:\\s+(?:of|for|on|and|the|in|&|de|du|des|la|le|für|der|y|e|\\p{Lu}[\\p{L}'’&-]*|\\(\\p{Lu}{2,8}\\))){1,11})"
                    + "\\.?\\s*\\((?:19|20)\\d\\d[a-z]?(?:,\\s*[\\p{L}]{3,10}\\.?(?:\\s+\\d{1,2})?(?:[-–]\\d{1,2})?)?\\)[.:]?\\s+(\\S.*)$");

    /** Words of an organisation's name. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "(?:Society|Association|Organi[sz]ation|Council|Office|Agency|Institute|Institution|Foundation|Trust"
                    + "|Cent(?:er|re)s?|Department|Ministry|Commission|Committee|Board|Bureau|Service|Survey|Authority"
                    + "|Administration|Government|Union|Federation|Alliance|Consortium|Network|Programme|Program"
                    + "|Corporation|Company|Bank|Fund|Forum|Academy|Academies|Panel|Group|Partnership|Statistics"
                    + "|Nations|Parliament|Assembly|Secretariat|Inc\\.?|Ltd\\.?|GmbH|Verband|Bundesamt|Ministerium"
                    + "|Institut|Gesellschaft|Stiftung)");

    /**
     * An organisation as the author (see {@link #GROUP_AUTHOR}) that the labeller read as no author but as the title
     * ("Marine Conservation Society. (2022). Beach clean report 2022. Retrieved ..." gave the title "Marine
     * Conservation Society") or as the container ("International Organization for Standardization. (2015). Quality
     * management systems ..."): the name is the author; a title or container that is the name gives way to the first
     * sentence after the date. Where the labeller read the name as no field at all, nothing changes: the two corpora
     * disagree there (AnyStyle's gold has group authors, GROBID's has none; measured: AnyStyle +2 tp, GROBID +2 fp).
     */
    static ParsedReference groupAuthor(ParsedReference p, String s) {
        if (!p.authors().isEmpty()) {
            return p;
        }
        Matcher m = GROUP_AUTHOR.matcher(s);
        if (!m.matches()) {
            return p;
        }
        String name = m.group(1);
        boolean organisation = false;
        for (String w : name.split("\\s+")) {
            if (ORGANISATION_WORD.matcher(w).matches()) {
                organisation = true;
            }
        }
        if (!organisation) {
            return p;
        }
        String title = p.title();
        String container = p.containerTitle();
        if (!name.equals(title) && !name.equals(container)) {
            return p; // the labeller read the name as no field: the GROBID gold's convention too (no group authors)
        }
        String next = firstSentence(m.group(2));
        if (name.equals(container)) {
            container = null;
        }
        if (name.equals(title) || title == null) {
            title = next;
            if (next != null && next.equals(container)) {
                container = null;
            }
        }
        return new ParsedReference(List.of(new CitationAuthor(name, null)), false, title, container, p.volume(),
                p.issue(), p.pageFirst(), p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(), p.publisher(), p.publisherPlace(), p.editors(), p.type());
    }

    /** The text up to the first ". " (not after a one-letter word), " [" or " (", without its final period. */
    private static String firstSentence(String rest) {
        int end = rest.length();
        for (int i = 0; i < rest.length() && i < 400; i++) {
            char c = rest.charAt(i);
            if (c == '.' && (i + 1 == rest.length() || rest.charAt(i + 1) == ' ')
                    && !(i >= 2 && rest.charAt(i - 2) == ' ' || i == 1)) {
                end = i;
                break;
            }
            if ((c == '[' || c == '(') && i > 0 && rest.charAt(i - 1) == ' ') {
                end = i - 1;
                break;
            }
        }
        String t = rest.substring(0, Math.min(end, rest.length())).strip();
        return t.isEmpty() || t.startsWith("http") ? null : t;
    }

    // --- German name lists --------------------------------------------------------------------------------------

    /** One name "Family, I." or "Family, Given" of a German list. */
    private static final String DE_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s?(?:\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?)";

    /**
     * A name list with slashes, the German usage (DIN 1505-2 and the style sheets of German economics and social
     * sciences): "Fischer, A./Koch, B. (2017):", "Weber, K. / Braun, L. / Vogel, S. (2016)". Group 1 the list.
     */
    private static final Pattern SLASH_NAMES = Pattern.compile(
            "^(" + DE_NAME + "(?:\\s?/\\s?" + DE_NAME + "){1,9})(?=\\s*(?:\\(|:|\\.\\s|,\\s))");

    /**
     * Names separated by slashes (see {@link #SLASH_NAMES}) that the labeller split at the wrong places ("Fischer,
     * A./Koch, B." gave the names "Fischer, A." and "/Koch, B."; before "(Hrsg.)" "(Hrsg." became a name): the names
     * are the list's pieces. Before "(Hrsg.)" / "(Hg.)" / "(Eds.)" they are the editors of an edited book, which has
     * no authors, as a list of one name before such a word is (`AuthorScanner.Names.editors`); the GROBID gold reads
     * them as authors in one development reference ("... (Hg.) (2012): ..."), which this costs.
     */
    static ParsedReference slashSeparatedNames(ParsedReference p, String s) {
        Matcher m = SLASH_NAMES.matcher(s);
        if (!m.find()) {
            return p;
        }
        List<CitationAuthor> names = new ArrayList<>();
        for (String n : m.group(1).split("\\s?/\\s?")) {
            int comma = n.indexOf(',');
            names.add(new CitationAuthor(n.substring(0, comma).strip(), n.substring(comma + 1).strip()));
        }
        boolean editors = EDITOR_WORD_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
        if (editors ? names.equals(p.editors()) && p.authors().isEmpty() : names.equals(p.authors())) {
            return p;
        }
        return new ParsedReference(editors ? List.of() : names, false, p.title(), p.containerTitle(), p.volume(), p.issue(),
                p.pageFirst(), p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(), p.publisher(), p.publisherPlace(),
                editors ? names : p.editors(), p.type());
    }

    /** "(Hrsg.)", "(Hg.)", "(Eds.)", "(ed.)" right after a name list. */
    private static final Pattern EDITOR_WORD_AFTER = Pattern.compile("(?i)\\s*\\((?:hrsg|hg|eds?|éds?|dir)\\.?\\)");

    // --- chapters -----------------------------------------------------------------------------------------------

    /** The editors of the book a chapter is in: "edited by Ana Ruiz", "in Baines, R. (ed.)", "(Eds.)", "(Hrsg.)". */
    private static final Pattern BOOK_EDITORS = Pattern.compile(
            "(?i)(?:\\bedited\\s+by\\s|\\bed\\.\\s+by\\s|\\((?:eds?|hrsg|hg|dir|coord)\\.?\\))");

    /**
     * A work in a book with its editors is a chapter: MLA 9 ("The Oxford Handbook of ..., edited by Ana Ruiz, Oxford
     * UP, 2018, pp. 45-67"), Chicago ("In Scandinavian Transport Histories, edited by Karin Voss, 112-38") and
     * Harvard ("in Baines, R. (ed.) Local Government and the Sea") all name the book's editors; the parse read the
     * book as a journal (type article-journal). Only without volume and issue, and with the editors after the title.
     */
    static ParsedReference bookEditorsMakeAChapter(ParsedReference p, String s) {
        if (!"article-journal".equals(p.type()) || p.containerTitle() == null || p.volume() != null
                || p.issue() != null || p.title() == null) {
            return p;
        }
        int t = s.indexOf(p.title());
        Matcher m = BOOK_EDITORS.matcher(s);
        if (t < 0 || !m.find(t + p.title().length())) {
            return p;
        }
        return p.withType("chapter");
    }

    // --- standards ----------------------------------------------------------------------------------------------

    /** A standard's designation at the start of a reference; group 1 the body, group 2 the number. */
    private static final Pattern STANDARD_DESIGNATION = Pattern.compile(
            "^((?:ISO(?:/IEC)?|IEC|DIN(?:\\s(?:EN|ISO|IEC))*|BS(?:\\s(?:EN|ISO))*|EN(?:\\sISO)?|ANSI(?:/\\p{Lu}{2,6})?|ASTM|NF(?:\\sEN)?"
                    + "|UNE(?:-EN)?|ÖNORM|SN|CSA|AS(?:/NZS)?|JIS|GB(?:/T)?|IEEE\\sStd\\.?))\\s?([A-Z]?\\s?\\d{1,6}(?:[-.:/]\\d+)*[A-Z]?)(?=[,:.]?\\s)");

    /**
     * A reference headed by a standard's designation (ISO 690 and the standards bodies: "ISO 9001:2015, Quality
     * management systems ...", "DIN EN 1991-1-4:2010-12, Eurocode 1 ...", "ASTM D638-14, Standard Test Method ..."):
     * the designation is an identifier, not a name, page, volume or title. Its body ("DIN", "BS") is no author, its
     * numbers are no volume, issue or pages; the year is the one after its colon ("...:2010-12") when a number before
     * it was read as the year ("1991"); a title that opens with the designation loses it, and one that runs on into
     * the issuing body after its last sentence (". International Organization for Standardization") ends before it.
     */
    static ParsedReference standardDesignation(ParsedReference p, String s) {
        Matcher m = STANDARD_DESIGNATION.matcher(s);
        if (!m.find()) {
            return p;
        }
        String body = m.group(1);
        String number = m.group(2);
        Set<String> pieces = Set.of(number.split("[-.:/\\s]"));
        ParsedReference q = dropPieces(p, pieces, "\u0000");
        List<CitationAuthor> authors = new ArrayList<>();
        for (CitationAuthor a : q.authors()) {
            String whole = a.given() == null ? a.family() : a.family() + " " + a.given();
            if (!body.contains(a.family()) && !body.equals(whole)) {
                authors.add(a);
            }
        }
        Integer year = q.year();
        Matcher after = COLON_YEAR.matcher(number);
        if (after.find() && year != null && pieces.contains(String.valueOf(year))
                && !after.group(1).equals(String.valueOf(year)) && number.indexOf(String.valueOf(year)) < after.start()) {
            year = Integer.valueOf(after.group(1));
        }
        String title = q.title();
        if (title != null && title.startsWith(m.group()) && title.length() > m.group().length() + 3) {
            title = title.substring(m.group().length()).replaceFirst("^[,:.]?\\s+", "");
        }
        int stop = title == null ? -1 : title.lastIndexOf(". ");
        if (stop > 0 && organisationName(title.substring(stop + 2))) {
            title = title.substring(0, stop); // "... - Requirements. International Organization for Standardization"
        }
        if (authors.size() == q.authors().size() && java.util.Objects.equals(year, q.year())
                && java.util.Objects.equals(title, q.title())) {
            return q;
        }
        return new ParsedReference(authors, authors.isEmpty() ? false : q.etAl(), title, q.containerTitle(), q.volume(),
                q.issue(), q.pageFirst(), q.pageLast(), year, q.doi(), q.arxiv(), q.url(), q.publisher(), q.publisherPlace(), q.editors(), q.type());
    }

    /** Capitalised words and connectors, one of them a word of an organisation ("International Organization for ..."). */
    private static boolean organisationName(String text) {
        if (!text.matches("\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:of|for|on|and|the|&|\\p{Lu}[\\p{L}'’&-]*)){0,11}")) {
            return false;
        }
        for (String w : text.split("\\s+")) {
            if (ORGANISATION_WORD.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The year of a standard's edition after its colon: "1991-1-4:2010-12" gives 2010. */
    private static final Pattern COLON_YEAR = Pattern.compile(":((?:19|20)\\d\\d)\\b");

    // --- newspapers ---------------------------------------------------------------------------------------------

    /** A newspaper's section page ending the reference: ", A12.", ", B3". Group 1 the page. */
    private static final Pattern SECTION_PAGE_END = Pattern.compile(",\\s([A-H]\\d{1,3})\\.?$");
    /** A day and month name in either order: "March 14", "14 March", "(2021, March 14)". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s\\d{1,2}\\b"
                    + "|\\b\\d{1,2}\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    /**
     * A newspaper's page is its section's letter and a number (APA 7, Harvard, Chicago: "The New York Times,
     * A12.", "Wall Street Journal, B1."): written last, after a container, in a reference dated to the day, it is the
     * page, not a section letter glued to a volume as in physics ("Nucl. Phys. B262, 1", which is followed by a page
     * and has no day).
     */
    static ParsedReference newspaperSectionPage(ParsedReference p, String s) {
        Matcher m = SECTION_PAGE_END.matcher(s);
        if (p.containerTitle() == null || p.pageFirst() != null || p.issue() != null || !m.find()
                || !m.group(1).substring(1).equals(p.volume()) || !DAY_MONTH.matcher(s).find()) {
            return p;
        }
        return p.withVolume(null).withPages(m.group(1), null);
    }

    // --- where entries of an unnumbered list begin and end ------------------------------------------------------

    /** The head of a line that opens with a group author before its date (see {@link #GROUP_AUTHOR}). */
    private static final Pattern GROUP_AUTHOR_HEAD = Pattern.compile(
            "^((?:The\\s+)?\\p{Lu}[\\p{L}'’&-]+(?:\\s+(?:of|for|on|and|the|in|&|de|du|des|la|le|für|der|y|e|\\p{Lu}[\\p{L}'’&-]*|\\(\\p{Lu}{2,8}\\))){1,11})"
                    + "\\.?\\s*\\((?:19|20)\\d\\d[a-z]?[,)]");

    /**
     * A standard's designation heading its reference, as ISO 690 and the standards bodies cite them ("ISO 9001:2015,
     * Quality management systems ...", "DIN EN 1991-1-4:2010-12, Eurocode 1 ...", "BS 8500-1:2015+A2:2019 ...").
     */
    private static final Pattern STANDARD_HEAD = Pattern.compile(
            "(?:ISO(?:/IEC)?|IEC|DIN(?:\\s(?:EN|ISO|IEC))*|BS(?:\\s(?:EN|ISO))*|EN(?:\\sISO)?|ANSI(?:/\\p{Lu}{2,6})?|ASTM|NF(?:\\sEN)?"
                    + "|UNE(?:-EN)?|ÖNORM|SN|CSA|AS(?:/NZS)?|JIS|GB(?:/T)?|IEEE\\sStd\\.?)\\s?[A-Z]?\\s?\\d{1,6}(?:[-.:/]\\d+)*[A-Z]?(?:[,:]|\\s\\p{Lu})");

    /**
     * Whether a line of an unnumbered list, after a line that ended an entry, opens a new entry although it opens
     * with no person's name: an organisation as the author before its date, APA 7 and Harvard "group authors"
     * ("Office for National Statistics (2022) Coastal towns ...", "Marine Conservation Society. (2022, June 8). ...":
     * the name's words are capitalised or connectors, one a word of an organisation), or a standard's designation
     * (see {@link #STANDARD_HEAD}). Called from {@link ReferenceExtractor}'s unnumbered lists.
     */
    static boolean opensWithGroupAuthor(String line) {
        if (STANDARD_HEAD.matcher(line).lookingAt()) {
            return true;
        }
        Matcher m = GROUP_AUTHOR_HEAD.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        for (String w : m.group(1).split("\\s+")) {
            if (ORGANISATION_WORD.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ADS bibcode at the end of a line: nineteen characters, the year, the journal's abbreviation padded with
     * periods, volume, section letter, page and the first author's initial ("2022MNRAS.512.1024F", "2020A&A...641A..52C").
     */
    private static final Pattern BIBCODE_END = Pattern.compile("(?<![\\w.&])(?:1[89]|20)\\d\\d[A-Za-z&.]{5}[\\d.]{4}[A-Za-z.][\\d.]{4}[A-Z]$");

    /**
     * Whether a line of an unnumbered list ends an entry although it ends with a letter: astronomy references end with
     * the work's ADS bibcode ("Fairweather, T. 2022, MNRAS, 512, 1024, 2022MNRAS.512.1024F"). Called from {@link
     * ReferenceExtractor}'s unnumbered lists.
     */
    static boolean endsWithBibcode(String line) {
        if (line.length() < 19) {
            return false;
        }
        Matcher m = BIBCODE_END.matcher(line);
        m.useTransparentBounds(true);
        m.region(line.length() - 19, line.length());
        return m.lookingAt();
    }

    /** A line ending with a link: a URL (MLA 9 leaves out "https://": "quaypedia.example.org/wiki/x.") or a DOI. */
    private static final Pattern LINK_END = Pattern.compile(
            "(?:https?://|www\\.|doi:\\s?|\\b10\\.\\d{4,9}/|\\b(?:[\\w-]{1,60}\\.){1,6}[a-z]{2,6}/)[^\\s]{0,300}$");
    /** A line opening with a quoted title: "\"Tidal range.\" Wikipedia, ...", "“Ferry Fares,” Harbour News". */
    private static final Pattern QUOTED_TITLE_HEAD = Pattern.compile("^[\"“]\\p{Lu}[^\"”\\n]{1,300}?[.,?!][\"”]\\s\\p{Lu}");

    /**
     * Whether a line of an unnumbered list opens a new entry that has no author, after a line that ends with a link:
     * MLA 9 and Chicago cite an unsigned work by its quoted title first ("\"Tidal range.\" Wikipedia, ..."), and a
     * link ends the entry before it (a wrapped link goes on with no quotation mark). Called from {@link
     * ReferenceExtractor}'s unnumbered lists.
     */
    static boolean quotedTitleAfterLink(String previous, String line) {
        String p = previous.strip();
        int from = Math.max(0, p.length() - 320);
        return QUOTED_TITLE_HEAD.matcher(line).lookingAt() && LINK_END.matcher(p).region(from, p.length()).find();
    }
}
