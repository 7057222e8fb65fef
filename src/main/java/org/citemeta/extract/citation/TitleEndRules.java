package org.citemeta.extract.citation;

/**
 * Rules on where the title begins and ends (notes after it, numbers before it), run in
 * {@link ModelFieldLabeller#assemble} after the model's labels (each measured on both corpora; see the citation
 * README).
 */
final class TitleEndRules {
    private TitleEndRules() {
    }

    /**
     * A number that begins the title is the title's: a number glued to the title's first word ("1,25-dihydroxyvitamin
     * D3 stimulates ...", "5'-terminal cap structure ...", where the model read "1" as the issue and "25" as a page),
     * or a year written before a capitalised first word with no separator between them ("Quarry HJ. 2008 Dietary
     * Goals for Quiet Adults. Korean J Quiet 2008;41", "(2016). 2015 Harbour Report finds ...") when the reference
     * has a year elsewhere: a year that ends the authors (the "Smith J 2001 Title" style) is the only one.
     */
    static void titleLeadingNumber(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        if (first < 2) {
            return;
        }
        // the whitespace-delimited word the title's first token ends: "1" "," "25" "-" "dihydroxyvitamin"
        int b = first;
        while (b > 0 && t.glued(b - 1) && b > first - 5) {
            b--;
        }
        if (b < first && LabelSpans.digits(t.word[b]) && !(b > 0 && t.glued(b - 1))
                && joined(t, b, first) && before(t, y, b)) {
            for (int k = b; k < first; k++) {
                y[k] = RefLabel.TITLE;
            }
            return;
        }
        int k = first - 1;
        if (!t.glued(k) && t.word[k].length() == 4 && LabelSpans.digits(t.word[k])
                && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches()
                && Character.isUpperCase(t.word[first].charAt(0)) && before(t, y, k) && otherYear(t, y, k)) {
            y[k] = RefLabel.TITLE;
        }
    }

    /** What comes before a number that begins the title: the end of the names or of a date (". ", ")."). */
    private static boolean before(ModelTokens t, int[] y, int k) {
        if (k == 0) {
            return false;
        }
        String p = t.word[k - 1];
        return p.equals(".") || p.endsWith(".") && y[k - 1] == RefLabel.AUTHOR;
    }

    /** Whether another token than k is a year the model read as the year. */
    private static boolean otherYear(ModelTokens t, int[] y, int k) {
        for (int j = 0; j < t.count; j++) {
            if (j != k && y[j] == RefLabel.YEAR && t.word[j].length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** A hyphen or prime between the number at b and the title's first word at first ("1,25-", "5'-"), a letter after. */
    private static boolean joined(ModelTokens t, int b, int first) {
        boolean mark = false;
        for (int k = b + 1; k <= first; k++) {
            String w = t.word[k];
            mark |= w.equals("-") || w.equals("'") || w.equals("’");
        }
        int e = first;
        while (e + 1 < t.count && t.glued(e) && !Character.isLetter(t.word[e].charAt(0))) {
            e++;
        }
        return mark && Character.isLetter(t.word[e].charAt(0));
    }

    /**
     * A thesis named by its kind at the start of the title: degree words ("Ph.D.", "MS", "Master's"), then the thesis
     * word ("Thèse", "thesis", "Dissertation", "Diplôme"), then the end, a separator or "de" / "d'" / "of"; group 1 is
     * the title after a colon ("Thesis: Investigation of ...").
     */
    private static final java.util.regex.Pattern THESIS_TITLE = java.util.regex.Pattern.compile(
            "(?:(?:Ph\\. ?D\\.?|PhD|MS|M\\. ?S\\.|MSc|MA|M\\. ?A\\.|Master'?s|Doctoral|Diploma)\\s*)?"
                    + "(?:Th[èe]se|[Tt]hesis|Dissertation|Dipl[ôo]me|Diplomarbeit|Doktorarbeit|Habilitationsschrift)"
                    + "(?:\\s*:\\s*(\\p{Lu}.{10,})|\\s*$|\\s*[,.;(]|\\s+(?:de|of)\\s|\\s+d['’])");

    /**
     * A title that is only the kind of the work is none: a thesis cited without its title ("A. Quarry. Thèse,
     * Université de Lund, 1983.", "R. P. Holm, Ph.D. thesis, Quiet Univ. Lund, 2005.", "Thèse de l'Institut ...");
     * where a colon follows the kind and the title after it ("Thesis: Investigation of quiet honeycomb structures"),
     * the title is what follows the colon. Applied to the title string after the model's and the rules' titles are
     * settled (the rules read such a kind as the title too, and fill an empty title from it).
     */
    static String genreIsNoTitle(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = THESIS_TITLE.matcher(title);
        if (!m.lookingAt()) {
            return title;
        }
        return m.group(1);
    }

    /** A word that names a body: "Agency", "Bureau", "Centers", "Library", "Group", "Organization", "Ministry" ... */
    private static final java.util.regex.Pattern BODY_WORD = java.util.regex.Pattern.compile(
            "Agency|Bureau|Board|Cent(?:er|re)s?|Library|Group|Associations?|Organi[sz]ations?|Institutes?|Institution"
                    + "|Department|Ministry|Office|Council|Commission|Committee|Corps|Society|Foundation|Services?|Survey"
                    + "|Administration|Authority|Federation|Union|Consortium|Team|Corporation|Company|Bank|Nations");
    private static final java.util.Set<String> BODY_CONNECTORS = java.util.Set.of("of", "for", "and", "the", "on", "&",
            "de", "du", "des", "la", "le", "für", "der");

    /**
     * An organisation that signs the work and ends with a sentence is no part of its title ("U.S. National Quiet
     * Library of Medicine. The harbour genome atlas, 2015.", "Centers for Quiet Control and Prevention. Harbour
     * surveillance report, vol. 8.", "The Quarry Consulting Group. Perspectives on Quiet Strategy."): where the title
     * starts the reference or follows the authors, its words up to the first sentence end are capitalised words and
     * connectors, one of them a word naming a body ("Agency", "Bureau", "Centers", "Library", "Group", "Organization",
     * "Ministry" ...), and three title words or more follow that sentence end, the title begins after it.
     */
    static void organisationBeforeTitle(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        if (first < 0 || first > 0 && y[first - 1] != RefLabel.AUTHOR && !t.word[first - 1].equals("]")) {
            return;
        }
        boolean body = false;
        int end = -1;
        for (int k = first; k < t.count && k < first + 12 && y[k] == RefLabel.TITLE; k++) {
            String w = t.word[k];
            if (w.equals(".")) {
                end = k;
                break;
            }
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (!(Character.isUpperCase(bare.charAt(0)) || BODY_CONNECTORS.contains(bare))) {
                return;
            }
            body |= BODY_WORD.matcher(bare).matches();
            if (w.endsWith(".") && bare.length() >= 3 && bare.indexOf('.') < 0) {
                end = k;
                break;
            }
        }
        if (!body || end < 0 || end + 1 >= t.count || y[end + 1] != RefLabel.TITLE
                || !Character.isUpperCase(t.word[end + 1].charAt(0))) {
            return;
        }
        int words = 0;
        for (int k = end + 1; k < t.count && y[k] == RefLabel.TITLE; k++) {
            words += Character.isLetterOrDigit(t.word[k].charAt(0)) ? 1 : 0;
        }
        if (words < 3) {
            return;
        }
        for (int k = first; k <= end; k++) {
            y[k] = RefLabel.O;
        }
    }

    /**
     * A collaboration's name: up to four words, the last "Collaboration", "Collab." or "Consortium" (glued to the word
     * before it or not: "PlanckCollaboration"). The words before the last are separated by white space and taken
     * possessively, so that a long run of letters is tried in linear time (written "(word\s*){1,4}" until the twelfth
     * session of 7 Dec 2026, the pattern tried every way of cutting a run into four words: 1.4 s for a run of 100
     * capitals, minutes for 400).
     */
    private static final java.util.regex.Pattern COLLABORATION = java.util.regex.Pattern.compile(
            "(?:the\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d+./-]*+\\s+){0,3}[\\p{Lu}\\d][\\p{L}\\d+./-]*?\\s*"
                    + "(?:[Cc]ollaborations?|Collab\\.?|Consortium|Data Group)[.,;:]?");

    /**
     * A title that is only the name of a collaboration is none: the collaboration signs the paper ("J. Roe et al.:
     * QUIET-e9 Collaboration. Phys. Lett. B 77", "Q9 Collaboration, Phys. Rev. Lett. 80", "T3Q Collab. (K. Lund et
     * al.)"); the words are the authors' (the author list takes them where the rules read them so).
     */
    static String collaborationIsNoTitle(String title) {
        if (title == null || !COLLABORATION.matcher(title.strip()).matches()) {
            return title;
        }
        return null;
    }

    /**
     * A report number or arXiv category whose first hyphen extraction set apart with a space ("ATLAS -CONF-2015-055",
     * "QLAB -PHYS-PUB-2015-045", "hep -ph/0508110", "arXiv:gr -qc/0612065"): capitals, the hyphen, capitals and more
     * hyphens up to a digit; or an arXiv archive, the hyphen and its subject.
     */
    private static final java.util.regex.Pattern SPACED_NUMBER = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}{2,}\\s?-\\s?\\p{Lu}{2,}(?:-\\p{Lu}+)*-\\d"
                    + "|(?:arXiv:\\s?)?(?:hep|gr|astro|cond|nucl|math|quant)\\s?-\\s?(?:ph|qc|th|ex|lat|mat)\\b).*",
            java.util.regex.Pattern.DOTALL);

    /**
     * A title does not run on after a comma into a report number or an arXiv category that extraction spaced
     * ("Quiet structure of jets in harbour collisions ,QUIET -CONF-2015-055[ INSPIRE]", "The Lund accord PDFs ,hep
     * -ph/0508110"): the tokens glue no more, so the number is not read as one; where the text after the title's last
     * comma opens with such a number, the title ends at the comma.
     */
    static void titleBeforeSpacedNumber(ModelTokens t, int[] y) {
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (last < 2) {
            return;
        }
        int comma = -1;
        for (int k = last; k > 0 && k >= last - 6; k--) {
            if (t.word[k].equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 1 || y[comma - 1] != RefLabel.TITLE) {
            return;
        }
        if (!SPACED_NUMBER.matcher(t.text.substring(t.end[comma]).strip()).matches()) {
            return;
        }
        for (int k = comma; k <= last; k++) {
            if (y[k] == RefLabel.TITLE) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * A web resource cited by its name and address is titled by that name ("Quietlib. http://quietlib.example.org.
     * Accessed: 2015-05-12.", "Lena Berg. 2019. Harbouras. https://github.com/...", "QuietConfig Vendor-neutral
     * harbour management designed by users http://..."): where the model read no title and no container, the words
     * right before the URL, back to the start of the reference or to the end of the names or the year, that the model
     * gave no field, are the title. The first word is capitalised; at most twelve words.
     */
    private static final java.util.regex.Pattern ACCESS_WORD = java.util.regex.Pattern.compile(
            "(?i)url|available|online|retrieved|accessed|access|web|website|from|at|on|in|see|link|www");

    static void nameBeforeUrl(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.TITLE) >= 0 || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int url = LabelSpans.first(t, y, RefLabel.URL);
        if (url < 1) {
            return;
        }
        int e = url - 1;
        if (t.word[e].equals(".") || t.word[e].equals(",")) {
            e--;
        }
        int b = e;
        while (b >= 0 && y[b] == RefLabel.O && !t.word[b].equals(".") && e - b < 20
                && !(b < e && t.word[b].endsWith(".") && t.word[b].length() > 1)) {
            b--;
        }
        int start = b + 1;
        if (start > e || !Character.isUpperCase(t.word[start].charAt(0))) {
            return;
        }
        boolean opens = b < 0 || t.word[b].equals(".") && (b == 0 || y[b - 1] == RefLabel.AUTHOR || y[b - 1] == RefLabel.YEAR)
                || t.word[b].endsWith(".") && y[b] == RefLabel.AUTHOR;
        int words = 0;
        for (int k = start; k <= e; k++) {
            words += Character.isLetterOrDigit(t.word[k].charAt(0)) ? 1 : 0;
            if (ACCESS_WORD.matcher(t.word[k]).matches()) {
                return; // "URL http://...", "Available at: http://...": a note of access, no name
            }
        }
        if (!opens || words == 0 || words > 12) {
            return;
        }
        for (int k = start; k <= e; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    /**
     * The subtitle of a book after a period is the title's, not a container ("The Making of Quiet Verse. The
     * Collected Papers of Lena Holm, Oxford 1971.", "Bäuerliche Gesellschaft im 9. Jahrhundert. Studien zur
     * Sozialstruktur der Abtei Lund, Wiesbaden, 1978"): where the model's container follows the title's last word
     * and its sentence end, and the place and year follow the container (", Oxford 1971", ", Leiden 1987", ",
     * Wiesbaden, 1978"), without volume or issue, the container's words are the title's; not when the container is a
     * known journal, has a periodical's word or a journal abbreviation, a meeting's word ("Proceedings",
     * "Symposium") or a colon.
     */
    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?i)proc\\.|proceedings|conference|symposium|workshop|congress|meeting|colloquium|tagung");

    static void subtitleNotContainer(ModelTokens t, int[] y) {
        int[] title = LabelSpans.span(y, RefLabel.TITLE);
        int[] cont = LabelSpans.span(y, RefLabel.CONTAINER);
        if (title == null || cont == null || cont[0] <= title[1] || LabelSpans.first(t, y, RefLabel.VOLUME) >= 0
                || LabelSpans.first(t, y, RefLabel.ISSUE) >= 0) {
            return;
        }
        int e = title[1];
        int c0 = cont[0];
        int c1 = cont[1];
        boolean period = c0 == e + 2 && t.word[e + 1].equals(".") || c0 == e + 1 && t.word[e].endsWith(".")
                && t.word[e].length() > 3 && !Journals.abbreviation(t.word[e]);
        if (!period || !Character.isUpperCase(t.word[c0].charAt(0)) || c1 - c0 > 20) {
            return;
        }
        for (int k = c0; k <= c1; k++) {
            if (y[k] != RefLabel.CONTAINER && y[k] != RefLabel.O || t.word[k].equals("(")) {
                return;
            }
        }
        String name = t.text.substring(t.start[c0], t.end[c1]);
        if (ContainerRules.journalWords(name) || Journals.known(t, c0, c1) || MEETING.matcher(name).find()
                || name.indexOf(':') >= 0) {
            return;
        }
        // ", Place Year" or ", Year" after it
        int k = c1 + 1;
        if (k >= t.count || !t.word[k].equals(",")) {
            return;
        }
        k++;
        int places = 0;
        while (k < t.count && places < 4 && Character.isUpperCase(t.word[k].charAt(0)) && !LabelSpans.hasDigit(t.word[k])
                && y[k] != RefLabel.TITLE && y[k] != RefLabel.CONTAINER) {
            places++;
            k++;
        }
        if (k < t.count && t.word[k].equals(",") && places > 0) {
            k++;
        }
        if (places == 0 || k >= t.count || y[k] != RefLabel.YEAR) {
            return;
        }
        for (int j = e + 1; j <= c1; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /**
     * A book cited by its title alone that the model read as a container is the title ("Holm, Lena. Der Quietwolf.
     * Vol. 4 of Gesammelte Werke. Berlin: Quarrykamp, 1958.", "Lund, Obra Quieta, vol. 2. Rio de Janeiro: Casa de
     * Lund, 1960."): where there is no title, the container is the first field after the names or the year, a
     * publisher follows it, no issue is read, no number follows it right away (a journal's volume), and the container
     * has no periodical's word, journal abbreviation or meeting word and no "In" before it. Up to four words right
     * before it that the model gave no field, the first capitalised and not one that opens a note ("See",
     * "Available", "Edited" ...), are the title's first words ("Q. Lund, Topics in | Quiet Geometry, Quarry
     * University Press, (1991)").
     */
    /** Words that open a note or a reference to elsewhere, not a title. */
    private static final java.util.Set<String> NOT_TITLE_LEAD = java.util.Set.of("in", "in:", "see", "also", "cf",
            "available", "retrieved", "accessed", "dans", "et", "al", "and", "edited", "by", "from", "online", "url",
            "published", "reprinted", "presented", "submitted", "to");

    static void bookReadAsContainer(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.TITLE) >= 0 || LabelSpans.first(t, y, RefLabel.ISSUE) >= 0) {
            return;
        }
        int[] cont = LabelSpans.span(y, RefLabel.CONTAINER);
        if (cont == null || LabelSpans.last(t, y, RefLabel.PUBLISHER) < cont[1]) {
            return;
        }
        // words the model gave no field right before it are the title's first ("Topics in | Quiet Geometry")
        int c0 = cont[0];
        while (c0 > 0 && y[c0 - 1] == RefLabel.O && Character.isLetter(t.word[c0 - 1].charAt(0))
                && !t.word[c0 - 1].endsWith(".") && cont[0] - c0 < 4) {
            c0--;
        }
        if (c0 < cont[0] && (!Character.isUpperCase(t.word[c0].charAt(0))
                || NOT_TITLE_LEAD.contains(t.word[c0].toLowerCase(java.util.Locale.ROOT)))) {
            c0 = cont[0];
        }
        int b = LabelSpans.wordBefore(t, c0);
        if (b >= 0 && y[b] != RefLabel.AUTHOR && y[b] != RefLabel.YEAR && y[b] != RefLabel.EDITOR) {
            return;
        }
        for (int k = 0; k < c0; k++) {
            if (t.word[k].equalsIgnoreCase("in") || t.word[k].equalsIgnoreCase("in:")) {
                return;
            }
        }
        String name = t.text.substring(t.start[cont[0]], t.end[cont[1]]);
        if (ContainerRules.journalWords(name) || Journals.known(t, cont[0], cont[1]) || MEETING.matcher(name).find()) {
            return;
        }
        int next = cont[1] + 1;
        if (next < t.count && (t.word[next].equals(".") || t.word[next].equals(","))) {
            next++;
        }
        if (next < t.count && LabelSpans.hasDigit(t.word[next])) {
            return; // a journal's volume right after the name ("Quiet Quant.Grav .29 ( 2012)", "QHEP ,110")
        }
        for (int k = c0; k <= cont[1]; k++) {
            if (y[k] == RefLabel.CONTAINER || k < cont[0]) {
                y[k] = RefLabel.TITLE;
            }
        }
    }

    /**
     * The month of a dated reference is no part of the title: where the title opens with a month (or two joined by a
     * hyphen), maybe a day, and the ")" that closes the date ("Quarry, É. (2014, Avril). Quand le port devient
     * citoyen.", "(2012, Novembre-Décembre). Les énergies ..."), the title begins after the ")" and its period.
     */
    static void monthBeforeTitle(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        if (first < 0) {
            return;
        }
        int k = first;
        boolean month = false;
        while (k < t.count && k < first + 6 && (Months.isMonth(t.word[k]) || t.word[k].equals("-")
                || LabelSpans.digits(t.word[k]) && t.word[k].length() <= 2 || monthPair(t.word[k]))) {
            month |= Months.isMonth(t.word[k]) || monthPair(t.word[k]);
            k++;
        }
        if (!month || k >= t.count || !t.word[k].equals(")")) {
            return;
        }
        int end = k + 1 < t.count && t.word[k + 1].equals(".") ? k + 1 : k;
        if (end + 1 >= t.count || y[end + 1] != RefLabel.TITLE) {
            return;
        }
        for (int j = first; j <= end; j++) {
            y[j] = RefLabel.O;
        }
    }

    /** Two month names joined by a hyphen in one token: "Novembre-Décembre". */
    private static boolean monthPair(String w) {
        int h = w.indexOf('-');
        return h > 0 && Months.isMonth(w.substring(0, h)) && Months.isMonth(w.substring(h + 1));
    }

    /**
     * A "title" that is a known journal's name, where the model read no container, is the journal ("F. LUND et Y.
     * BERG. Tetrahedron. À paraître.", "Q. Holm et al., Clinical Science (2008) 114, 687"): a work cited by its
     * journal alone (a status, or numbers only) has no title. Not inside quotation marks, nor when a publisher follows
     * (a book of that name: "Gravitation and Quietude, Quarry & Sons (1972)").
     */
    static void journalReadAsTitle(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int[] title = LabelSpans.span(y, RefLabel.TITLE);
        if (title == null || LabelSpans.last(t, y, RefLabel.TITLE) != title[1]) {
            return;
        }
        int b = title[0];
        int e = title[1];
        if (b > 0 && "\"'“‘«„".indexOf(t.word[b - 1].charAt(0)) >= 0 || !Journals.known(t, b, e)
                || LabelSpans.last(t, y, RefLabel.PUBLISHER) > e) {
            return; // a publisher after it: a book of that name ("Gravitation and Cosmology, Quarry & Sons")
        }
        for (int k = b; k <= e; k++) {
            if (y[k] == RefLabel.TITLE) {
                y[k] = RefLabel.CONTAINER;
            }
        }
    }

    /**
     * A book's title does not run into the parenthesis that gives its publisher, place and year ("A Quiet
     * Introduction to Harbour Geometry (Publish or PerishInc .,Quarrytown ,1979 ).", "Theory of Quiet Geodesy ( Lund
     * Publications ,Mineola, NY)"): where the title's last "(" is not closed inside the title, and the parenthesis
     * holds a year (not a period of years: "(2005-2008)" is the title's) or a word the model read as publisher or
     * place, and no "vol", the title ends before it.
     */
    static void titleBeforePublisherParenthesis(ModelTokens t, int[] y) {
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (last < 2) {
            return;
        }
        int open = -1;
        for (int k = last; k > 0 && k >= last - 6; k--) {
            if (t.word[k].equals(")")) {
                return;
            }
            if (t.word[k].equals("(")) {
                open = k;
                break;
            }
        }
        if (open < 2 || y[open - 1] != RefLabel.TITLE) {
            return;
        }
        boolean publication = false;
        int close = -1;
        for (int k = open + 1; k < t.count && k <= open + 15; k++) {
            if (t.word[k].equals(")")) {
                close = k;
                break;
            }
            boolean range = k + 1 < t.count && (t.word[k + 1].equals("-") || t.word[k - 1].equals("-"));
            publication |= y[k] == RefLabel.PUBLISHER || y[k] == RefLabel.PLACE
                    || !range && t.word[k].length() == 4 && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches();
            if (t.word[k].toLowerCase(java.util.Locale.ROOT).startsWith("vol")) {
                return; // an erratum's reference "(vol 9, pg 249, 2003)" belongs to the title
            }
        }
        if (close <= last || !publication) {
            return;
        }
        for (int k = open; k <= last; k++) {
            if (y[k] == RefLabel.TITLE) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * A note that points elsewhere or gives a status: "these proceedings", "work in preparation", "See also ...", or
     * one of access, translation or extent: "URL http", "Consulté le 2 janvier", "Translated from ...", "22pp".
     */
    private static final java.util.regex.Pattern POINTER_NOTE = java.util.regex.Pattern.compile(
            "(?i)(?:\\d+\\s+)?and references therein|(?:see )?(?:these|this) (?:proceedings|volume|issue|conference)"
                    + "|(?:work |paper |manuscript )?in preparation|see also\\b.*|cite this (?:article )?as\\b.*"
                    + "|(?:private|personal) communication|to be published|in press"
                    + "|url\\b.*|consult[ée] le\\b.*|accessed\\b.*|retrieved\\b.*|translated ?from\\b.*"
                    + "|\\d+ ?(?:pp|pages?)");

    /**
     * A title that is only a note pointing elsewhere or giving a status is none ("K. Lund et al., these proceedings.",
     * "C. Berg, O. Holm, work in preparation.", "Rev. Quiet Phys. 75 (2003) 716 and references therein.", "See also
     * Quiet Math. Notes 60", "Cite this as: QBM 2011;1:110-122").
     */
    static String noteIsNoTitle(String title) {
        if (title == null || !POINTER_NOTE.matcher(Ends.cutTrailing(title.strip(), ".,;:")).matches()) {
            return title;
        }
        return null;
    }
}
