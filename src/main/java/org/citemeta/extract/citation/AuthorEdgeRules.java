package org.citemeta.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on where the author list begins and ends, written from the development errors of the GROBID and AnyStyle
 * corpora (issue 6): editors read as authors, words of the title or a "See" read into the names, names after a
 * quoted title, a country's organisation, a collaboration after the names, OCR'd lists. Run on the assembled fields in
 * {@link ModelFieldLabeller#assemble}; each rule was measured alone on both corpora (session 7, helper d; the figures
 * are in the write-up /work/briefs/d-readme.md).
 */
final class AuthorEdgeRules {

    private AuthorEdgeRules() {
    }

    /**
     * The names that open a reference, then an editor's mark in brackets: "(Eds.)", "(eds.)", "(edd.)", "(ed.)",
     * "(Hg.)", "(Hrsg.)", "(dir.)". Group 1: what comes before the mark (no digit, quotation mark, bracket or colon);
     * group 2: the mark.
     */
    private static final Pattern EDITED_HEAD = Pattern.compile(
            "^([^\\d\"“”‘’«»()\\[\\]:]{2,160}?)\\s*[(\\[]\\s*([Ee]ds?|EDS?|[Ee]dd|[Ee]ditors?|Hg|Hrsg|hrsg|dir|coord)\\.?\\s*[)\\]]");
    /** A mark for more than one editor. */
    private static final Pattern PLURAL_MARK = Pattern.compile("[Ee]ds|EDS|[Ee]dd|[Ee]ditors");
    private static final Pattern HEAD_WORD = Pattern.compile("[^\\s,;/&–-]+");
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}\\p{M}'’-]");
    /** Words that join or lead names without a capital: "and", "et", "van", "de". */
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("and", "et", "und", "y", "e", "van", "von",
            "de", "der", "den", "da", "das", "do", "dos", "du", "la", "le", "di", "del", "della", "ten", "ter", "zu");

    /**
     * A book cited by its editors: "Karl Lund – Anna Holm (eds.), Quiet Harbours, Bergen 1995", "Berg (Eds.), Topics
     * in Harbours. Oslo: Quay Press". The names before the editor's mark are the editors of the book, not authors:
     * the reference has none. Only where everything before the mark is names (capitalised words, initials, "and",
     * particles: no title's word in lower case), the last of them is a word of a name read, and the mark is plural or
     * two names or more were read (one name with "(ed.)" or "(dir.)" stays the author, as the corpora have it).
     */
    static void editedBookHasNoAuthors(String s, LabelledFields f) {
        if (f.authors.isEmpty()) {
            return;
        }
        Matcher m = EDITED_HEAD.matcher(s);
        if (!m.find() || f.authors.size() < 2 && !PLURAL_MARK.matcher(m.group(2)).matches()) {
            return;
        }
        String last = null;
        Matcher w = HEAD_WORD.matcher(m.group(1));
        while (w.find()) {
            String word = w.group();
            if (!Character.isUpperCase(word.charAt(0)) && !NAME_LINKS.contains(word)) {
                return;
            }
            last = word;
        }
        if (last == null) {
            return;
        }
        String lastName = NOT_NAME_CHAR.matcher(last).replaceAll("");
        boolean named = false;
        for (CitationAuthor a : f.authors) {
            named |= lastName.length() >= 2 && (lastName.equals(NOT_NAME_CHAR.matcher(a.family()).replaceAll(""))
                    || a.given() != null && a.given().contains(lastName));
        }
        if (!named) {
            return;
        }
        f.authors.clear();
        f.etAl = false;
    }

    /**
     * The article "A" that opens the title read as the last initial of the last name: "Lund KB, Holm A, Berg T. A
     * quiet harbour ..." gives "Berg T. A". Where the last name's given names end in a lone "A" without a period after
     * an initial with one, and the title opens with that "A" as a word, the "A" is the title's, not an initial.
     */
    static void articleIsNoInitial(LabelledFields f) {
        if (f.authors.isEmpty() || f.title == null || !f.title.startsWith("A ")) {
            return;
        }
        int n = f.authors.size() - 1;
        CitationAuthor last = f.authors.get(n);
        String g = last.given();
        if (g == null || g.length() < 4 || !g.endsWith(". A")) {
            return;
        }
        f.authors.set(n, new CitationAuthor(last.family(), g.substring(0, g.length() - 2)));
    }

    /** Initials only: "F.", "R.L.", "J.-P.", "K. S.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?-?)+");

    /**
     * A reference that opens with its title in quotation marks, the names after it: "\"Quiet harbours of the north\",
     * K. Lund, and A. Holm, Harb. Quay Rev. 12, 34 (2001).", "\"Harbour Seals at Rest,\" by Lund and Holm, ...". Where
     * no name was read, the names right after the closing quotation mark (and a comma, or "by") are the authors:
     * names written with initials, or any names after "by". The other fields stay as they were read.
     */
    static void namesAfterQuotedTitle(String s, LabelledFields f) {
        if (!f.authors.isEmpty() || s.isEmpty()) {
            return;
        }
        char open = s.charAt(0);
        char close = switch (open) {
            case '"' -> '"';
            case '“' -> '”';
            case '«' -> '»';
            default -> 0;
        };
        int q = close == 0 ? -1 : s.indexOf(close, 1);
        if (q < 0) {
            return;
        }
        int k = q + 1;
        while (k < s.length() && (s.charAt(k) == ',' || s.charAt(k) == ' ')) {
            k++;
        }
        boolean by = s.startsWith("by ", k);
        if (by) {
            k += 3;
        }
        if (k == q + 1 || k >= s.length()) {
            return;
        }
        AuthorScanner.Names names = AuthorScanner.scan(RefTokens.of(s.substring(k)), 0);
        if (names.authors().isEmpty()) {
            return;
        }
        for (CitationAuthor a : names.authors()) {
            if (!by && (a.given() == null || !INITIALS.matcher(a.given()).matches())) {
                return;
            }
        }
        f.authors.addAll(names.authors());
        f.etAl = names.etAl();
    }

    /** A word that sends the reader to the work cited: "Vgl.", "See", "See also", "See e.g.", "Cf.". */
    private static final Pattern SEE_WORD = Pattern.compile("^(?:[Vv]gl\\.|See(?: also)?(?: e\\.\\s?g\\.)?|[Cc]f\\.)(?=\\s)");

    /**
     * A reference that opens with a word sending the reader to it ("Vgl. K. Lund, Stille Häfen, ...", "See e.g.
     * A.B. Holm: Quiet harbours, ...", "Cf. Lund 1999"): that word is no part of the first name. It is taken out of the
     * first name read; a name made of it alone is no name.
     */
    static void seeWordIsNoName(String s, LabelledFields f) {
        if (f.authors.isEmpty()) {
            return;
        }
        Matcher m = SEE_WORD.matcher(s);
        if (!m.find()) {
            return;
        }
        String lead = m.group();
        CitationAuthor first = f.authors.get(0);
        if (lead.equals(first.family())) {
            f.authors.remove(0);
        } else if (first.given() != null && first.given().startsWith(lead)) {
            String rest = first.given().substring(lead.length()).strip();
            f.authors.set(0, new CitationAuthor(first.family(), rest.isEmpty() ? null : rest));
        }
    }

    /**
     * A country's abbreviation heading an organisation's name: "U.S. Quay Board of Harbours.", "U.K. Office of Ports,".
     * Group 1: the name, up to a comma, a bracket or a sentence's end.
     */
    private static final Pattern COUNTRY_BODY = Pattern.compile(
            "^(?:\\[\\d+\\]\\s*)?((?:U\\.S|U\\.K)\\.\\s\\p{Lu}[\\p{L}'’-]*(?:\\s(?:of|the|and|for|on|\\p{Lu}[\\p{L}'’-]*))+)(?=\\s*[,(]|\\.(?:\\s|$))");

    /**
     * An organisation whose name opens with its country's abbreviation, read as a person whose given names are the
     * abbreviation ("U.S. Harbour Board." read as "Harbour, U.S."): the author is the whole name of the organisation,
     * up to a comma, a bracket or the end of its sentence. Only where the name has two words or more after the
     * abbreviation ("U.S. Lund" may be a person's initials) and the one name read has the abbreviation as its given names.
     */
    static void countryOrganisation(String s, LabelledFields f) {
        if (f.authors.size() != 1 || f.authors.get(0).given() == null || !f.authors.get(0).given().startsWith("U.")) {
            return;
        }
        Matcher m = COUNTRY_BODY.matcher(s);
        if (!m.find() || !f.authors.get(0).given().equals(m.group(1).substring(0, 4))) {
            return;
        }
        f.authors.set(0, new CitationAuthor(m.group(1), null));
    }

    /** ", QUAY Collaboration," / ", the Harbour Data Group:" after a name: group 1 is the collaboration's name. */
    private static final Pattern COLLABORATION_AFTER_NAME = Pattern.compile(
            "\\G\\s*(?:et\\s*al\\s*\\.?\\s*)?,\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*){0,2}\\s+(?:Collaborations?|Group))\\s*[,.:;]");

    /**
     * A collaboration named after the last name, between commas: "K. Lund, QUAY Collaboration, Harb. Phys. 37",
     * "A. Holm et al., Harbour Data Group, Quay Lett. B 6", "Lund, K., QUAY Collaboration, et al.: ...". The
     * collaboration is one more author. Only right after the last name read (and its "et al."), where no collaboration
     * was read yet.
     */
    static void collaborationAfterNames(String s, LabelledFields f) {
        if (f.authors.isEmpty()) {
            return;
        }
        CitationAuthor last = f.authors.get(f.authors.size() - 1);
        if (last.family().contains("Collaboration") || last.family().endsWith("Group")) {
            return;
        }
        int k = s.indexOf(last.family());
        if (k < 0) {
            return;
        }
        k += last.family().length();
        if (last.given() != null && s.startsWith(", " + last.given(), k)) {
            k += last.given().length() + 2; // "Lund, K."
        }
        Matcher m = COLLABORATION_AFTER_NAME.matcher(s);
        m.region(k, s.length());
        if (m.find()) {
            f.authors.add(new CitationAuthor(m.group(1), null));
        }
    }

    /**
     * One name of a list written family first, as OCR leaves it: the family name, then its initials with the spaces
     * moved ("Lund P. C.", "DahlR .S .", "HolmS .", "BergN . J."). Group 1: the family name; group 2: the initials,
     * an atomic group: the spaces between initials can be cut between two iterations in many ways, and without it a
     * string that is no such list ("Smith J, Jones K. A A A ...") was tried in every one of them (over 100 s for twenty
     * capitals, twelfth session of 7 Dec 2026); giving initials back never lets a list match that did not. At most
     * {@value #MAX_INITIALS} initials a name and {@value #MAX_OCR_NAMES} names a list: java.util.regex recurses once per
     * repetition of a group, and unbounded groups overflowed the stack on 20,000 initials ({@code ReferenceParserFuzzTest}).
     */
    private static final int MAX_INITIALS = 8;
    private static final int MAX_OCR_NAMES = 500;
    private static final String OCR_NAME = "\\s*(\\p{Lu}[\\p{L}'’-]*)((?>(?:\\s*\\.?\\s*\\p{Lu}(?![\\p{L}])\\s*\\.?){0,"
            + MAX_INITIALS + "}))\\s*\\.?\\s*";
    private static final Pattern OCR_NAME_LIST = Pattern.compile("^(" + OCR_NAME + "(?:," + OCR_NAME + "){2," + MAX_OCR_NAMES
            + "}),\\s*(?:1[89]|20)\\d\\d[a-z]?\\s*[,.]");
    private static final Pattern ONE_OCR_NAME = Pattern.compile(OCR_NAME);
    private static final Pattern SPACES_DOTS = Pattern.compile("[\\s.]+");
    /** A family name that ran into its first initial ("DahlR", "HolmS"). */
    private static final Pattern GLUED_INITIAL = Pattern.compile("\\p{Ll}\\p{Lu}$");

    /**
     * A list of names written family first and closed by the year, as in astronomy ("Lund P. C., Holm S. C. O.,
     * DahlR .S .,Quist V .,2011 ,Science ,331"), where OCR ran family names into their initials and moved the spaces:
     * the model read the names up to the first such name and the rest as the title. Where everything before the year is
     * names (three or more, separated by commas, each with initials or a family name run into its first initial)
     * and fewer names were read (or as many, one of them without the initials the list gives it: "DahlR .S ."
     * read as "DahlR"), the names are those of the list; the title read inside the list is none.
     */
    static void ocrNamesBeforeYear(String s, LabelledFields f) {
        Matcher m = OCR_NAME_LIST.matcher(s);
        if (!m.find()) {
            return;
        }
        java.util.List<CitationAuthor> names = new java.util.ArrayList<>();
        for (String piece : m.group(1).split(",")) {
            Matcher n = ONE_OCR_NAME.matcher(piece);
            if (!n.matches()) {
                return;
            }
            String family = n.group(1);
            String initials = SPACES_DOTS.matcher(n.group(2)).replaceAll(" ").strip();
            if (initials.isEmpty() && !GLUED_INITIAL.matcher(family).find()) {
                return; // a word without initials: the title's
            }
            names.add(new CitationAuthor(family, initials.isEmpty() ? null : initials.replace(" ", ". ") + "."));
        }
        if (names.size() < f.authors.size() || names.size() == f.authors.size() && !initialsLost(f.authors, names)) {
            return;
        }
        f.authors.clear();
        f.authors.addAll(names);
        if (f.title != null && s.indexOf(f.title.substring(0, Math.min(4, f.title.length()))) < m.end(1)) {
            f.title = null;
        }
    }

    /** A name read without given names where the list's name at the same place has initials. */
    private static boolean initialsLost(java.util.List<CitationAuthor> read, java.util.List<CitationAuthor> list) {
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).given() == null && list.get(i).given() != null) {
                return true;
            }
        }
        return false;
    }
}
