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
 * the corpora (the rules after {@link #repositoryIsPublisher} fix what helper D2 found and left: 8 Dec 2026, helper hr).
 * The parse rules are called once, as the last post-processing step of {@link ReferenceParser}, on the
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
        p = versionSentenceIsNoContainer(p, s);
        p = thesisInstitutionInBrackets(p, s);
        p = journalsFirstWordIsNoInitial(p, s);
        p = nlmPreprintMarker(p, s);
        p = natureChapterWithEditors(p, s);
        p = conferenceDayIsNoVolume(p, s);
        p = seriesDesignationIsNoVolume(p, s);
        p = translatedBook(p, s);
        p = interviewIsNoTitle(p, s);
        p = placeBeforePublisher(p);
        p = seriesAfterPublisher(p);
        p = conferenceAcronymIsNoPublisher(p);
        p = reportSeries(p, s);
        p = patentPublicationNumber(p, s);
        p = titleFirstStandard(p, s);
        p = editorsBeforeEditorWord(p, s);
        p = bracketedCollaboration(p, s);
        p = reportWordEndsTheTitle(p, s);
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

    /** The degree words of a thesis's description: "Doctoral", "Master's", "PhD", "Bachelor's", "Diploma", "Honours". */
    private static final String DEGREE = "(?:Doctoral|Master['’]?s?|Ph\\.?\\s?D\\.?|Bachelor['’]?s?|Diploma|Honou?rs)";

    /**
     * APA 7 writes a description of the work in parentheses or square brackets right after
     * its title: "(Version 1.4.2)", "(Doctoral dissertation)", "(Master's thesis)", "[Data set]", "[Computer
     * software]", "[Video]"; Spanish and French references write "(Tesis doctoral)", "(Thèse de doctorat)".
     */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "\\s*(?:[(\\[](?:Version|Vers\\.|Release|v)\\s?\\d[\\w.-]{0,20}[)\\]]"
                    + "|[(\\[](?:(?:Unpublished\\s+)?" + DEGREE
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
            q = q.withVolumeAndIssue(volume, issue);
        }
        return q;
    }

    /** A thesis's description: "(Doctoral dissertation", "(Tesis de maestría", "[Master's thesis". */
    private static final Pattern THESIS = Pattern.compile(
            "[(\\[](?:Unpublished\\s+)?(?:" + DEGREE + "\\s+"
                    + "(?:dissertation|thesis)|Tesis|Tese|Tesi|Th[èe]se|Dissertation|Mémoire)\\b");

    /** A thesis's bracket naming its institution (APA 7); group 1 the institution. */
    private static final Pattern THESIS_WITH_INSTITUTION = Pattern.compile(
            "[(\\[](?:Unpublished\\s+)?" + DEGREE + "\\s+"
                    + "(?:dissertation|thesis)\\s*,\\s*([^()\\[\\],]{3,100}(?:,[^()\\[\\],]{2,60})?)[)\\]]");

    /**
     * APA 7 names a thesis's institution inside its bracket and the archive holding it after the bracket: "Salt and
     * steel [Master's thesis, University of Bergen]. BORA." The institution is the publisher (the labeller read
     * "University of Bergen]. BORA"); a publisher read elsewhere that does not hold the institution is kept.
     */
    static ParsedReference thesisInstitutionInBrackets(ParsedReference p, String s) {
        Matcher m = THESIS_WITH_INSTITUTION.matcher(s);
        if (!m.find()) {
            return p;
        }
        String institution = m.group(1).trim();
        String publisher = p.publisher();
        if (publisher != null && !publisher.contains(institution) && publisher.indexOf(']') < 0
                && publisher.indexOf(')') < 0) {
            return p;
        }
        return p.withPublisher(institution).withType("thesis");
    }

    /**
     * Title-less chemistry and physics references put the journal right after the last author's initials, and many
     * journals open with "J." ("Lie, K. J. Phys. Chem. A 2021, 125, 1234."): one "J." is not both the author's last
     * initial and the journal's first word, and the journal keeps it (the labeller gave it to both). Only where the
     * given name, then the rest of the journal's name, stand in the string as one run after the family name; an
     * author whose own initials end in "J." writes the journal's "J." once more ("Aas, B. J. J. Org. Chem.").
     */
    static ParsedReference journalsFirstWordIsNoInitial(ParsedReference p, String s) {
        String c = p.containerTitle();
        if (c == null || p.authors().isEmpty()) {
            return p;
        }
        CitationAuthor last = p.authors().get(p.authors().size() - 1);
        String given = last.given();
        int space = c.indexOf(' ');
        if (given == null || space < 2 || c.charAt(space - 1) != '.') {
            return p;
        }
        String first = c.substring(0, space);
        if (!given.endsWith(" " + first) || !s.contains(last.family() + ", " + given + c.substring(space))) {
            return p;
        }
        List<CitationAuthor> authors = new ArrayList<>(p.authors());
        authors.set(authors.size() - 1, new CitationAuthor(last.family(), given.substring(0, given.length() - first.length()).trim()));
        return p.withAuthors(authors, p.etAl());
    }

    /** NLM's preprint marker after the server's name: "medRxiv [Preprint].", "Research Square [Preprint]."; group 1 the server. */
    private static final Pattern NLM_PREPRINT = Pattern.compile("(?:^|[.,]\\s)(\\p{L}[\\p{L} -]{1,40}?)\\s\\[Preprint\\]");

    /**
     * NLM (Vancouver) writes a preprint "Title. medRxiv [Preprint]. 2021.": the server is the publisher, as
     * {@link #repositoryIsPublisher} makes a repository, and the container none (as "arXiv preprint"); the work is a
     * preprint, CSL "article" (it was a book, or a journal article named "bioRxiv [Preprint]").
     */
    static ParsedReference nlmPreprintMarker(ParsedReference p, String s) {
        Matcher m = NLM_PREPRINT.matcher(s);
        if (!m.find() || p.volume() != null || p.issue() != null) {
            return p;
        }
        String server = m.group(1).trim();
        String c = p.containerTitle();
        if (c != null && !c.startsWith(server)) {
            return p;
        }
        return p.withContainerTitle(null).withPublisher(server).withType("article");
    }

    /** Nature's chapter: " in <Book> (eds X & Y)" or "(ed. X)"; group 1 the book, group 2 the editors. */
    private static final Pattern NATURE_CHAPTER = Pattern.compile(
            "\\bin\\s+(\\p{Lu}[^()]{2,200}?)\\s+\\((?:eds|ed\\.)\\s+([^()]{2,300})\\)");

    /**
     * Nature and its journals cite a chapter "Hansen, T. in Ocean Engineering Handbook (eds Lie, K. & Moe, P.) 45–67
     * (Fjord Press, 2016).": no title of its own, the book as the container, its editors in the bracket after it. The
     * work is a chapter (it was a journal article) and the bracket's names are its editors where none were read.
     */
    static ParsedReference natureChapterWithEditors(ParsedReference p, String s) {
        Matcher m = NATURE_CHAPTER.matcher(s);
        if (!m.find() || p.containerTitle() == null || !m.group(1).startsWith(p.containerTitle())) {
            return p;
        }
        ParsedReference q = p.withType("chapter");
        if (!p.editors().isEmpty()) {
            return q;
        }
        List<CitationAuthor> editors = EditorNames.of(m.group(2));
        return editors.isEmpty() ? q : q.withEditors(editors);
    }

    /** A range of days after a month's name, "April 1-5", "May 7–11"; group 1 the last day. */
    private static final Pattern DAY_RANGE = Pattern.compile("(?i)\\b" + Months.ENGLISH_NAME
            + "\\s+\\d{1,2}\\s?[-–]\\s?(\\d{1,2})(?!\\d)");

    /**
     * A conference's dates in the parentheses after a proceedings named with its number ("Proceedings of CHI 90
     * (Seattle, Washington, April 1-5, 1990)"): the range's last day was read as the volume. A volume that is that day
     * and stands nowhere else in the string outside the range is none.
     */
    static ParsedReference conferenceDayIsNoVolume(ParsedReference p, String s) {
        String volume = p.volume();
        if (volume == null || volume.length() > 2) {
            return p;
        }
        Matcher m = DAY_RANGE.matcher(s);
        while (m.find()) {
            if (volume.equals(m.group(1))) {
                String rest = s.substring(0, m.start()) + " " + s.substring(m.end());
                return Pattern.compile("(?<![\\d.:-])" + volume + "(?![\\d-])").matcher(rest).find() ? p : p.withVolume(null);
            }
        }
        return p;
    }

    /** A version written as a sentence of its own ("… user guide. Version 2.", "… Version 3.1. Zenodo."). */
    private static final Pattern VERSION_SENTENCE = Pattern.compile(
            "(?:^|[.,]\\s)(?:Version|Vers\\.|Release)\\s?\\d[\\w-]{0,10}(?:\\.\\d[\\w-]{0,10}){0,3}\\.?(?=\\s|$)");
    /** A container that is only a version word, with or without its number: what the labeller made of it. */
    private static final Pattern VERSION_CONTAINER = Pattern.compile("(?i)(?:version|vers\\.?|release)(?:\\s?\\d[\\w.-]{0,20})?");

    /**
     * Harvard and MLA write the version of cited software or data as a sentence of its own, where APA brackets it
     * ({@link #descriptorAfterTitle}): "Open Tide Contributors (2022). OpenTide user guide. Version 2." The version
     * is no container (the labeller read "Version" as one, which made the work a journal article); the work keeps its
     * title and is typed as a generic article, as a repository's work is ({@link #repositoryIsPublisher}).
     */
    static ParsedReference versionSentenceIsNoContainer(ParsedReference p, String s) {
        if (p.containerTitle() == null || !VERSION_CONTAINER.matcher(p.containerTitle()).matches()
                || !VERSION_SENTENCE.matcher(s).find()) {
            return p;
        }
        ParsedReference q = p.withContainerTitle(null);
        return "article-journal".equals(q.type()) ? q.withType("article") : q;
    }

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
        ParsedReference q = p.withVolumeAndIssue(volume, issue);
        return pages ? q.withPages(null, null) : q;
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
                    + "|Institut|Gesellschaft|Stiftung|Team|Developers|Contributors|Maintainers)");

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
            return groupAuthorSentence(p, s);
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

    /** A sentence that is no title: a link, an access note or a date ("Available at:", "Jan 1998"). */
    private static final Pattern NO_TITLE = Pattern.compile(
            "(?i)^(?:available|retrieved|accessed|online|url)\\b|https?:|www\\.|^(?:\\p{L}{3,9}\\.?\\s)?(?:\\d{1,2}\\s)?(?:19|20)\\d\\d$");

    /** A group author as the first sentence of an AMA or Vancouver reference; group 1 the name, group 2 the rest. */
    private static final Pattern GROUP_AUTHOR_FIRST = Pattern.compile(
            "^((?:The\\s+)?\\p{Lu}[\\p{L}'’&-]+(?:\\s+(?:of|for|on|and|the|in|&|\\p{Lu}[\\p{L}'’&-]*)){1,11})\\.\\s+(\\p{Lu}.*)$");

    /**
     * AMA and Vancouver write a group author as a sentence of its own, with no date after it ("National Institute
     * for Harbour Health. Asthma: Diagnosis and Monitoring. NIHH; 2017."): where the labeller read that name as the
     * title (and no author), it is the author, the next sentence the title; a place and publisher read from that
     * title ("Asthma" as place, "Diagnosis and Monitoring. NIHH" as publisher) give way to what follows it. Only
     * with a title and more after it: a name followed by a link or a date alone is the title of a web page (the GROBID
     * gold's reading).
     */
    private static ParsedReference groupAuthorSentence(ParsedReference p, String s) {
        Matcher m = GROUP_AUTHOR_FIRST.matcher(s);
        if (!m.matches() || !m.group(1).equals(p.title()) || !organisationName(m.group(1))) {
            return p;
        }
        String title = firstSentence(m.group(2));
        String after = title == null ? "" : m.group(2).substring(Math.min(m.group(2).length(), title.length()))
                .replaceFirst("^[.\\s]+", "");
        if (title == null || after.isEmpty() || NO_TITLE.matcher(title).find()) {
            return p; // "... News. Jan 1998.", "... Association. Available at: http://...": the name is the title
        }
        String place = p.publisherPlace() != null && title.contains(p.publisherPlace()) ? null : p.publisherPlace();
        String publisher = p.publisher();
        String next = after.split("[;,.]", 2)[0].strip();
        if (publisher != null && !publisher.equals(next) && publisher.endsWith(next) && !next.isEmpty()
                && title.contains(publisher.substring(0, publisher.length() - next.length()).replaceFirst("[.\\s]+$", ""))) {
            publisher = next;
        }
        return new ParsedReference(List.of(new CitationAuthor(m.group(1), null)), false, title, p.containerTitle(),
                p.volume(), p.issue(), p.pageFirst(), p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(), publisher,
                place, p.editors(), p.type());
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
        return editors ? p.withAuthors(List.of(), false).withEditors(names) : p.withAuthors(names, false);
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

    /** The kind of a standard named in its title: "Standard", "Standard Guide", "Standard Test Method", "Recommended Practice". */
    private static final String STANDARD_KIND = "(?:Standard(?:\\s+(?:Guide|Practice|Test\\s+Methods?|Specification|Terminology))?"
            + "|Recommended\\s+Practice|Guide)";

    /**
     * The head of a line that opens with a group author as AMA and Vancouver write it, a sentence of its own before
     * the title with no date after it ("World Health Organization. Global Tuberculosis Report 2020. WHO; 2020.",
     * "Centers for Disease Control and Prevention. Title ...").
     */
    private static final Pattern GROUP_AUTHOR_SENTENCE = Pattern.compile(
            "^((?:The\\s+)?\\p{Lu}[\\p{L}'’&-]+(?:\\s+(?:of|for|on|and|the|in|&|\\p{Lu}[\\p{L}'’&-]*)){1,11})\\.\\s\\p{Lu}");

    /** A standard cited by its title first: "IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019". */
    private static final Pattern STANDARD_TITLE_HEAD = Pattern.compile(
            "(?:IEEE|ISO|IEC|ANSI|ASTM|ASME|SAE|NIST)\\s+" + STANDARD_KIND + "\\s+(?:for|on|of)\\s[^,]{2,200},\\s*"
                    + "(?:IEEE\\s+Std\\.?|ISO(?:/IEC)?|IEC|ANSI|ASTM|ASME|SAE)\\s?[A-Z]?\\d");

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
     * the name's words are capitalised or connectors, one a word of an organisation), the same name as a sentence of
     * its own with no date, as AMA and Vancouver write it ({@link #GROUP_AUTHOR_SENTENCE}), a standard's designation
     * (see {@link #STANDARD_HEAD}) or a standard's title before its designation ({@link #STANDARD_TITLE_HEAD}).
     * Called from {@link ReferenceExtractor}'s unnumbered lists.
     */
    static boolean opensWithGroupAuthor(String line) {
        if (STANDARD_HEAD.matcher(line).lookingAt() || STANDARD_TITLE_HEAD.matcher(line).lookingAt()) {
            return true;
        }
        Matcher m = GROUP_AUTHOR_HEAD.matcher(line);
        if (!m.lookingAt()) {
            m = GROUP_AUTHOR_SENTENCE.matcher(line);
        }
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

    // --- series designations of reports -------------------------------------------------------------------------

    /** An organisation's series number glued to its acronym: "WMO-No. 702", "WMO No. 8"; group 1 the number. */
    private static final Pattern SERIES_DESIGNATION = Pattern.compile("\\b\\p{Lu}{2,8}[-\\s]No\\.\\s?(\\d{1,6})\\b");

    /**
     * Agencies number their publications in a series written with their acronym ("WMO-No. 702", the World
     * Meteorological Organization's): the designation of a report, not a journal's volume or issue. Only where no
     * container was read (a journal's "No." stays its issue).
     */
    static ParsedReference seriesDesignationIsNoVolume(ParsedReference p, String s) {
        Matcher m = SERIES_DESIGNATION.matcher(s);
        if (p.containerTitle() != null || !m.find()) {
            return p;
        }
        String n = m.group(1);
        boolean volume = n.equals(p.volume());
        boolean issue = n.equals(p.issue());
        if (!volume && !issue) {
            return p;
        }
        String type = "article-journal".equals(p.type()) ? "report" : p.type();
        return p.withVolumeAndIssue(volume ? null : p.volume(), issue ? null : p.issue()).withType(type);
    }

    // --- translated books ---------------------------------------------------------------------------------------

    /** MLA 9's translated book: "Translated by William Weaver, Harcourt, 1983." at the end; group 1 the publisher, 2 the year. */
    private static final Pattern TRANSLATED_BY = Pattern.compile(
            "\\b(?:[Tt]ranslated|[Tt]rans\\.|[Tt]ransl\\.)\\s+by\\s+[^,]{2,80},\\s+(\\p{Lu}[^,]{1,80}),\\s+((?:1[5-9]|20)\\d\\d)\\.?$");

    /**
     * MLA 9 names the translator after the title and then the publisher and the year of the translation ("Eco,
     * Umberto. The Name of the Rose. 1980. Translated by William Weaver, Harcourt, 1983."): the element after the
     * translator's name is the publisher (not a place), and the year is the translation's (the original's year may
     * stand after the title).
     */
    static ParsedReference translatedBook(ParsedReference p, String s) {
        Matcher m = TRANSLATED_BY.matcher(s);
        if (p.containerTitle() != null || !m.find() || p.publisher() != null && !p.publisher().equals(m.group(1))) {
            return p;
        }
        String place = m.group(1).equals(p.publisherPlace()) ? null : p.publisherPlace();
        return p.withPublisherAndPlace(m.group(1), place).withYear(Integer.valueOf(m.group(2)));
    }

    // --- interviews ---------------------------------------------------------------------------------------------

    /** MLA's description of an interview: "Interview by Tom Lee. "; group 1 the interviewer. */
    private static final Pattern INTERVIEW_BY = Pattern.compile(
            "\\bInterview(?:ed)?\\s+by\\s+((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s){0,3}\\p{Lu}[\\p{L}'’-]+)\\.\\s+");

    /**
     * MLA 9 describes an untitled interview after the interviewee's name, "Interview by Tom Lee.", where a title
     * would stand; the description is no title, and the element after it is the container that published the
     * interview ("Smith, Jane. Interview by Tom Lee. Radio Times, 3 Mar. 2015."). A titled interview ("Lee, Tom.
     * \"Coastal Life.\" Interview by ...") keeps its title.
     */
    static ParsedReference interviewIsNoTitle(ParsedReference p, String s) {
        String title = p.title();
        Matcher m = INTERVIEW_BY.matcher(s);
        if (title == null || !title.startsWith("Interview") || !m.find() || !s.startsWith(title, m.start())) {
            return p;
        }
        String container = p.containerTitle();
        int described = m.end() - m.start();
        if (container == null) {
            String rest = title.length() > described ? title.substring(described) : s.substring(m.end());
            rest = rest.split("[,.]", 2)[0].strip();
            if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && !rest.equals(p.publisher())) {
                container = rest;
            }
        }
        String type = container != null && "book".equals(p.type()) ? "article-journal" : p.type();
        return new ParsedReference(p.authors(), p.etAl(), null, container, p.volume(), p.issue(), p.pageFirst(),
                p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(), p.publisher(), p.publisherPlace(), p.editors(), type);
    }

    // --- publisher ----------------------------------------------------------------------------------------------

    /** "Place: Publisher" read as one publisher: one to three capitalised words, a colon, the publisher. */
    private static final Pattern PLACE_COLON_PUBLISHER = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}):\\s+(\\p{Lu}.{1,100})");

    /**
     * Every style writes a book's place before its publisher with a colon ("United States: Harbour Press", "New York:
     * Viking"): a publisher read with its place is cut at the colon, where no place was read.
     */
    static ParsedReference placeBeforePublisher(ParsedReference p) {
        if (p.publisher() == null || p.publisherPlace() != null) {
            return p;
        }
        Matcher m = PLACE_COLON_PUBLISHER.matcher(p.publisher());
        return m.matches() ? p.withPublisherAndPlace(m.group(2).strip(), m.group(1)) : p;
    }

    /** A series named in parentheses after the publisher: "Gallimard (Collection Histoire)", "Reclam (Reihe Wissen)". */
    private static final Pattern SERIES_AFTER_PUBLISHER = Pattern.compile(
            "(.*\\S)\\s*\\((?:Collection|Coll\\.|Collana|Colección|Coleção|Colecção|Reihe|Schriftenreihe|Series|Serie|Série)\\b[^()]*\\)");

    /**
     * French, Italian, Spanish and German references name a book's series in parentheses after the publisher
     * ("Paris: Gallimard (Collection Histoire)", "Reclam (Reihe Wissen)"): the series is no part of the publisher's name.
     */
    static ParsedReference seriesAfterPublisher(ParsedReference p) {
        Matcher m = p.publisher() == null ? null : SERIES_AFTER_PUBLISHER.matcher(p.publisher());
        return m != null && m.matches() ? p.withPublisher(m.group(1)) : p;
    }

    /**
     * A conference's short name is the acronym of its name ("NeurIPS" of "Neural Information Processing Systems",
     * "ICML" of "International Conference on Machine Learning"): read as the publisher of a paper whose proceedings'
     * title spells it out, it is no publisher. The acronym's capitals (three or more) are the initials of consecutive
     * capitalised words of the container, none of them a word of an organisation (the acronym of a society that
     * publishes, "AMS" of "Bulletin of the American Meteorological Society", stays the publisher).
     */
    static ParsedReference conferenceAcronymIsNoPublisher(ParsedReference p) {
        String pub = p.publisher();
        String c = p.containerTitle();
        if (pub == null || c == null || !pub.matches("\\p{L}{3,12}")) {
            return p;
        }
        String capitals = pub.replaceAll("\\P{Lu}", "");
        List<String> words = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String w : c.split("[\\s:,()-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
                words.add(w);
            }
        }
        int at = capitals.length() < 3 ? -1 : initials.indexOf(capitals);
        if (at < 0) {
            return p;
        }
        for (String w : words.subList(at, at + capitals.length())) {
            if (ORGANISATION_WORD.matcher(w).matches()) {
                return p; // the acronym of a society or association ("AMS", "ACM"), which publishes
            }
        }
        return p.withPublisher(null);
    }

    // --- report series ------------------------------------------------------------------------------------------

    /**
     * An agency's report series and number: "NASA Technical Memorandum TM-2015-218765", "NASA TM-2008-215321", "NASA
     * Technical Note D-1234", "NACA TN 1234". Group 1 the series with its agency, group 2 the number.
     */
    private static final Pattern REPORT_SERIES = Pattern.compile(
            "((?:\\b\\p{Lu}{2,6}\\s+)?\\b(?:Technical\\s+(?:Memorandum|Note|Paper)|Contractor\\s+Report)"
                    + "|\\b\\p{Lu}{2,6}\\s+(?:TM|TN|TP|CR))[\\s-]+((?:\\p{Lu}{1,3}[\\s-]?){0,2}\\d[\\d-]*\\d|\\d)\\b");

    /**
     * Agencies' technical memoranda, notes and papers are reports cited by series and number ("NASA Technical
     * Memorandum TM-2015-218765", "NASA TM-2008-215321", "NACA TN 1234"): the series is no container (the title does
     * not run into it) and its number no volume, issue or pages; the work is a report.
     */
    static ParsedReference reportSeries(ParsedReference p, String s) {
        Matcher m = REPORT_SERIES.matcher(s);
        if (!m.find()) {
            return p;
        }
        String series = m.group();
        String container = p.containerTitle();
        if (container != null && series.contains(container.replaceFirst("[\\s-]+$", ""))) {
            container = null;
        }
        String title = p.title();
        int at = title == null ? -1 : title.indexOf(m.group(1));
        if (at > 0) {
            title = title.substring(0, at).replaceFirst("[\\s,(]+$", "");
        }
        ParsedReference q = dropPieces(p, Set.of(m.group(2).split("[\\s-]")), m.group(2).replaceAll("\\D", ""));
        return new ParsedReference(q.authors(), q.etAl(), title, container, q.volume(), q.issue(), q.pageFirst(),
                q.pageLast(), q.year(), q.doi(), q.arxiv(), q.url(), q.publisher(), q.publisherPlace(), q.editors(),
                "report");
    }

    // --- patent publication numbers -----------------------------------------------------------------------------

    /**
     * A patent document's number as the patent offices write it: the office's country code, the number (in groups)
     * and the kind code ("DE 10 2015 123 456 A1", "EP 1 234 567 B1", "WO 2019/123456 A1", "US 9,876,543 B2"). Group
     * 1 the code, group 2 the number, group 3 the kind.
     */
    private static final Pattern PATENT_PUBLICATION = Pattern.compile(
            "\\b(DE|EP|WO|US|GB|FR|CH|AT|JP|CN|KR|CA|AU)\\s?(\\d{1,4}(?:[\\s/,.]\\d{1,6}){0,4})\\s?([ABCUTY]\\d?)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)");

    /**
     * A patent document cited by its publication number (DIN ISO 690: "Müller, H. Vorrichtung zur Kühlung. DE 10
     * 2015 123 456 A1, 2017."): the country code (or a piece of the number) is no container, the number's groups no volume, issue, page or year
     * (the year is the one written outside the number, if any), the kind code ("A1") no page.
     */
    static ParsedReference patentPublicationNumber(ParsedReference p, String s) {
        Matcher m = PATENT_PUBLICATION.matcher(s);
        if (!m.find()) {
            return p;
        }
        Set<String> pieces = new java.util.HashSet<>(List.of(m.group(2).split("[\\s/,.]")));
        pieces.add(m.group(3));
        ParsedReference q = dropPieces(p, pieces, m.group(2).replaceAll("\\D", ""));
        String container = q.containerTitle();
        int at = container == null ? -1 : s.indexOf(container);
        if (at >= 0 && at < m.end() && at + container.length() > m.start()) {
            container = null; // the country code, or a piece of the number ("DE 10 2012 444")
        }
        Integer year = q.year();
        if (year != null && pieces.contains(String.valueOf(year))) {
            year = null;
            for (Matcher y = YEAR.matcher(s); y.find(); ) {
                if (y.start() < m.start() || y.start() >= m.end()) {
                    year = Integer.valueOf(y.group());
                }
            }
        }
        String type = container == null && "article-journal".equals(q.type()) ? "book" : q.type();
        return new ParsedReference(q.authors(), q.etAl(), q.title(), container, q.volume(), q.issue(), q.pageFirst(),
                q.pageLast(), year, q.doi(), q.arxiv(), q.url(), q.publisher(), q.publisherPlace(), q.editors(), type);
    }

    // --- standards cited by title -------------------------------------------------------------------------------

    /**
     * A standard cited title first, then its designation (IEEE: "IEEE Standard for Floating-Point Arithmetic, IEEE
     * Std 754-2019, 2019."). Group 1 the title, group 2 the designation's body, group 3 its number.
     */
    private static final Pattern STANDARD_TITLE_FIRST = Pattern.compile(
            "^((?:IEEE|ISO|IEC|ANSI|ASTM|ASME|SAE|NIST)\\s+" + STANDARD_KIND + "\\s+(?:for|on|of)\\s[^,]{2,200}),\\s*"
                    + "(IEEE\\s+Std\\.?|ISO(?:/IEC)?|IEC|ANSI(?:/\\p{Lu}{2,6})?|ASTM|ASME|SAE)\\s?([A-Z]?\\d[\\d.:/-]*\\d)");

    /**
     * A standard cited by its title first (see {@link #STANDARD_TITLE_FIRST}) has no author (the title's last word
     * read as a family name), the body of the designation is no container and the designation's numbers are no volume
     * or pages ("754-2019" is no page range).
     */
    static ParsedReference titleFirstStandard(ParsedReference p, String s) {
        Matcher m = STANDARD_TITLE_FIRST.matcher(s);
        if (!m.find()) {
            return p;
        }
        ParsedReference q = dropPieces(p, Set.of(m.group(3).split("[-.:/]")), "\u0000");
        String container = q.containerTitle() != null && m.group(2).startsWith(q.containerTitle()) ? null : q.containerTitle();
        String type = container == null && "article-journal".equals(q.type()) ? "book" : q.type();
        return new ParsedReference(List.of(), false, m.group(1), container, q.volume(), q.issue(), q.pageFirst(),
                q.pageLast(), q.year(), q.doi(), q.arxiv(), q.url(), q.publisher(), q.publisherPlace(), q.editors(), type);
    }

    // --- editors named before the word "editor" ----------------------------------------------------------------

    /** One name written given name first: "Rohit Parikh", "R. Parikh", "Anna M. van Dijk". */
    private static final String GIVEN_FIRST_NAME = "(?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,3}(?:(?:van|von|de|der|den|la|le|du|da)\\s+){0,2}\\p{Lu}[\\p{L}'’-]+";
    /**
     * The book's editors between commas before "editor(s)" (the ACM and BibTeX "plain" styles: "In Logics of
     * Programs, Rohit Parikh, editor, pages 52-71", "In R. Parikh and A. Lund, editors, ...", "In" glued to the first
     * name by PDF extraction: "InC. B. Lund, editor,"). Group 1 the names.
     */
    private static final Pattern NAMES_THEN_EDITOR_WORD = Pattern.compile(
            "(?:\\bIn:?\\s*(?=\\p{Lu})|,\\s+)(" + GIVEN_FIRST_NAME + "(?:(?:,\\s+|,?\\s+and\\s+)" + GIVEN_FIRST_NAME + "){0,5}),\\s+editors?(?=[,.;:])");

    /**
     * The editors of the book a chapter or paper is in, written given name first and followed by the word "editor"
     * or "editors" between commas (see {@link #NAMES_THEN_EDITOR_WORD}), where the labeller read none.
     */
    static ParsedReference editorsBeforeEditorWord(ParsedReference p, String s) {
        if (!p.editors().isEmpty() || p.containerTitle() == null) {
            return p;
        }
        Matcher m = NAMES_THEN_EDITOR_WORD.matcher(s);
        if (!m.find() || !EditorNames.notAuthors(m.group(1), p.authors())) {
            return p;
        }
        List<CitationAuthor> editors = EditorNames.of(m.group(1));
        return editors.isEmpty() ? p : p.withEditors(editors);
    }

    // --- collaborations in brackets after the names -------------------------------------------------------------

    /**
     * A collaboration in square brackets after the first authors, with the date after it, before a capitalised
     * sentence: "[QUAY Collaboration] (2019). Tidal ...", "[on behalf of the QUAY Collaboration]. Fjord ...". Group 1
     * the name. (In parentheses after "et al." it is {@link NameRules}' reading, and a talk or note may follow it.)
     */
    private static final Pattern BRACKETED_COLLABORATION = Pattern.compile(
            "\\[(?:on\\s+behalf\\s+of\\s+(?:the\\s+)?)?((?:\\p{Lu}[\\p{L}\\d-]*\\s+){1,3}Collaboration)]\\.?\\s*"
                    + "(?:\\((?:19|20)\\d\\d[a-z]?\\)[.:]?\\s*)?(?=\\p{Lu})");

    /**
     * Physics references name the collaboration the authors wrote for in brackets after their names ("Lund, K. [QUAY
     * Collaboration] (2019). Tidal neutrinos. ..."): the collaboration is one more author, and the title is the
     * sentence after it and the date (the labeller lost it, or read the bracket into it).
     */
    static ParsedReference bracketedCollaboration(ParsedReference p, String s) {
        Matcher m = BRACKETED_COLLABORATION.matcher(s);
        if (p.authors().isEmpty() || !m.find() || m.start() > 300) {
            return p;
        }
        String title = p.title();
        if (title == null || s.indexOf(title) >= 0 && s.indexOf(title) < m.end()) {
            String next = firstSentence(s.substring(m.end()));
            if (next != null && !next.equals(p.publisher()) && !next.equals(p.containerTitle())) {
                title = next;
            }
        }
        List<CitationAuthor> authors = new ArrayList<>(p.authors());
        CitationAuthor group = new CitationAuthor(m.group(1), null);
        if (!authors.contains(group)) {
            authors.add(group);
        }
        return new ParsedReference(authors, p.etAl(), title, p.containerTitle(), p.volume(), p.issue(), p.pageFirst(),
                p.pageLast(), p.year(), p.doi(), p.arxiv(), p.url(), p.publisher(), p.publisherPlace(), p.editors(), p.type());
    }

    // --- titles of annual reports -------------------------------------------------------------------------------

    /** The end of a report's title: "Report 2020", "Annual Report", "Yearbook 2019/20", before the sentence's end. */
    private static final Pattern REPORT_TITLE_END = Pattern.compile(
            "\\s+((?:Annual\\s+)?(?:Report|Yearbook|Outlook|Review)(?:\\s+(?:19|20)\\d\\d(?:[-–/]\\d{2,4})?)?)(?=\\.\\s|\\.?$)");

    /**
     * A report's title ends with its kind and often its year ("Global Tuberculosis Report 2020", "World Energy
     * Outlook 2019"): a title the labeller ended before "Report 2020" goes on to the end of its sentence.
     */
    static ParsedReference reportWordEndsTheTitle(ParsedReference p, String s) {
        String title = p.title();
        int at = title == null ? -1 : s.indexOf(title);
        if (at < 0) {
            return p;
        }
        Matcher m = REPORT_TITLE_END.matcher(s);
        m.region(at + title.length(), s.length());
        return m.lookingAt() ? p.withTitle(title + " " + m.group(1)) : p;
    }
}
