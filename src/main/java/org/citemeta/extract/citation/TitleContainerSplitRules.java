package org.citemeta.extract.citation;

/**
 * Where a title ends and a container begins in the forms of the humanities and of media references, written from the
 * development errors of the AnyStyle corpus (issue 6, session of 7 Dec 2026, helper B): a review's sentence after the
 * reviewed work's title, a book's second title sentence before its place and publisher, a medium ("DVD.") after a
 * film's title, and the Harvard layout of audiovisual works ("Title 2010, television program, Broadcaster"). Run on
 * the model's token labels by {@link ModelFieldLabeller#assemble}, after the other label rules; each rule was measured
 * alone on both corpora (figures in /work/briefs/B-readme.md).
 */
final class TitleContainerSplitRules {

    private TitleContainerSplitRules() {
    }

    /** Runs the rules of this class in their fixed order. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        reviewSentenceInTitle(t, y);
        mediumAfterTitle(t, y);
        mediumAfterYear(t, y, f);
        subtitleBeforeImprint(t, y);
        organisationReadAsContainer(t, y);
        organisationEndsTitle(t, y);
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}?\\.");

    /** A word that ends a sentence: a period of its own, or a word of four characters or more with its period. */
    private static boolean sentenceEnd(ModelTokens t, int k) {
        String w = t.word[k];
        return w.equals(".") || w.length() >= 4 && w.endsWith(".") && !INITIAL.matcher(w).matches();
    }

    /**
     * A review cited in MLA or Chicago names the work reviewed in a sentence of its own after the review's title, and
     * that sentence is the title's ("Lund, Karl. “Quiet Company.” Review of Harbours, by Anna Holm. Quarry Times
     * Book Review, June 21, 1998, 11."): "Review of ..., by ... ." right after the title is the title's. And a title
     * that is itself "Review of ..." does not stop at a comma inside the name of the work reviewed when the container
     * after it runs across the end of a sentence ("Holm, Anna. Review of Karl Lund, 1861-1913, Painter of Quays.
     * Quarry Studies 42 (1999): 358-60."): the container's words up to that sentence end are the title's.
     */
    static void reviewSentenceInTitle(ModelTokens t, int[] y) {
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        if (last < 0) {
            return;
        }
        if (first + 2 < t.count && t.word[first].equals("Review") && t.word[first + 1].equals("of")) {
            if (!Character.isUpperCase(t.word[first + 2].charAt(0))) {
                return; // "Review of particle physics, Chin. Phys. C": a review article, not a review of a work
            }
            int c = last + 1;
            if (c + 1 >= t.count || !t.word[c].equals(",") || y[c + 1] != RefLabel.CONTAINER) {
                return;
            }
            for (int k = c + 1; k + 1 < t.count && y[k] == RefLabel.CONTAINER; k++) {
                if (sentenceEnd(t, k) && y[k + 1] == RefLabel.CONTAINER && Character.isUpperCase(t.word[k + 1].charAt(0))) {
                    for (int j = c; j <= k; j++) {
                        y[j] = RefLabel.TITLE;
                    }
                    return;
                }
            }
            return;
        }
        // the review's sentence after the title: skip the closing quote and the period
        int k = last + 1;
        while (k < t.count && k <= last + 3 && !Character.isLetterOrDigit(t.word[k].charAt(0))) {
            k++;
        }
        boolean ended = sentenceEnd(t, last) || k > last + 1 && (t.word[k - 1].equals(".") || t.word[k - 1].equals("”")
                || t.word[k - 1].equals("\""));
        if (!ended || k + 3 >= t.count || !t.word[k].equals("Review") || !t.word[k + 1].equals("of")) {
            return;
        }
        int by = k + 2;
        while (by < t.count && by < k + 16 && !t.word[by].equals("by")) {
            by++;
        }
        if (by >= t.count || by >= k + 16 || !t.word[by - 1].equals(",")) {
            return;
        }
        int end = by + 1;
        while (end < t.count && end < by + 8 && !sentenceEnd(t, end)) {
            end++;
        }
        if (end >= t.count || end >= by + 8) {
            return;
        }
        for (int j = k; j <= end; j++) {
            if (y[j] == RefLabel.O || y[j] == RefLabel.EDITOR || y[j] == RefLabel.CONTAINER || y[j] == RefLabel.AUTHOR) {
                y[j] = RefLabel.TITLE;
            }
        }
        if (t.word[end].equals(".")) {
            y[end] = RefLabel.O;
        }
    }

    /** The medium of a film or recording written as a sentence of its own (MLA, Chicago). */
    private static final java.util.regex.Pattern MEDIUM = java.util.regex.Pattern.compile(
            "(?i)(?:dvd|cd|cd-rom|blu-ray|videocassette|videorecording|film|podcast|lp|vhs)\\.?");

    /**
     * A film's or recording's medium written as a sentence of its own after the title is no part of it ("Holm, Anna,
     * director. Quays. DVD. New York: Quarry Films, 2008."): the medium word, and the title's words after it, are
     * not the title.
     */
    static void mediumAfterTitle(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        for (int k = first + 1; first >= 0 && k <= last; k++) {
            if (y[k] != RefLabel.TITLE || !MEDIUM.matcher(t.word[k]).matches() || !sentenceEnd(t, k - 1)
                    || !(t.word[k].endsWith(".") || k + 1 < t.count && t.word[k + 1].equals("."))) {
                continue;
            }
            for (int j = k; j <= last; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }

    /** The first word of a medium in the Harvard (AGPS) layout, "Title 2010, television program, Broadcaster". */
    private static final java.util.regex.Pattern MEDIUM_WORD = java.util.regex.Pattern.compile(
            "(?i)dvd|cd|cd-rom|videocassette|videorecording|video|television|radio|motion|film|podcast|audio|sound");

    /**
     * The Harvard (AGPS) layout of audiovisual works puts the title first and the year right after it, then the
     * medium ("Quiet harbours 2011, dvd, Quarry Films, Sydney.", "Harbour life : a journey 2010, television program,
     * Quarry Broadcasting, Sydney, 4 October."): where the first year of the reference is followed by a comma, one to
     * three words of a medium and a comma, and every word before it was read as a name or the title, those words are
     * the title and there is no author.
     */
    static void mediumAfterYear(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 1; k + 3 < t.count; k++) {
            if (!NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches() || t.word[k].length() != 4) {
                if (LabelSpans.hasDigit(t.word[k])) {
                    return;
                }
                continue;
            }
            if (!t.word[k + 1].equals(",") || !MEDIUM_WORD.matcher(t.word[k + 2]).matches()
                    || !Character.isLowerCase(t.word[k + 2].charAt(0))) {
                return;
            }
            int m = k + 3;
            while (m < t.count && m < k + 5 && Character.isLowerCase(t.word[m].charAt(0))) {
                m++;
            }
            if (m >= t.count || !t.word[m].equals(",")) {
                return;
            }
            boolean names = false;
            for (int j = 0; j < k; j++) {
                if (y[j] != RefLabel.TITLE && y[j] != RefLabel.AUTHOR && y[j] != RefLabel.O) {
                    return;
                }
                names |= y[j] == RefLabel.AUTHOR;
            }
            for (int j = 0; j < k; j++) {
                y[j] = RefLabel.TITLE;
            }
            y[k] = RefLabel.YEAR;
            for (int j = k + 1; j <= m; j++) {
                y[j] = RefLabel.O;
            }
            if (names) {
                f.authors.clear();
                f.etAl = false;
            }
            return;
        }
    }

    /** Words that open a note, not a subtitle: editions, volumes, credits, reprints. */
    private static final java.util.regex.Pattern NOTE_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:ed|eds|edn|rev|vol|vols|trans|transl|dir|perf|hrsg|übers|repr|no|nr|pp|p)\\.?|edition|edited|translated|"
                    + "revised|reprinted|reprint|volume|volumes|press|university|universidad|verlag|publishers?|"
                    + "thesis|dissertation|report|series|bulletin|memoirs?|paper|papers|available|retrieved|accessed|"
                    + "online|web|print|dvd|film|traduction|traduit|traducción|traduzione|übersetzt|ubersetzt|herausgegeben");

    /**
     * A book's title written in two sentences goes on up to the book's place and publisher, or up to its credits
     * ("Holm, Anna. Quiet Harbours. A Northern Tale. Edited by Karl Lund. Oslo: Quarry, 2009.", "Lund, K. Vivre au
     * port. C'est possible. Montréal: Quarry, 2009."): where there is no container and the title ends a sentence, the
     * next sentence of two to twelve words, without digits or a word of a note (edition, volume, credits, series,
     * publisher), read as no field or as a place, publisher or editor, followed by "Place:" or by "Edited by",
     * "Translated by", "Ed.", "Trans.", is the title's.
     */
    static void subtitleBeforeImprint(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (first < 0 || last + 3 >= t.count) {
            return;
        }
        int a = last + 1;
        if (t.word[a].equals(".")) {
            a++;
        } else if (!sentenceEnd(t, last)) {
            return;
        }
        if (a >= t.count || !Character.isLetter(t.word[a].charAt(0)) || !Character.isUpperCase(t.word[a].charAt(0))) {
            return;
        }
        int words = 0;
        for (int k = a; k < t.count && k < a + 16; k++) {
            String w = t.word[k];
            int l = y[k];
            if (LabelSpans.hasDigit(w) || NOTE_WORD.matcher(w).matches() || w.equals("by")
                    || !(l == RefLabel.O || l == RefLabel.PLACE || l == RefLabel.PUBLISHER || l == RefLabel.EDITOR)) {
                return;
            }
            if (Character.isLetter(w.charAt(0))) {
                words++;
            }
            if (!sentenceEnd(t, k)) {
                continue;
            }
            if (words < 2 || words > 12 || k + 1 >= t.count || !(placeColon(t, k + 1) || credits(t, k + 1))
                    || words <= 3 && AuthorScanner.GIVEN_NAMES.contains(t.word[a])) {
                return; // "Marcus Lund.": a name after the title, not a subtitle
            }
            for (int j = last + 1; j <= k; j++) {
                y[j] = RefLabel.TITLE;
            }
            if (t.word[k].equals(".")) {
                y[k] = RefLabel.O;
            }
            return;
        }
    }

    /** One to three capitalised words from k, then a colon ("Oslo:", "New York:", "Cambridge, Mass.:" is not). */
    private static boolean placeColon(ModelTokens t, int k) {
        int j = k;
        while (j < t.count && j < k + 3 && Character.isUpperCase(t.word[j].charAt(0)) && Character.isLetter(t.word[j].charAt(0))) {
            j++;
        }
        return j > k && j < t.count && t.word[j].equals(":");
    }

    /** Credits from k: "Edited by", "Translated by", "Ed.", "Trans.". */
    private static boolean credits(ModelTokens t, int k) {
        String w = t.word[k];
        return (w.equals("Edited") || w.equals("Translated")) && k + 1 < t.count && t.word[k + 1].equals("by")
                || w.equals("Ed.") || w.equals("Trans.") || w.equals("Transl.");
    }

    /** A word that names an organisation, which publishes rather than being a periodical or a book. */
    private static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern.compile(
            "Institute|Institution|Society|Academy|Foundation|Association|Council|Theater|Theatre|Company|Corporation|"
                    + "Engineers|Agency|Office|Ministry|Bureau|Press|Publishers|Media");

    /** Words of a meeting or of a series, whose name may hold an organisation's. */
    private static final java.util.regex.Pattern MEETING_OR_SERIES = java.util.regex.Pattern.compile(
            "(?i)(?:proc|proceedings|conf|conference|symp|symposium|workshop|congress|meeting|colloquium|seminar|annual|"
                    + "series|studies|transactions|trans|bulletin|memoirs|notes|letters|report|reports|papers)\\.?");

    /**
     * An organisation after a book's title, in a reference without volume, issue or pages, is its publisher, not a
     * container ("Lund, K. Quiet speech signals. Institute of Quiet Engineers, 2000.", "Holm, A. Harbour songs.
     * Academy of Quiet Science."): a container with an organisation's word ("Institute", "Society", "Academy",
     * "Foundation", "Engineers", "Theater" ...), not after "In", without a meeting's, series' or periodical's word,
     * and not a known journal, is the publisher.
     */
    static void organisationReadAsContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.VOLUME || y[k] == RefLabel.ISSUE || y[k] == RefLabel.PAGES) {
                return;
            }
        }
        int b = LabelSpans.wordBefore(t, c[0]);
        if (b >= 0 && (t.word[b].equalsIgnoreCase("in") || t.word[b].equalsIgnoreCase("in:"))
                || c[0] > 0 && t.word[c[0] - 1].equals(":") && b >= 0 && t.word[b].equalsIgnoreCase("in")) {
            return;
        }
        if (b >= 0 && (t.word[b].equals("at") || t.word[b].equals("the") && b > 0 && t.word[b - 1].equals("at"))) {
            return; // "Paper presented at the Quiet Society": the meeting's name
        }
        int n = c[1] + 1;
        if (n < t.count && t.word[n].equals("(")) {
            while (n < t.count && n < c[1] + 8 && !t.word[n].equals(")")) {
                n++;
            }
            n++;
        }
        if (n < t.count && MEETING_OR_SERIES.matcher(t.word[n]).matches()) {
            return; // "Quiet Society (QS) Conference", "Quarry Institute Planning Report No. 12": the model cut the name
        }
        boolean organisation = false;
        for (int k = c[0]; k <= c[1]; k++) {
            String w = t.word[k].endsWith(".") ? t.word[k].substring(0, t.word[k].length() - 1) : t.word[k];
            if (MEETING_OR_SERIES.matcher(w).matches()) {
                return;
            }
            organisation |= ORGANISATION.matcher(w).matches();
        }
        StringBuilder name = new StringBuilder();
        for (int k = c[0]; k <= c[1]; k++) {
            name.append(t.word[k]).append(' ');
        }
        if (!organisation || ContainerRules.journalWords(name.toString().trim()) || Journals.known(t, c[0], c[1])) {
            return;
        }
        for (int k = c[0]; k <= c[1]; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                y[k] = RefLabel.PUBLISHER;
            }
        }
    }

    /** An organisation's word, in a sentence that ends a title: the publisher or the authority of a report. */
    private static final java.util.regex.Pattern ISSUER = java.util.regex.Pattern.compile(
            "Institute|Institution|Society|Academy|Foundation|Association|Council|Company|Corporation|Agency|Office|"
                    + "Ministry|Bureau|Bank|Commission|Department|Center|Centre|Officials|Board|Press|Publishers");

    private static final java.util.Set<String> NAME_CONNECTORS = java.util.Set.of("of", "and", "for", "the", "&", "on", "in");

    /**
     * A report's or a book's title does not run into the organisation that issued it, written as a sentence of its own
     * after the title ("Holm, A. (2009). Quiet harbours (Harbour Report). Federal Reserve Bank of Bergen.",
     * "QUAY (2010). Quay Design Specifications. Northern Association of Harbour Officials (QUAY)."): the title's last
     * sentence, of two to twelve capitalised words (connectors and an acronym in brackets allowed), no digit and no
     * colon, with an organisation's word ("Bank", "Association", "Institute", "Commission" ...), is the publisher.
     */
    static void organisationEndsTitle(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (first < 0) {
            return;
        }
        int a = -1;
        for (int k = last - 1; k > first; k--) {
            if (sentenceEnd(t, k) && Character.isUpperCase(t.word[k + 1].charAt(0))) {
                a = k + 1;
                break;
            }
        }
        if (a < 0) {
            return;
        }
        int words = 0;
        boolean issuer = false;
        for (int k = a; k <= last; k++) {
            String w = t.word[k];
            if (LabelSpans.hasDigit(w) || w.equals(":") || w.equals(".") && k < last) {
                return;
            }
            if (Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0)) && !NAME_CONNECTORS.contains(w)) {
                    return;
                }
                words++;
                issuer |= ISSUER.matcher(w.endsWith(".") ? w.substring(0, w.length() - 1) : w).matches();
            }
        }
        if (!issuer || words < 2 || words > 12) {
            return;
        }
        for (int k = a; k <= last; k++) {
            if (y[k] == RefLabel.TITLE) {
                y[k] = RefLabel.PUBLISHER;
            }
        }
    }
}
