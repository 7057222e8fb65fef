package org.citemeta.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citemeta.extract.kb.KnowledgeBase;

/**
 * Rules on the containers and volumes of books, series, reports and chapters, written from the AnyStyle corpus's
 * development errors (twelfth session of 7 Dec 2026, helper R3): a book's title read with its editors, a title run
 * into a sentence that names the kind of document, the period a report covers cut from its title, a periodical's
 * last words after its own sentence end, the years in brackets after a book's title (on the labels,
 * {@link #apply(ModelTokens, int[])}, called from {@link ModelFieldLabeller#assemble} right after {@link
 * SourceSpanRules#apply(ModelTokens, int[])}), the designation after the word "volume" and a book's place read into
 * the end of its title (on the fields, {@link
 * #apply(ModelTokens, int[], LabelledFields)}, right after {@link SourceSpanRules#apply(LabelledFields, String)}).
 * The last name of a list written given name first, read as the title's head, and the rest of an organisation's name
 * read as the title before the year are given back to the names by {@link #lastNameReadAsTitle} and {@link
 * #organisationBeforeYear}, called before the names are read. Each rule was measured alone on both evaluation corpora
 * (see the citation README).
 */
final class SeriesAndBookRules {

    private SeriesAndBookRules() {
    }

    /**
     * The last name of a list written given name first, read as the title's head: "Karl Lund, Anna Holm, Arie Berg,
     * Quiet winches for small harbours, Harbour Systems 12(3) ...", "Marta Della Quay, Luigi Portolano, The Winch and
     * Its Keepers, Leiden, 2001". Where the model's names end with a name whose first word is capitalised (a given name)
     * or an initial, then a comma, and the title begins with a given name ({@link AuthorScanner#GIVEN_NAMES} or the
     * generated list of many cultures, {@code given-names-more.txt.gz}) and one capitalised word that a comma follows
     * or that ends with a period, and the title goes on with three words or more, that name is the list's last.
     * (Without the given name the rule read the heads of titles as names: "Peasant Russia, Civil War: ...".) Called
     * from {@link ModelFieldLabeller#assemble} before the names are read from the labels.
     */
    static void lastNameReadAsTitle(ModelTokens t, int[] y) {
        int[] a = LabelSpans.span(y, RefLabel.AUTHOR);
        if (a == null || a[1] + 5 >= t.count) {
            return;
        }
        int c = a[1] + 1;
        if (!t.word[c].equals(",") || y[c] == RefLabel.TITLE) {
            return;
        }
        int g = c + 1;
        int fam = g + 1;
        if (y[g] != RefLabel.TITLE || y[fam] != RefLabel.TITLE || !givenName(t.word[g])) {
            return;
        }
        String family = t.word[fam].endsWith(".") ? t.word[fam].substring(0, t.word[fam].length() - 1) : t.word[fam];
        if (family.length() < 2 || !Character.isUpperCase(family.charAt(0))
                || !family.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
            return;
        }
        boolean end = t.word[fam].endsWith(".");
        int next = end ? fam + 1 : fam + 2;
        if (!end && !t.word[fam + 1].equals(",")) {
            return;
        }
        int words = 0;
        for (int k = next; k < t.count && y[k] == RefLabel.TITLE; k++) {
            words += Character.isLetter(t.word[k].charAt(0)) ? 1 : 0;
        }
        if (words < 3) {
            return;
        }
        // the list's last name as read: capitalised words back to a comma, the first a given name or an initial
        int b = a[1];
        while (b > a[0] && !t.word[b - 1].equals(",")) {
            b--;
        }
        if (b == a[1] || !t.word[b].matches("\\p{Lu}\\p{Ll}+|\\p{Lu}\\.")) {
            return;
        }
        for (int k = b; k <= a[1]; k++) {
            if (!Character.isUpperCase(t.word[k].charAt(0))) {
                return;
            }
        }
        y[c] = RefLabel.AUTHOR;
        y[g] = RefLabel.AUTHOR;
        y[fam] = RefLabel.AUTHOR;
        if (!end) {
            y[fam + 1] = RefLabel.O;
        }
    }

    /**
     * The rest of an organisation's name read as the title, before the year that follows the names in author-date
     * styles: "Nordic Harbour Association, Commission on Quiet Ports. (2015) A Current Look at Winches", "Norway.
     * Department of Harbours and Quays. (1998). Quiet ports: a report, 1997.", "N. Army Corps of Engineers (2008).
     * Selection of Quay Cranes." Where the title is two runs with the year in parentheses between them, and
     * the first run follows the names with nothing but punctuation between, is at most ten words, has no digit and
     * writes every word of four letters or more with a capital, the first run is the names'.
     */
    static void organisationBeforeYear(ModelTokens t, int[] y) {
        java.util.List<int[]> runs = ContainerSpanRules.runs(y, RefLabel.TITLE);
        int[] a = LabelSpans.span(y, RefLabel.AUTHOR);
        if (runs.size() < 2 || a == null) {
            return;
        }
        int r0 = runs.get(0)[0];
        int r1 = runs.get(0)[1];
        if (r0 <= a[1]) {
            return;
        }
        for (int k = a[1] + 1; k < r0; k++) {
            if (Character.isLetterOrDigit(t.word[k].charAt(0))) {
                return;
            }
        }
        int k = r1 + 1;
        if (k < t.count && t.word[k].equals(".")) {
            k++;
        }
        if (k + 1 >= t.count || !t.word[k].equals("(") || y[k + 1] != RefLabel.YEAR) {
            return;
        }
        k++;
        k++;
        while (k < t.count && (t.word[k].equals(".") || t.word[k].equals(")"))) {
            k++;
        }
        if (k >= t.count || k != runs.get(1)[0]) {
            return;
        }
        int words = 0;
        for (int j = r0; j <= r1; j++) {
            String w = t.word[j];
            if (LabelSpans.hasDigit(w)) {
                return;
            }
            if (Character.isLetter(w.charAt(0))) {
                words++;
                if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
                    return;
                }
            }
        }
        if (words == 0 || words > 10) {
            return;
        }
        for (int j = a[1] + 1; j <= r1; j++) {
            y[j] = RefLabel.AUTHOR;
        }
    }

    /** A given name of {@link AuthorScanner#GIVEN_NAMES} or of the generated list of many cultures. */
    private static boolean givenName(String w) {
        return AuthorScanner.GIVEN_NAMES.contains(w) || MoreGivenNames.SET.contains(w);
    }

    /**
     * The generated given names of many cultures ({@code given-names-more.txt.gz}, which the entity engine reads too),
     * loaded on first use.
     */
    private static final class MoreGivenNames {
        static final java.util.Set<String> SET = KnowledgeBase.wordList("given-names-more.txt.gz");
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y) {
        titleBeforeCredits(t, y);
        genreSentenceEndsTitle(t, y);
        periodEndsTitle(t, y);
        containerSentenceTail(t, y);
        yearsInBracketAfterTitle(t, y);
    }

    /**
     * The years of a work's first writing or its versions, in parentheses right after a book's title, belong to the
     * title; the year of the edition cited comes with its imprint: "Lund, Karl. The Quay: The Three Drafts (1801, 1803,
     * 1822). Oslo: Quarry, 1997.", "Holm, Anna, Studio sui porti del nord (1861), Per Berg (ed.) (Bergen: Quaystad,
     * 2003)." Where nothing before the title was read as the year, the title is followed by "(", years and commas only
     * and ")", not followed by "in" (a work cited in a collection keeps its year: "(1769), in K. Lund (ed.), ..."), and
     * after it a place or publisher and then another year are read, the bracket is the title's (and its years no year
     * of publication).
     */
    static void yearsInBracketAfterTitle(ModelTokens t, int[] y) {
        int a = LabelSpans.first(t, y, RefLabel.TITLE);
        int b = LabelSpans.last(t, y, RefLabel.TITLE);
        if (a < 0 || b + 3 >= t.count || !t.word[b + 1].equals("(")) {
            return;
        }
        for (int k = 0; k < a; k++) {
            if (y[k] == RefLabel.YEAR) {
                return;
            }
        }
        int k = b + 2;
        boolean year = false;
        for (; k < t.count && !t.word[k].equals(")"); k++) {
            if (y[k] == RefLabel.YEAR && t.word[k].length() == 4 && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches()) {
                year = true;
            } else if (!t.word[k].equals(",")) {
                return;
            }
        }
        if (!year || k >= t.count) {
            return;
        }
        int n = k + 1;
        while (n < t.count && (t.word[n].equals(",") || t.word[n].equals("."))) {
            n++;
        }
        if (n < t.count && t.word[n].equalsIgnoreCase("in")) {
            return; // "(1769), in K. Lund (ed.), Harbour Texts": the work's year, cited in a collection
        }
        boolean imprint = false;
        boolean later = false;
        for (int j = k + 1; j < t.count; j++) {
            imprint |= y[j] == RefLabel.PLACE || y[j] == RefLabel.PUBLISHER;
            later |= imprint && y[j] == RefLabel.YEAR;
        }
        if (!later) {
            return;
        }
        for (int j = b + 1; j <= k; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /**
     * The last words of a periodical's name after its own sentence end or question mark, which the model gave no
     * field: "Quay Notes für Hafenbau. Gemeinsam bauen. 22. Jg. Heft 3", "The Where? Files. 2 Aug. 2001." Where the
     * container ends with a word's final period or is followed by "?", and one to three words left unlabelled follow,
     * the first capitalised, the last ending with a period (a word of four letters or more, no numbering or medium word:
     * "Vol.", "Suppl.", "Online."), and then a number, those words (and the "?") are the container's.
     */
    /** Words of numbering or medium that end a periodical's name rather than belong to it ("Vol.", "Suppl.", "Online."). */
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?i)(?:vol|vols|volume|num|suppl|heft|tome|tomo|print|online|abstract|edn|edition)\\.");

    static void containerSentenceTail(ModelTokens t, int[] y) {
        int c = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c < 0 || c + 2 >= t.count || !Character.isLetter(t.word[c].charAt(0))) {
            return;
        }
        int k = c + 1;
        if (t.word[k].equals("?") && y[k] == RefLabel.O) {
            k++;
        } else if (!(t.word[c].endsWith(".") && t.word[c].length() >= 4)) {
            return;
        }
        int e = k;
        while (e < t.count && e < k + 3 && y[e] == RefLabel.O && Character.isLetter(t.word[e].charAt(0))
                && !t.word[e].endsWith(".")) {
            e++;
        }
        if (e >= t.count || y[e] != RefLabel.O || !Character.isLetter(t.word[e].charAt(0)) || !t.word[e].endsWith(".")
                || t.word[e].length() < 5 || NUMBER_WORD.matcher(t.word[e]).matches()
                || !Character.isUpperCase(t.word[k].charAt(0)) || e + 1 >= t.count
                || !Character.isDigit(t.word[e + 1].charAt(0))) {
            return;
        }
        for (int j = c + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * The period a report covers, written at the end of its title: "Quiet harbours of the west coast: a review of
     * winch complaints: 1 March 2003 to 30 June 2004.", "Noise in Norwegian ports: the Quay Survey, May 1990-June
     * 1995. Harbour Rev 12(3):1-9". Where the year of publication was read before the title, and right after the
     * title a comma or colon is followed by a span of month names, days (one or two digits), years, dashes and "to",
     * with a month and two years, up to a period, the span is the title's.
     */
    static void periodEndsTitle(ModelTokens t, int[] y) {
        int a = LabelSpans.first(t, y, RefLabel.TITLE);
        int b = LabelSpans.last(t, y, RefLabel.TITLE);
        if (a < 0 || b + 4 >= t.count || !(t.word[b + 1].equals(",") || t.word[b + 1].equals(":"))) {
            return;
        }
        boolean yearBefore = false;
        for (int k = 0; k < a; k++) {
            yearBefore |= y[k] == RefLabel.YEAR;
        }
        if (!yearBefore) {
            return;
        }
        int months = 0;
        int years = 0;
        int k = b + 2;
        for (; k < t.count && !t.word[k].equals("."); k++) {
            String w = t.word[k];
            if (Months.isMonth(w)) {
                months++;
            } else if (w.length() == 4 && NumberRules.PLAUSIBLE_YEAR.matcher(w).matches()) {
                years++;
            } else if (!(w.matches("\\d{1,2}") || w.equals("-") || w.equals("\u2013") || w.equals("to"))) {
                return;
            }
        }
        if (k >= t.count || months == 0 || years < 2) {
            return;
        }
        for (int j = b + 1; j < k; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /** The kind of a document, named at the start of a sentence of its own: "White paper", "Technical report" ... */
    private static final Pattern GENRE_HEAD = Pattern.compile("(?i)(?:white|working|discussion|technical|tech\\.?|research)"
            + " (?:paper|report|note)\\b.*|(?:unpublished )?manuscript\\b.*|provisional patent\\b.*"
            + "|patent (?:no\\.?|application|\\S*\\d).*");

    /**
     * The title does not go on into a sentence that names the kind of document: "Quiet winches. White paper prepared
     * for the Harbour Board, Bergen.", "The Quay Crane Database. Tech- nical report Quay University", "Harbour Survey
     * 1999. Manuscript.", "Winch Brakes for Small Cranes. Provisional patent QX1234 filed May 2016." Where, inside the
     * title, a sentence end (a period of its own or a word's final period, the word four characters or more) is
     * followed by "White paper", "Working paper", "Discussion paper", "Technical report" (also broken at the line end:
     * "Tech- nical"), "Research report", "Technical note", "Manuscript", "Unpublished manuscript", "Provisional patent"
     * or "Patent" and a number ("Patent No.", "Patent US123"), the title ends at that sentence end.
     */
    static void genreSentenceEndsTitle(ModelTokens t, int[] y) {
        int a = LabelSpans.first(t, y, RefLabel.TITLE);
        int b = LabelSpans.last(t, y, RefLabel.TITLE);
        if (a < 0) {
            return;
        }
        for (int k = a + 1; k <= b; k++) {
            String p = t.word[k - 1];
            if (!(p.equals(".") || p.length() >= 4 && p.endsWith(".")) || !Character.isUpperCase(t.word[k].charAt(0))) {
                continue;
            }
            StringBuilder head = new StringBuilder();
            for (int j = k; j < t.count && j < k + 5; j++) {
                String w = t.word[j];
                if (w.equals("-") && j + 1 < t.count && Character.isLowerCase(t.word[j + 1].charAt(0))) {
                    continue; // a word broken at the line end: "Tech- nical"
                }
                if (j > k && !t.word[j - 1].equals("-") || j > k + 1 && t.word[j - 1].equals("-")
                        && !Character.isLowerCase(w.charAt(0))) {
                    head.append(' ');
                }
                head.append(w);
            }
            if (!GENRE_HEAD.matcher(head).matches()) {
                continue;
            }
            for (int j = k; j <= b; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }

    /**
     * A book's title read with the editors who follow it: "Holm, Anna. Quiet Harbours. Edited by Karl Lund. Oslo:
     * Quarry, 2009.", "Winter Tales. Ed. Marta Berg. Bergen: Quay Press, 2001.", "Lundius. Carmina. Edited by ...". The
     * title is the sentence before the credits that open with "Edited by", "Ed.", "Translated by" or "Trans.". Where
     * nothing is read as the title, and the sentence right before such credits (after the authors or the previous
     * sentence end, up to a final period that is no initial's) is capitalised, has no digit and was read as editors
     * or as no field, it is the title.
     */
    static void titleBeforeCredits(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.TITLE) >= 0) {
            return;
        }
        int k = 2;
        while (k < t.count && !credits(t, k)) {
            k++;
        }
        if (k >= t.count) {
            return;
        }
        int e = t.word[k - 1].equals(".") ? k - 2 : k - 1;
        if (!sentenceEnd(t, k - 1) || e < 0) {
            return;
        }
        int s = e;
        while (s > 0 && !sentenceEnd(t, s - 1) && y[s - 1] != RefLabel.AUTHOR) {
            s--;
        }
        if (!Character.isUpperCase(t.word[s].charAt(0))) {
            return;
        }
        for (int j = s; j <= e; j++) {
            if (LabelSpans.hasDigit(t.word[j]) || y[j] != RefLabel.EDITOR && y[j] != RefLabel.O) {
                return;
            }
        }
        for (int j = s; j <= e; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /** Credits from k: "Edited by", "Translated by", "Ed.", "Trans.". */
    private static boolean credits(ModelTokens t, int k) {
        String w = t.word[k];
        return (w.equals("Edited") || w.equals("Translated")) && k + 1 < t.count && t.word[k + 1].equals("by")
                || w.equals("Ed.") || w.equals("Trans.");
    }

    /** Token k ends a sentence: a period of its own, or a word's final period that is no initial's ("J."). */
    private static boolean sentenceEnd(ModelTokens t, int k) {
        String w = t.word[k];
        return w.equals(".") || w.length() > 2 && w.endsWith(".");
    }

    /** The field rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        volumeWordDesignation(t, y, f);
        placeEndsTitle(t.text, f);
    }

    /** The title's end: a comma, a city of capitalised words, a comma and a state's abbreviation ("La Quay, Calif"). */
    private static final Pattern CITY_STATE_TAIL = Pattern.compile(
            ",\\s*\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}\\s*,\\s*(?:\\p{Lu}\\p{Ll}{1,5}\\.?|\\p{Lu}{2}|\\p{Lu}\\.\\s?\\p{Lu}\\.?)$");
    /** The title's end: a comma and one to three capitalised words (a region, checked against the list). */
    private static final Pattern REGION_TAIL = Pattern.compile(",\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})$");
    /** After the title: its period, if any, and the colon or comma before the publisher's capitalised name. */
    private static final Pattern BEFORE_PUBLISHER = Pattern.compile("\\.?\\s*[:,]\\s*\\p{Lu}");

    /**
     * A book's place read into the end of its title, before the publisher: "Quiet Harbours: A Guide., Quay Falls,
     * Calif.: Center for Harbour Studies, 1991.", "The Northern Quays and NATO, Norway, Quarry University, Bergen Press,
     * 1975." Where a publisher is read, the title ends with a comma and a city and a state's abbreviation, or a comma
     * and a state's or country's name ({@link ContainerTailRules#REGIONS}), and right after the title come (its period
     * and) a colon or a comma and a capitalised word, the place leaves the title.
     */
    static void placeEndsTitle(String s, LabelledFields f) {
        if (f.title == null || f.publisher == null) {
            return;
        }
        int at = s.indexOf(f.title);
        if (at < 0 || !BEFORE_PUBLISHER.matcher(s).region(at + f.title.length(), s.length()).lookingAt()) {
            return;
        }
        Matcher c = CITY_STATE_TAIL.matcher(f.title);
        int cut = -1;
        if (c.find()) {
            cut = c.start();
        } else {
            Matcher r = REGION_TAIL.matcher(f.title);
            if (r.find() && ContainerTailRules.REGIONS.contains(r.group(1))) {
                cut = r.start();
            }
        }
        if (cut > 0 && f.title.substring(0, cut).chars().filter(Character::isLetter).count() >= 8) {
            f.title = f.title.substring(0, cut);
        }
    }

    /** The word "volume" written out or abbreviated ("Vol.", "vol", "VOLUME"), not the plural "vols.". */

    /** A volume's designation: a number, a Roman numeral or a single capital letter ("Volume E"). */
    private static final Pattern DESIGNATION = Pattern.compile("\\d{1,4}|[IVXLC]{1,6}|[ivxlc]{1,6}|[A-Z]");

    /**
     * The volume named by the word "volume" where nothing else is the volume: "Crane Study Task 4, Volume C, Quay
     * Software Ltd, 1991", "Harbour cranes: theory and practice, volume 3rd. Quay Press", "…, volume 12, no 4, May
     * 1988". The model left the word unlabelled (or read it as a place) and gave its designation no field, the
     * issue (with another number as the issue), a place, or a volume that a later step dropped for an earlier number.
     * Where the assembled volume is empty and a "volume" / "vol." that is no title, container or name word is followed
     * (a period aside) by a number, a Roman numeral or a single capital letter that is no title, container, name, page
     * or year word (nor the assembled issue), that designation is the volume; an ordinal's suffix ("3rd") is left out.
     */
    static void volumeWordDesignation(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume != null) {
            return;
        }
        for (int k = 0; k + 1 < t.count; k++) {
            if (textField(y[k]) || !VolumePageRules.VOLUME_WORD.matcher(t.word[k]).matches()) {
                continue;
            }
            int d = k + 1;
            if (t.word[d].equals(".") && d + 1 < t.count) {
                d++;
            }
            String w = t.word[d];
            if (!DESIGNATION.matcher(w).matches()) {
                continue;
            }
            int l = y[d];
            if (textField(l) || l == RefLabel.PAGES || l == RefLabel.YEAR || l == RefLabel.ISSUE && w.equals(f.issue)) {
                continue;
            }
            f.volume = w;
            return;
        }
    }

    /** A label of the text fields and names: title, container, author, editor. */
    private static boolean textField(int label) {
        return label == RefLabel.TITLE || label == RefLabel.CONTAINER || label == RefLabel.AUTHOR
                || label == RefLabel.EDITOR;
    }
}
