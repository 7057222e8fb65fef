package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * How far a container reaches, written from the development errors of the AnyStyle corpus (issue 6, ninth session of 7
 * Dec 2026, helper H). Label rules ({@link #apply(ModelTokens, int[])}) run in {@link ModelFieldLabeller#assemble}
 * right after {@link TitleContainerSplitRules}; field rules ({@link #apply(ModelTokens, int[], LabelledFields)}) run at
 * its end, after {@link TitleFormRules}. Each rule was measured alone on both evaluation corpora (see the citation
 * README).
 */
final class ContainerScopeRules {
    private ContainerScopeRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y) {
        containerAfterInInTitle(t, y);
        xploreMeetingTail(t, y);
        containerBeforeInEditors(t, y);
        seriesAfterVolumeOf(t, y);
        meetingVenueAfterHeld(t, y);
        reportSeriesIsNoContainer(t, y);
        spacedRomanVolume(t, y);
        editorNameReadAsContainer(t, y);
        quotedJournalReadAsTitle(t, y);
        bookInBrackets(t, y);
        placeAndPublisherReadAsContainer(t, y);
        lowerWordEndsJournal(t, y);
        honoureeInContainer(t, y);
    }

    /** The field rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        proceedingsInReport(t, y, f);
        f.container = draftIsNoContainer(f.container);
        f.container = arxivCategoriesAreNoContainer(t.text, f.container);
        publisherCopyIsNoContainer(y, f);
    }

    private static boolean quote(String w) {
        return w.length() == 1 && "\"“”„«»'‘’".indexOf(w.charAt(0)) >= 0;
    }

    /**
     * The book or journal after "in" that the model read as a second part of the title: "Holm, Ada, Harbour songs of
     * the north, in: Studien zur Hafengeschichte 3, 1911, 12-40." and 'K. Berg, "Quiet cranes," in "Silent Harbours:
     * A Survey," (Quay Press, 1990), pp. 5-9.' The model labels the "in" itself as no field but its words on both sides
     * as the title (ending, at most, in one container word before the number). Where an "in" or "In" inside the
     * title's run is unlabelled, comes after a period, a closing quote or a comma (after a comma only when a colon or
     * an opening quote follows it: ", in Rheumatoid Arthritis Patients" is the title's), and capitalised title words
     * follow it (after an optional colon and opening quote), the words from there to the end of the title's run are
     * the container.
     */
    static void containerAfterInInTitle(ModelTokens t, int[] y) {
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (ti == null) {
            return;
        }
        for (int k = ti[0] + 2; k < ti[1]; k++) {
            if (y[k] != RefLabel.O || !(t.word[k].equals("in") || t.word[k].equals("In"))) {
                continue;
            }
            String b = t.word[k - 1];
            if (!(b.equals(",") || b.equals(".") || quote(b) || b.length() >= 4 && b.endsWith("."))) {
                continue;
            }
            // after a bare comma, only "in:" or "in" and a quote: ", in Rheumatoid Arthritis Patients" is the title's
            if (b.equals(",") && !(t.word[k + 1].equals(":") || quote(t.word[k + 1]))) {
                continue;
            }
            int c = k + 1;
            while (c < ti[1] && (t.word[c].equals(":") || quote(t.word[c])) && y[c] == RefLabel.O) {
                c++;
            }
            if (y[c] != RefLabel.TITLE || !Character.isUpperCase(t.word[c].charAt(0))) {
                return;
            }
            int words = 0;
            for (int j = c; j <= ti[1]; j++) {
                words += Character.isLetter(t.word[j].charAt(0)) ? 1 : 0;
            }
            if (words < 2) {
                return;
            }
            for (int j = c; j <= ti[1]; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = RefLabel.CONTAINER;
                }
            }
            return;
        }
    }

    /** An acronym of a meeting or society: two capitals or more ("ICRA", "DASC", "IEEE/AIAA"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}.*");

    /**
     * IEEE Xplore writes a meeting's name with its year and further parts after it, all of them the container:
     * "Quiet Harbour Robotics, 2004. QHR 2004. Proceedings of the 3rd International Conference on, IEEE, 2004, pp.
     * 1-6" or "Harbour Cranes Conference, 2009. HCC'09. IEEE/AIAA 12th, IEEE, 2009, pp. 2-9". The model ends the
     * container before ", 2004.". Where the container is followed by a comma, a year and a period, the parts after it
     * up to a comma each join the container while each holds an acronym and another word, the word "Proceedings" or
     * ends on "on" (two parts at most); a part that is one acronym alone ("IEEE"), a date or pages stops it.
     */
    static void xploreMeetingTail(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int k = c[1] + 1;
        if (k + 3 >= t.count || !t.word[k].equals(",") || t.word[k + 1].length() != 4
                || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 1]).matches() || !t.word[k + 2].equals(".")
                || !Character.isUpperCase(t.word[k + 3].charAt(0))) {
            return;
        }
        int end = -1;
        int from = k + 3;
        for (int part = 0; part < 2 && from < t.count; part++) {
            int to = from;
            while (to < t.count && !t.word[to].equals(",")) {
                to++;
            }
            int wordCount = 0;
            boolean acronym = false;
            boolean proceedings = false;
            boolean bad = false;
            for (int j = from; j < to; j++) {
                String w = t.word[j];
                if (Character.isLetter(w.charAt(0))) {
                    wordCount++;
                    acronym |= ACRONYM.matcher(w).matches();
                    proceedings |= w.startsWith("Proceedings");
                    bad |= Months.isMonth(w) || w.equalsIgnoreCase("pp.") || w.equalsIgnoreCase("pages");
                }
            }
            boolean endsOn = to > from && t.word[to - 1].equals("on");
            if (bad || to >= t.count || !(acronym && wordCount >= 2 || proceedings || endsOn)) {
                break;
            }
            end = to - 1;
            from = to + 1;
        }
        if (end < 0) {
            return;
        }
        for (int j = c[1] + 1; j <= end; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final Pattern MEETING_HEAD = Pattern.compile(
            "(?:Proceedings|Proc\\.?|Workshop|Conference|Symposium|Colloquium|Congress)");

    /**
     * A paper in proceedings that were published as a report keeps its container: "Berg, K. Quiet cranes. In
     * Proceedings of the Workshop on Harbour Lifts, Department of Quays, Quarry University, Report No. QU-91-12, May
     * 1991." The report word there gives the reference the report's type hint, and a report has no container; but the
     * container the model read right after "In" begins with the proceedings' word. Where the assembled container is
     * none, the hint is a report or thesis, and the model's container run comes right after "In" / "in" and begins with
     * such a word, that run is the container.
     */
    static void proceedingsInReport(ModelTokens t, int[] y, LabelledFields f) {
        if (f.container != null || f.title == null || !("thesis".equals(f.typeHint) || "report".equals(f.typeHint))) {
            return;
        }
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || !(t.word[c[0] - 1].equals("In") || t.word[c[0] - 1].equals("in"))
                || !MEETING_HEAD.matcher(t.word[c[0]]).matches()) {
            return;
        }
        int e = c[1];
        while (e > c[0] && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        String name = t.text.substring(t.start[c[0]], t.end[e]);
        if (!f.title.contains(name)) {
            f.container = name;
        }
    }

    /**
     * A chapter's book comes after "in", its editors and "eds.", and a container run the model read before that "in"
     * is no container: 'Holm, Ada. "Cranes": Quiet Lifting Families of the North", in Karl Berg and Nils Lund, eds.,
     * Harbours of the North (Bergen: Quay Press, 2005), 12-40.' gives the model's container "Quiet Lifting Families of
     * the North" (the title's tail) and a second container run after the editors. Where a container run is followed
     * (after punctuation only) by an unlabelled "in" / "In", an editors' run and a second container run, the first
     * run goes to the title when the title's words come right before it (after punctuation only), else it is
     * unlabelled.
     */
    static void containerBeforeInEditors(ModelTokens t, int[] y) {
        int a0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (a0 < 0) {
            return;
        }
        int a1 = LabelSpans.runEnd(y, a0);
        int k = a1 + 1;
        while (k < t.count && y[k] == RefLabel.O && !Character.isLetterOrDigit(t.word[k].charAt(0))) {
            k++;
        }
        if (k + 1 >= t.count || y[k] != RefLabel.O || !(t.word[k].equals("in") || t.word[k].equals("In"))
                || y[k + 1] != RefLabel.EDITOR) {
            return;
        }
        int e = LabelSpans.runEnd(y, k + 1);
        int b = e + 1;
        while (b < t.count && y[b] == RefLabel.O && !Character.isLetterOrDigit(t.word[b].charAt(0))) {
            b++;
        }
        if (b >= t.count || y[b] != RefLabel.CONTAINER) {
            return;
        }
        int p = a0 - 1;
        while (p >= 0 && y[p] == RefLabel.O && !Character.isLetterOrDigit(t.word[p].charAt(0))) {
            p--;
        }
        int to = p >= 0 && y[p] == RefLabel.TITLE ? RefLabel.TITLE : RefLabel.O;
        for (int j = a0; j <= a1; j++) {
            y[j] = to;
        }
    }


    /**
     * "volume N of Series" after a book or proceedings names the series, which is no part of the container: "In A.
     * Holm, editor, Quiet Harbours. 3rd International Symposium, QH'97, volume 812, of Lecture Notes in Harbour Science,
     * pages 5-9." The model leaves "volume 812, of" unlabelled inside the container's run and labels the series as
     * the container again. Where an unlabelled volume word and a number stand inside the container's first run, the
     * container words after them are unlabelled.
     */
    static void seriesAfterVolumeOf(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        for (int k = c[0] + 1; k + 1 < c[1]; k++) {
            if (y[k] == RefLabel.O && VolumePageRules.VOLUME_WORD.matcher(t.word[k]).matches() && LabelSpans.digits(t.word[k + 1])
                    && y[k + 1] != RefLabel.CONTAINER) {
                for (int j = k + 2; j <= c[1]; j++) {
                    if (y[j] == RefLabel.CONTAINER) {
                        y[j] = RefLabel.O;
                    }
                }
                return;
            }
        }
    }

    /**
     * A meeting's venue and dates after ", held at" / ", held in" are no part of the proceedings' name: "In K. Berg
     * (Eds.), Quiet Harbours. Papers of the Harbour Society, held at Quay University, Bergen, 7-10 May (pp. 1-9)."
     * gives the container "Quiet Harbours. Papers of the Harbour Society". Where the container holds a comma followed by
     * "held" and "at" or "in", the container ends before the comma.
     */
    static void meetingVenueAfterHeld(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        for (int k = c[0] + 1; k + 2 <= c[1]; k++) {
            if (t.word[k].equals(",") && t.word[k + 1].equals("held")
                    && (t.word[k + 2].equals("at") || t.word[k + 2].equals("in"))) {
                for (int j = k; j <= c[1]; j++) {
                    if (y[j] == RefLabel.CONTAINER) {
                        y[j] = RefLabel.O;
                    }
                }
                return;
            }
        }
    }

    /**
     * The container's words right after "Report" name the report's series or project, not a container: "Berg, K.
     * Quiet lifting. Technical Report Quay Operations Study Task 4, Volume B, Harbour Software Ltd, 1991." Where the
     * container's first run comes right after the word "Report" (the model's container does not hold it), or after it
     * and one or two unlabelled capitalised words ("Report Hard Quay Operations ..."), it is unlabelled.
     */
    static void reportSeriesIsNoContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int r = c[0] - 1;
        while (r >= 0 && r >= c[0] - 2 && y[r] == RefLabel.O && Character.isUpperCase(t.word[r].charAt(0))
                && !t.word[r].equals("Report")) {
            r--;
        }
        if (r < 0 || !t.word[r].equals("Report")) {
            return;
        }
        for (int j = c[0]; j <= c[1]; j++) {
            if (y[j] == RefLabel.CONTAINER) {
                y[j] = RefLabel.O;
            }
        }
    }

    /**
     * A Roman volume written with spaces between its letters ("Journal of Quiet Harbours, X L I, 1951, pp. 74-80")
     * is no part of the journal's name: where the container ends on a comma and two single Roman letters or more, they
     * (and the comma) leave the container.
     */
    static void spacedRomanVolume(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int k = c[1];
        while (k > c[0] && t.word[k].length() == 1 && "IVXLC".indexOf(t.word[k].charAt(0)) >= 0 && !t.glued(k - 1)) {
            k--;
        }
        if (c[1] - k < 2 || !t.word[k].equals(",") || k == c[0]) {
            return;
        }
        for (int j = k; j <= c[1]; j++) {
            y[j] = RefLabel.O;
        }
    }

    private static final Pattern EDITORS_WORD = Pattern.compile("(?i)\\(?(?:eds?|editors?|hrsg|hg)\\.?\\)?");

    /**
     * The first editor's family name after "in", read as the container: 'K. Berg, "Quiet cranes," in Holm, Ada S.,
     * Lund, Karl, Editors (1995). Harbours of the North. Bergen: Quay Press.' gives the container "Holm" and the book
     * "Harbours of the North" as a second container run. Where a container run of one or two words comes right after
     * "in" / "In", an editors' run ending on the editors' word follows it (after punctuation only) and a second
     * container run follows that, the first run is the editors'.
     */
    static void editorNameReadAsContainer(ModelTokens t, int[] y) {
        int a0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (a0 < 1 || !(t.word[a0 - 1].equals("in") || t.word[a0 - 1].equals("In"))) {
            return;
        }
        int a1 = LabelSpans.runEnd(y, a0);
        int words = 0;
        for (int j = a0; j <= a1; j++) {
            words += Character.isLetter(t.word[j].charAt(0)) ? 1 : 0;
        }
        int k = a1 + 1;
        while (k < t.count && y[k] == RefLabel.O && !Character.isLetterOrDigit(t.word[k].charAt(0))) {
            k++;
        }
        if (words > 2 || k >= t.count || y[k] != RefLabel.EDITOR) {
            return;
        }
        int e = LabelSpans.runEnd(y, k);
        int w = e;
        while (w > k && !Character.isLetter(t.word[w].charAt(0))) {
            w--;
        }
        if (!EDITORS_WORD.matcher(t.word[w]).matches()) {
            return;
        }
        boolean second = false;
        for (int j = e + 1; j < t.count && j <= e + 8; j++) {
            if (y[j] == RefLabel.CONTAINER) {
                second = true;
                break;
            }
        }
        if (!second) {
            return;
        }
        for (int j = a0; j <= a1; j++) {
            y[j] = RefLabel.EDITOR;
        }
    }

    /**
     * A journal in quotes after the title (Italian and French styles): 'Lund, K., "Gru silenziose". Il porto e la
     * pesca in Liguria 1900-1950, "Rivista del Porto", 3/4 (2001), 5-9.' The model read the title's tail before it
     * as the container ("Liguria 1900-1950") and left the quoted journal without a field. Where the container's first
     * run is followed by a comma and a quoted name of capitalised first word with no field of its own or read as the
     * title, then by a comma and the volume, the quoted name is the container and the first run loses its label.
     */
    static void quotedJournalReadAsTitle(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int k = c[1] + 1;
        if (k + 2 >= t.count || !t.word[k].equals(",") || !quote(t.word[k + 1]) || quote(t.word[Math.max(0, c[0] - 1)])
                || !Character.isUpperCase(t.word[k + 2].charAt(0))) {
            return;
        }
        int e = k + 2;
        while (e < t.count && e < k + 20 && !quote(t.word[e]) && (y[e] == RefLabel.O || y[e] == RefLabel.TITLE)) {
            e++;
        }
        if (e + 2 >= t.count || !quote(t.word[e]) || !t.word[e + 1].equals(",") || y[e + 2] != RefLabel.VOLUME) {
            return;
        }
        for (int j = c[0]; j <= c[1]; j++) {
            if (y[j] == RefLabel.CONTAINER) {
                y[j] = RefLabel.O;
            }
        }
        for (int j = k + 2; j < e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final Pattern DRAFT = Pattern.compile("(?i)(?:internet[- ]draft|working draft|draft)\\b.*");

    /**
     * A draft is a kind of document, not a container: "Holm, K. Quiet Lift Option. Internet-Draft, Harbour Engineering
     * Task Force (May 1991)." and "Berg, A. 2004. Models of quiet cranes. Working Draft. June." have no container.
     */
    static String draftIsNoContainer(String container) {
        return container != null && DRAFT.matcher(container).matches() ? null : container;
    }

    /** arXiv subject classes ("cond-mat", "physics:quant-ph", "math.AG", "hep-th"), separated by commas. */
    private static final Pattern ARXIV_CLASSES = Pattern.compile(
            "[a-z]+(?:-[a-z]+)?(?:[.:][A-Za-z]+(?:-[a-z]+)?)?(?:\\s*,\\s*[a-z]+(?:-[a-z]+)?(?:[.:][A-Za-z]+(?:-[a-z]+)?)?)*");

    /**
     * The subject classes in brackets after an arXiv identifier are no container: "arXiv:1402.00001 [cond-mat,
     * physics:quant-ph] (2014)" has none. Where the reference names arXiv and the container is only such classes (in
     * brackets or not), one of them with a hyphen.
     */
    static String arxivCategoriesAreNoContainer(String s, String container) {
        if (container == null || !s.toLowerCase(java.util.Locale.ROOT).contains("arxiv")) {
            return container;
        }
        String c = container.trim().replaceFirst("^\\[", "").replaceFirst("\\]$", "").trim();
        return ARXIV_CLASSES.matcher(c).matches() && c.contains("-") ? null : container;
    }

    /**
     * SPIE writes the book of a chapter in square brackets: 'Holm, Ada, "Quiet lifting methods," [The Handbook of
     * Harbour Cranes]. Quay Press, Bergen (2000).' The model labels the words inside only in part ("Handbook of Harbour").
     * Where the container's first run lies inside square brackets that hold nothing else but unlabelled words (at most
     * 12 tokens), the bracket's words are the container.
     */
    static void bookInBrackets(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int open = c[0] - 1;
        while (open >= 0 && open >= c[0] - 3 && !t.word[open].equals("[") && y[open] == RefLabel.O) {
            open--;
        }
        int close = c[1] + 1;
        while (close < t.count && close <= c[1] + 3 && !t.word[close].equals("]") && y[close] == RefLabel.O) {
            close++;
        }
        if (open < 0 || close >= t.count || !t.word[open].equals("[") || !t.word[close].equals("]")
                || close - open > 13) {
            return;
        }
        for (int j = open + 1; j < close; j++) {
            if (t.word[j].equals("[") || t.word[j].equals("]")) {
                return;
            }
        }
        for (int j = open + 1; j < close; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final Pattern NOT_PLACE = Pattern.compile("(?i)journal|review|annals?|bulletin|proceedings|dissertation|studies|series");

    /**
     * A book's place and publisher read as the container: "Berg, K., 2013. Las grúas silenciosas. Quarry City: Instituto
     * Nacional de Puertos. Available at http://..." gives the container "Quarry City: Instituto Nacional de Puertos".
     * Where the container's first run is one to three capitalised place words, a colon and capitalised words, the
     * reference has no publisher, volume, issue or pages, and nothing but a link, an access note or the end follows
     * the container, the words before the colon are the place and those after it the publisher.
     */
    static void placeAndPublisherReadAsContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0) {
            return;
        }
        for (int j = 0; j < t.count; j++) {
            if (y[j] == RefLabel.PUBLISHER || y[j] == RefLabel.VOLUME || y[j] == RefLabel.ISSUE || y[j] == RefLabel.PAGES) {
                return;
            }
        }
        int colon = c[0];
        while (colon <= c[1] && !t.word[colon].equals(":")) {
            colon++;
        }
        if (colon > c[1] || colon == c[0] || colon - c[0] > 3 || colon + 1 > c[1]) {
            return;
        }
        for (int j = c[0]; j < colon; j++) {
            if (!LabelSpans.placeWord(t.word[j], NOT_PLACE, false)) {
                return;
            }
        }
        for (int j = colon + 1; j <= c[1]; j++) {
            if (y[j] != RefLabel.CONTAINER || Character.isLetter(t.word[j].charAt(0)) && j == colon + 1
                    && !Character.isUpperCase(t.word[j].charAt(0))) {
                return;
            }
        }
        int a = c[1] + 1;
        while (a < t.count && t.word[a].equals(".")) {
            a++;
        }
        if (a < t.count && !(y[a] == RefLabel.URL || t.word[a].equals("Available") || t.word[a].equals("Retrieved")
                || t.word[a].equals("[") || t.word[a].equals("URL"))) {
            return;
        }
        LabelSpans.imprint(y, c[0], colon, c[1]);
    }

    /**
     * A publisher taken back as the container: "Lund, K. (1992). Quiet Cranes. Quaymaster. ISBN 0-1-2-3." The model
     * reads "Quaymaster." as the publisher, and the rule labeller's fall-back container is the same name. Where the
     * model labelled no container and the assembled container is the publisher (its final period aside), there is
     * none.
     */
    static void publisherCopyIsNoContainer(int[] y, LabelledFields f) {
        if (f.container == null || f.publisher == null) {
            return;
        }
        for (int v : y) {
            if (v == RefLabel.CONTAINER) {
                return;
            }
        }
        String c = f.container.trim().replaceFirst("\\.$", "");
        String p = f.publisher.trim().replaceFirst("\\.$", "");
        if (c.equals(p)) {
            f.container = null;
        }
    }

    /**
     * A long journal name whose head the model read as the title's last sentence, leaving only its last, lower-case
     * word as the container: "Holm, K. (2009). Quiet cranes at rest. Harbour research : a journal of the quiet
     * aspects of harbour biology 17, 229-238." gives the container "biology". Where the container's first run is one
     * word that begins with a lower-case letter and follows a title word with no separator, the title's last sentence
     * (after a word of four letters or more ending in a period, from its capitalised first word, two to 25 tokens) joins
     * the container.
     */
    static void lowerWordEndsJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] != LabelSpans.runEnd(y, c[0]) || c[0] < 3 || y[c[0] - 1] != RefLabel.TITLE
                || !Character.isLowerCase(t.word[c[0]].charAt(0)) || !Character.isLetter(t.word[c[0] - 1].charAt(0))) {
            return;
        }
        int k = c[0] - 1;
        while (k > 0 && y[k - 1] == RefLabel.TITLE && c[0] - k < 26) {
            String w = t.word[k - 1];
            if (w.length() >= 5 && w.endsWith(".") && Character.isLowerCase(w.charAt(w.length() - 2))) {
                break;
            }
            k--;
        }
        if (k == 0 || y[k - 1] != RefLabel.TITLE || c[0] - k < 2 || c[0] - k >= 26 || !Character.isUpperCase(t.word[k].charAt(0))) {
            return;
        }
        String w = t.word[k - 1];
        if (!(w.length() >= 5 && w.endsWith(".") && Character.isLowerCase(w.charAt(w.length() - 2)))) {
            return;
        }
        for (int j = k; j < c[0]; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final Pattern HONOUR_WORD = Pattern.compile("(?i)presented|dedicated|offered|honou?r|memory");

    /**
     * The person a Festschrift is presented to is part of its name, not its editors: "In K. Lund and A. Berg (eds.),
     * Quiet Harbours and Cranes: Essays Presented to A. B. Holm. Bergen: Quay Press, 12-30." The model reads "to A. B.
     * Holm." as editors' names and ends the container on "Presented". Where the container's first run ends on
     * "Presented", "Dedicated", "Offered", "Honour"/"Honor" or "Memory", followed by "to" or "of" and names labelled as
     * editors or authors up to a word of three letters or more with its period (six tokens at most), they join the
     * container.
     */
    static void honoureeInContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || !HONOUR_WORD.matcher(t.word[c[1]]).matches() || c[1] + 2 >= t.count
                || !(t.word[c[1] + 1].equals("to") || t.word[c[1] + 1].equals("of"))) {
            return;
        }
        int end = -1;
        for (int k = c[1] + 2; k < t.count && k <= c[1] + 7; k++) {
            String w = t.word[k];
            if (!(y[k] == RefLabel.EDITOR || y[k] == RefLabel.AUTHOR) || !Character.isUpperCase(w.charAt(0))) {
                return;
            }
            if (w.length() >= 4 && w.endsWith(".")) {
                end = k;
                break;
            }
        }
        if (end < 0 || end + 1 < t.count && (y[end + 1] == RefLabel.EDITOR || y[end + 1] == RefLabel.AUTHOR)) {
            return;
        }
        for (int j = c[1] + 1; j <= end; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }
}
