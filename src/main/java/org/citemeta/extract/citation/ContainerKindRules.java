package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Rules on which kind of words a container (or a volume) is, run by {@link ModelFieldLabeller#assemble} at one place,
 * after {@link ContainerFormRules#bookAfterEditorWord}: the book of a chapter named after "In: editors, eds." is a
 * container even where the model read it as more editors; a "publisher" with pages is the container; the kind of an
 * edition ("Rev. ed.") is no container; a day glued to a month ("May(26)") is no volume; a firm of partners is one
 * publisher; the part of a book before its volume ("Part II, Vol. I") is no part of its name.
 */
final class ContainerKindRules {
    private ContainerKindRules() {
    }

    /** "eds." / "ed." / "Eds." with its period: the editors' word that closes their names. */
    private static final Pattern EDITORS_PERIOD = Pattern.compile("(?i)eds?\\.");

    /**
     * The book of a chapter named after "In" (or "In:"), its editors and their word with a period, "eds." / "ed.", and
     * nothing else between ("Holm, A. 1990. Quiet harbours. In: K. Lund & E. Berg, eds. Cranes of the north. Lund:
     * Quarry."), where the model read no container and took the book's words for more editors: the words after the
     * editors' word, from a capitalised one up to the first word that ends the sentence (its period included), are
     * the container. Only after a title, where the editors are introduced by "In", where the words hold one of three
     * letters or more with a lower-case letter, and where a place, a publisher, a year or the end follows them.
     */
    static void bookAfterEditorsPeriod(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int ti = LabelSpans.first(t, y, RefLabel.TITLE);
        for (int m = 2; m + 1 < t.count; m++) {
            if (y[m] != RefLabel.EDITOR || !EDITORS_PERIOD.matcher(t.word[m]).matches()) {
                continue;
            }
            if (ti < 0 || ti > m) {
                return;
            }
            int e = m - 1; // back over the editors' names to the word that introduces them
            while (e >= 0 && (y[e] == RefLabel.EDITOR || t.word[e].equals(",") && y[e] == RefLabel.O)) {
                e--;
            }
            if (e >= 0 && t.word[e].equals(":")) {
                e--;
            }
            if (e < 0 || !t.word[e].equalsIgnoreCase("in")) {
                return;
            }
            int a = m + 1;
            if (!Character.isUpperCase(t.word[a].charAt(0))) {
                return;
            }
            int b = a;
            boolean word = false;
            boolean closed = false;
            while (b < t.count && (y[b] == RefLabel.EDITOR || y[b] == RefLabel.TITLE)) {
                String w = t.word[b];
                if (w.equals(",") || w.equals("(") || w.equals(";") || w.equals(":") || w.equals("&")) {
                    return;
                }
                word |= w.length() >= 3 && w.chars().anyMatch(Character::isLowerCase);
                if (w.length() > 2 && w.endsWith(".")) {
                    closed = true;
                    break;
                }
                b++;
            }
            if (!word || !closed) {
                return;
            }
            if (b + 1 < t.count && y[b + 1] != RefLabel.PLACE && y[b + 1] != RefLabel.PUBLISHER && y[b + 1] != RefLabel.YEAR) {
                return;
            }
            for (int j = a; j <= b; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    /** "pages" / "pp." / "p." before a page number: the place of a part in its source, not a book's page count. */
    private static final Pattern PAGES_WORD = Pattern.compile("(?i)pages|pp?\\.?");

    /**
     * A publisher does not have pages: where the model read no container and a publisher follows the title and is
     * itself followed by ", pages 12" or ", pp. 12" ("Holm, Q. Quiet cranes. Harbour Letters, pages 41-58, May 1990."),
     * the words it read as the publisher name the periodical or proceedings the part is in: they are the container. Only
     * where the page word comes before the number (a book's count comes after it, "Quayside, 240 pp.").
     */
    static void publisherBeforePages(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int[] p = LabelSpans.span(y, RefLabel.PUBLISHER);
        if (p == null || p[0] == 0 || y[p[0] - 1] != RefLabel.TITLE) {
            return;
        }
        for (int j = p[0]; j <= p[1]; j++) {
            if (y[j] != RefLabel.PUBLISHER) {
                return;
            }
        }
        int k = p[1] + 1;
        if (k + 2 >= t.count || !t.word[k].equals(",") || !PAGES_WORD.matcher(t.word[k + 1]).matches()
                || y[k + 2] != RefLabel.PAGES) {
            return;
        }
        for (int j = p[0]; j <= p[1]; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /** A word that qualifies an edition: "Rev. ed.", "Revised edition", "Enl. ed.", "New edn". */
    private static final Pattern EDITION_KIND = Pattern.compile("(?i)rev\\.?|revised|enl\\.?|enlarged|new|augm\\.?");
    /** The word "edition" and its abbreviations. */
    private static final Pattern EDITION_WORD = Pattern.compile("(?i)ed\\.?|edn\\.?|edition");

    /**
     * The kind of an edition is no container: where the whole container is one word such as "Rev." / "Revised" /
     * "Enl." right before "ed." / "edn" / "edition" ("Holm, Q. The Quiet Harbour, Rev. ed. Bergen: Quayside, 1961."),
     * the word is the edition statement, and the reference has no container.
     */
    static void editionKindNoContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] != c[1] || c[1] + 1 >= t.count || !EDITION_KIND.matcher(t.word[c[0]]).matches()
                || !EDITION_WORD.matcher(t.word[c[1] + 1]).matches()) {
            return;
        }
        for (int k = c[1] + 1; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                return; // a second container run: leave it to the other rules
            }
        }
        y[c[0]] = RefLabel.O;
    }

    /**
     * A day in parentheses glued to a month is a date, not a volume: a magazine or newspaper dated "May(26)" ("Harbour
     * Insider May(26)") has no volume there. A volume of one or two digits, 1 to 31, between "(" and ")" where the word
     * before the "(" is a month name, and glued to it, is unlabelled.
     */
    static void dayAfterMonthNotVolume(ModelTokens t, int[] y) {
        for (int k = 2; k + 1 < t.count; k++) {
            if (y[k] != RefLabel.VOLUME || !t.word[k - 1].equals("(") || !t.word[k + 1].equals(")")
                    || !t.glued(k - 2) || !Months.isMonth(t.word[k - 2])) {
                continue;
            }
            String w = t.word[k];
            if (w.length() <= 2 && LabelSpans.digits(w) && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * A firm named after several partners ("Holm, Berg & Co.", "Little, Lund and Strand") is one publisher: where the
     * container is a single capitalised word followed by a comma and a publisher that holds "&" or "and" ("Holm, Q.
     * Quiet Harbours. Strand, Berg & Co.: Bergen, 1904."), the word is the first partner's name, not a container.
     */
    static void partnerFirmNotContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] != c[1] || c[1] + 2 >= t.count || !Character.isUpperCase(t.word[c[0]].charAt(0))
                || !t.word[c[1] + 1].equals(",") || y[c[1] + 2] != RefLabel.PUBLISHER) {
            return;
        }
        boolean partners = false;
        int k = c[1] + 2;
        while (k < t.count && y[k] == RefLabel.PUBLISHER) {
            partners |= t.word[k].equals("&") || t.word[k].equals("and");
            k++;
        }
        if (!partners) {
            return;
        }
        y[c[0]] = RefLabel.PUBLISHER;
        y[c[1] + 1] = RefLabel.PUBLISHER;
    }

    /** "Vol." / "vol" / "Volume" / "v." before a volume number. */
    private static final Pattern VOLUME_WORD = Pattern.compile("(?i)vol\\.?|volume|v\\.");

    /**
     * The part of a multi-part book is no part of its name, like its volume: where the container ends on ", Part II"
     * (a Roman numeral or a number after "Part") right before ", Vol." ("Quiet Harbours, Part II, Vol. I (1957)"),
     * the container ends before the comma ahead of "Part".
     */
    static void partBeforeVolume(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] - c[0] < 3 || c[1] + 2 >= t.count) {
            return;
        }
        int n = c[1];
        String num = t.word[n];
        if (!t.word[n - 1].equals("Part") || !t.word[n - 2].equals(",")
                || !(LabelSpans.digits(num) || LabelSpans.ROMAN.matcher(num).matches())
                || !t.word[n + 1].equals(",") || !VOLUME_WORD.matcher(t.word[n + 2]).matches()) {
            return;
        }
        for (int j = n - 2; j <= n; j++) {
            y[j] = RefLabel.O;
        }
    }
}
