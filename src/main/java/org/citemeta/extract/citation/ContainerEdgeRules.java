package org.citemeta.extract.citation;

/**
 * Rules on the edges of the container (journal, book or proceedings title), run late in
 * {@link ModelFieldLabeller#assemble} after {@link ContainerTailRules} (each measured on both corpora; see the citation
 * README).
 */
final class ContainerEdgeRules {
    private ContainerEdgeRules() {
    }

    /**
     * A section letter written against the volume number ("Phys. Lett. B428", "Nucl .Phys .A365", "J. Opt. Soc. Am.
     * A27") belongs with the volume, not with the journal's name: both corpora give the container without it and the
     * volume as "B428". The model often reads the letter as the journal's last word; a single capital glued to the
     * digits of the volume that follows is taken out of the container (the volume's own assembly is left alone). A
     * letter written apart ("Phys. Lett. B 428") stays in the name.
     */
    static void sectionLetterGluedToVolume(ModelTokens t, int[] y) {
        for (int k = 1; k + 1 < t.count; k++) {
            String w = t.word[k];
            if (y[k] == RefLabel.CONTAINER && y[k - 1] == RefLabel.CONTAINER && y[k + 1] == RefLabel.VOLUME
                    && w.length() == 1 && Character.isUpperCase(w.charAt(0)) && t.glued(k)
                    && Character.isDigit(t.word[k + 1].charAt(0))) {
                y[k] = RefLabel.O;
            }
        }
    }

    private static final java.util.regex.Pattern SERIES_HEAD = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\p{L}*)?(?:Series|Studies|Publications|Problems|Advances|Topics|Lectures|Notes|Progress|Contributions"
                    + "|Monographs|Texts|Trends|Frontiers|Developments|Perspectives|Seminars|Letters|Reports|Papers|Essays)");

    /**
     * A series or journal named "X in Y" ("Studies in Early Linguistics", "Lecture Notes in Pure Mathematics", "Wiley
     * Series in Applied Probability", "University of Nowhere Publications in Ancient Metallurgy", "Advances in
     * Applied Physics") is one name: where the model began the container at the subject after "in", the head before
     * it (a capitalised collective noun such as Series, Studies, Publications, Problems, Advances, Notes, Letters,
     * with the capitalised words and connectors before it back to a separator or the end of a sentence) is taken into
     * the container. Only over tokens the model left unlabelled or read as title or publisher, and never where that
     * would take the whole title.
     */
    static void seriesHeadBeforeIn(ModelTokens t, int[] y) {
        for (int c = 2; c < t.count; c++) {
            if (y[c] != RefLabel.CONTAINER || y[c - 1] == RefLabel.CONTAINER || !t.word[c - 1].equals("in")) {
                continue;
            }
            int h = c - 2;
            if (!movable(y[h]) || !SERIES_HEAD.matcher(t.word[h]).matches() || !movable(y[c - 1])) {
                continue;
            }
            int b = h;
            while (b - 1 >= 0 && movable(y[b - 1])) {
                String w = t.word[b - 1];
                boolean cap = Character.isUpperCase(w.charAt(0)) && !w.endsWith(".");
                boolean connector = w.equals("of") || w.equals("and") || w.equals("&") || w.equals("for");
                boolean hyphen = w.equals("-") && t.glued(b - 1) && b >= 2 && t.glued(b - 2);
                if (!cap && !connector && !hyphen) {
                    break;
                }
                b--;
            }
            while (b < h && !Character.isUpperCase(t.word[b].charAt(0))) {
                b++;
            }
            boolean titleLeft = false;
            boolean titleIn = false;
            for (int k = 0; k < t.count; k++) {
                if (y[k] == RefLabel.TITLE) {
                    if (k >= b && k < c) {
                        titleIn = true;
                    } else {
                        titleLeft = true;
                    }
                }
            }
            if (titleIn && !titleLeft) {
                continue;
            }
            for (int k = b; k < c; k++) {
                y[k] = RefLabel.CONTAINER;
            }
        }
    }

    private static boolean movable(int label) {
        return label == RefLabel.O || label == RefLabel.TITLE || label == RefLabel.PUBLISHER;
    }

    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:vol|v|no|n°|nr|pp?)\\.?|volume|number|issue");

    /**
     * A signed reference without a title whose journal comes right after the names, before its numbers ("P. Holm et
     * K. LUND. Quietrahedron, 36, 221 (1980)", "Holm, K.; Lund, S. Quiet Letters 2008, 455, 778-781", "J. D. Holm and
     * B. L. Lund, Boundary-Layer Quietology, 78, 191-210 (1996)"): the model read the journal as one more name. Where
     * the model found neither title nor container, the last words of its names are what the rule labeller reads as
     * the container, they begin a name group (after a separator or a name ending in a period) with a capital, and
     * the volume or the year follows them with no other word after, those words are the container.
     */
    static void journalReadAsLastName(ModelTokens t, int[] y, byte[] rule) {
        if (LabelSpans.first(t, y, RefLabel.TITLE) >= 0 || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int a0 = LabelSpans.first(t, y, RefLabel.AUTHOR);
        if (a0 < 0) {
            return;
        }
        int e = a0;
        while (e + 1 < t.count && y[e + 1] == RefLabel.AUTHOR) {
            e++;
        }
        while (e > a0 && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        int b = e;
        while (b - 1 > a0 && rule[b - 1] == RefLabel.CONTAINER) {
            b--;
        }
        while (b < e && (t.word[b].length() == 1 || !Character.isLetterOrDigit(t.word[b].charAt(0)))) {
            b++; // an initial the rules gave the journal: "Saitoh ,E .Quiet Letters 2008"
        }
        if (rule[e] != RefLabel.CONTAINER || b <= a0 || !Character.isUpperCase(t.word[b].charAt(0))) {
            return;
        }
        String before = t.word[b - 1];
        if (!LabelSpans.separator(t, b - 1) && !before.endsWith(".") && !before.equals("&")) {
            return;
        }
        for (int k = e + 1; k < t.count; k++) {
            String w = t.word[k];
            if (Character.isLetter(w.charAt(0)) && !NUMBER_WORD.matcher(w).matches() && !Months.isMonth(w)) {
                return; // another word that could be the journal
            }
        }
        int k = e + 1;
        while (k < t.count && (t.word[k].equals(",") || t.word[k].equals(".") || y[k] == RefLabel.AUTHOR)) {
            k++;
        }
        if (k < t.count && (y[k] == RefLabel.VOLUME || y[k] == RefLabel.YEAR
                || NUMBER_WORD.matcher(t.word[k]).matches() && k + 1 < t.count && y[k + 1] == RefLabel.VOLUME)) {
            for (int j = b; j <= e; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            for (int j = e + 1; j < k; j++) {
                if (y[j] == RefLabel.AUTHOR) {
                    y[j] = RefLabel.O;
                }
            }
        }
    }

    private static final java.util.regex.Pattern NUMBERING_ONLY = java.util.regex.Pattern.compile(
            "(?i)(?:vol|vols|volume|volumes|band|bd|heft|seite|seiten|auflage|teil|teilband|jahrgang|jg|tome|tomo|fasc"
                    + "|fascicule|chapter|chap|section|sect|part|edition|edn|ed|page|pages|pp|issue|isuue|number|no|nr|num)"
                    + "\\.?(?:\\s*[0-9IVXLC][0-9IVXLC./-]*)?");

    /**
     * A container that is nothing but the word naming a volume, part, page or edition, with or without its number
     * ("Band", "Seiten", "Auflage", "Chapter 8", "Section 14.2", "Tome", "Part", "Edition" and their abbreviations,
     * the OCR's "Isuue" too), which the model or the rules took in a reference whose real journal they missed ("Quiet
     * Organs, Band 20, Nr. 9 (1996), Seiten 986-990"), names nothing: no container.
     */
    static String numberingIsNoContainer(String container) {
        return container != null && NUMBERING_ONLY.matcher(container.strip()).matches() ? null : container;
    }

    /**
     * The physics style that puts the year before the journal ("..., 2011 Quiet Instrum. 6 P11002", "Collective
     * harbours 1998 Nature 393"): capitalised words that the model left unlabelled right after the year and right
     * before a number (no month: "2017 Feb 1"), in a reference where it read no container with a word in it, are the
     * journal. What the model had labelled container there (only digits and single letters: "P11002") is unlabelled.
     */
    static void journalAfterYear(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER && t.word[k].length() > 1 && Character.isLetter(t.word[k].charAt(0))
                    && !LabelSpans.hasDigit(t.word[k])) {
                return;
            }
        }
        for (int yr = 0; yr + 2 < t.count; yr++) {
            if (y[yr] != RefLabel.YEAR || !LabelSpans.digits(t.word[yr]) || t.word[yr].length() != 4) {
                continue;
            }
            int b = yr + 1;
            int e = b;
            int words = 0;
            while (e < t.count && y[e] == RefLabel.O && Character.isLetter(t.word[e].charAt(0)) && words < 6
                    && !Months.isMonth(t.word[e])
                    && (Character.isUpperCase(t.word[e].charAt(0)) || ContainerRules.CONNECTORS.contains(t.word[e]))) {
                e++;
                words++;
            }
            if (words == 0 || e >= t.count || !Character.isUpperCase(t.word[b].charAt(0))
                    || !Character.isDigit(t.word[e].charAt(0)) || ContainerRules.CONNECTORS.contains(t.word[e - 1])) {
                continue;
            }
            for (int k = 0; k < t.count; k++) {
                if (y[k] == RefLabel.CONTAINER) {
                    y[k] = RefLabel.O;
                }
            }
            for (int k = b; k < e; k++) {
                y[k] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    /**
     * The astronomy style without article titles ("Holm, B., & Lund, P. 2003, Quiet Astron., 425, 374", "Lund, J. L.
     * 2003, Bulletin of the Quiet Society, 34"): between the year and the volume, each set off by commas, stand only the
     * journal's words, which the model left unlabelled or read as the title. Where the model read no container, one
     * to eight words without digits in that place, with no other title in the reference, are the container.
     */
    static void journalBetweenYearAndVolume(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        for (int yr = 0; yr + 3 < t.count; yr++) {
            if (y[yr] != RefLabel.YEAR || !LabelSpans.digits(t.word[yr]) || !t.word[yr + 1].equals(",")) {
                continue;
            }
            int b = yr + 2;
            int e = b;
            int words = 0;
            while (e < t.count && (y[e] == RefLabel.O || y[e] == RefLabel.TITLE) && !t.word[e].equals(",")) {
                String w = t.word[e];
                if (LabelSpans.hasDigit(w)) {
                    break;
                }
                if (Character.isLetter(w.charAt(0))) {
                    words++;
                }
                e++;
            }
            if (words == 0 || words > 8 || e + 1 >= t.count || !t.word[e].equals(",") || y[e + 1] != RefLabel.VOLUME
                    || !LabelSpans.digits(t.word[e + 1]) || !Character.isLetter(t.word[b].charAt(0))) {
                return;
            }
            for (int k = 0; k < t.count; k++) {
                if (y[k] == RefLabel.TITLE && (k < b || k >= e)) {
                    return;
                }
            }
            for (int k = b; k < e; k++) {
                y[k] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    private static final java.util.regex.Pattern PERIODICAL = java.util.regex.Pattern.compile(
            "(?i)journal|review|letters|transactions|annals|bulletin|magazine|newspaper|gazette|quarterly|week|weekly"
                    + "|daily|news");

    /**
     * A periodical cited in the place of the authors ("Quiet Week, \"Harbours Try to Dodge the Tide,\" April 5, 1969",
     * "Harbour News, 12 May 2001, ..."), which the model read as one person's name: a single group of one to six words
     * opening the reference and ended by a comma, with a periodical's word among them ("Journal", "Review",
     * "Bulletin", "Magazine", "Week", "News"), is the container.
     */
    static void periodicalAsAuthor(ModelTokens t, int[] y) {
        if (t.count < 3 || y[0] != RefLabel.AUTHOR || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int e = 0;
        boolean periodical = false;
        int words = 0;
        while (e < t.count && y[e] == RefLabel.AUTHOR && !LabelSpans.separator(t, e)) {
            String w = t.word[e];
            if (Character.isLetter(w.charAt(0))) {
                words++;
                periodical |= PERIODICAL.matcher(w).matches();
            }
            e++;
        }
        if (!periodical || words > 6 || e >= t.count || !t.word[e].equals(",")) {
            return;
        }
        for (int k = 0; k < e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * A second title run after the year ("Some reformulations of quiet harbours, 1997. Quiet Optimization and
     * Applications, to appear."): where the model read no container, the title's words after the year that ends the
     * first title run are the journal, up to the first separator inside them (what follows, "to appear", is no field's).
     * Only after names, where a comma and the year end the first run, and for a run of one to ten words opening with a
     * capital.
     */
    static void secondTitleAfterYear(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int first = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (first < 0) {
            return;
        }
        int a = LabelSpans.first(t, y, RefLabel.AUTHOR);
        int t0 = LabelSpans.first(t, y, RefLabel.TITLE);
        if (a < 0 || a > t0 || first + 2 >= t.count || !t.word[first + 1].equals(",") || y[first + 2] != RefLabel.YEAR) {
            return; // names, then the title, then ", 1997"
        }
        int k = first + 1;
        boolean year = false;
        while (k < t.count && y[k] != RefLabel.TITLE) {
            if (y[k] == RefLabel.YEAR) {
                year = true;
            } else if (Character.isLetterOrDigit(t.word[k].charAt(0))) {
                return; // only the year and punctuation between the runs
            }
            k++;
        }
        if (!year || k >= t.count || !Character.isUpperCase(t.word[k].charAt(0))) {
            return;
        }
        int b = k;
        int e = b;
        int words = 0;
        while (e < t.count && y[e] == RefLabel.TITLE && !LabelSpans.separator(t, e)) {
            if (Character.isLetter(t.word[e].charAt(0))) {
                words++;
            }
            e++;
        }
        if (words == 0 || words > 10) {
            return;
        }
        for (int j = b; j < e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
        for (int j = e; j < t.count && y[j] == RefLabel.TITLE; j++) {
            y[j] = RefLabel.O;
        }
    }

    /**
     * An article cited before its volume exists, by its DOI ("... quiet harbour tomography. Quietophysics,
     * doi:10.1016/j.quiet.2011.11.016"): where the model read no container, the one to eight unlabelled words after the
     * title's sentence, opening with a capital and followed by a comma and the DOI, are the journal.
     */
    static void journalBeforeDoi(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int ti = LabelSpans.last(t, y, RefLabel.TITLE);
        if (ti < 0 || ti + 3 >= t.count) {
            return;
        }
        int b = ti + 1;
        if (t.word[b].equals(".")) {
            b++;
        } else if (!t.word[ti].endsWith(".")) {
            return;
        }
        int e = b;
        int words = 0;
        while (e < t.count && y[e] == RefLabel.O && Character.isLetter(t.word[e].charAt(0))) {
            words++;
            e++;
        }
        if (words == 0 || words > 8 || e + 1 >= t.count || !Character.isUpperCase(t.word[b].charAt(0))
                || !t.word[e].equals(",") || y[e + 1] != RefLabel.DOI) {
            return;
        }
        for (int k = b; k < e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * The journal's last word written against the volume ("Phys. Rev. ST Quiet . Harbours4, 121301", OCR's ",quiet5 (
     * 1995 )82- 87"): an unlabelled word glued to the digits of the volume (or issue) is the container's end where the
     * container runs up to it (through a period), or, where the model read no container, the whole container when a
     * comma comes before it.
     */
    static void journalWordGluedToVolume(ModelTokens t, int[] y) {
        boolean none = LabelSpans.first(t, y, RefLabel.CONTAINER) < 0;
        for (int k = 1; k + 1 < t.count; k++) {
            String w = t.word[k];
            if (y[k] != RefLabel.O || !t.glued(k) || y[k + 1] != RefLabel.VOLUME && y[k + 1] != RefLabel.ISSUE
                    || !LabelSpans.digits(t.word[k + 1]) || w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            int p = k - 1;
            while (p > 0 && t.word[p].equals(".") && y[p] == RefLabel.O) {
                p--;
            }
            if (y[p] == RefLabel.CONTAINER) {
                for (int j = p + 1; j <= k; j++) {
                    y[j] = RefLabel.CONTAINER;
                }
                return;
            }
            if (none && t.word[k - 1].equals(",")) {
                y[k] = RefLabel.CONTAINER;
                return;
            }
        }
    }

    /**
     * A journal whose name is a list ("Quiet Transactions on Harbours, Cranes, and Tugboats: Special Issue on ..."),
     * which the model broke at the list's first comma, reading the rest as a second title after the title it had
     * already found: the list's remaining members, up to the word after "and" (or "&"), are the container's.
     */
    static void journalNameListAfterComma(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        int t0 = LabelSpans.first(t, y, RefLabel.TITLE);
        if (c == null || t0 < 0 || t0 > c[0] || c[1] + 2 >= t.count || !t.word[c[1] + 1].equals(",")
                || y[c[1] + 2] != RefLabel.TITLE) {
            return;
        }
        for (int k = t0; k < c[0]; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                return;
            }
        }
        int k = c[1] + 2;
        int and = -1;
        while (k < t.count && y[k] == RefLabel.TITLE) {
            String w = t.word[k];
            if (w.equals("and") || w.equals("&")) {
                and = k;
            } else if (!w.equals(",") && !(Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0)))) {
                return;
            }
            k++;
            if (and >= 0 && k - 1 > and) {
                break; // the word after "and" ends the list
            }
        }
        if (and < 0 || k - 1 <= and) {
            return;
        }
        for (int j = c[1] + 1; j < k; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * A bare journal citation ("(Z. Quietforschg. 2 b, 47-48 [1947];"), which the model read as a name followed by
     * numbers (as a title or not): where no title word of two letters or more was read, the only names open the
     * reference (after a parenthesis at most), are abbreviations ending in periods, one of them longer than an
     * initial, and a number follows them, they are the container, and the numbers are no title.
     */
    static void journalAbbreviationReadAsName(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int b = 0;
        while (b < t.count && t.word[b].equals("(")) {
            b++;
        }
        int e = b;
        boolean abbreviation = false;
        while (e < t.count && (y[e] == RefLabel.AUTHOR || y[e] == RefLabel.TITLE) && !Character.isDigit(t.word[e].charAt(0))) {
            String w = t.word[e];
            if (!w.endsWith(".") || !Character.isUpperCase(w.charAt(0))) {
                return;
            }
            abbreviation |= w.length() > 3;
            e++;
        }
        if (!abbreviation || e == b || e >= t.count || !Character.isDigit(t.word[e].charAt(0))) {
            return; // the numbers right after the abbreviations
        }
        for (int k = e; k < t.count; k++) {
            if ((y[k] == RefLabel.TITLE || y[k] == RefLabel.AUTHOR)
                    && t.word[k].codePoints().filter(Character::isLetter).count() >= 2) {
                return; // a title or a name elsewhere
            }
        }
        for (int k = 0; k < b; k++) {
            y[k] = RefLabel.O;
        }
        for (int k = b; k < e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
        for (int k = e; k < t.count; k++) {
            if (y[k] == RefLabel.TITLE || y[k] == RefLabel.AUTHOR) {
                y[k] = RefLabel.O;
            }
        }
    }

    private static final java.util.regex.Pattern PUBLISHER_END = java.util.regex.Pattern.compile(
            "Corporation|Publishing|Publishers|Press|Verlag|GmbH|Ltd\\.?|Inc\\.?|Company");

    /**
     * A page header's publisher before the journal ("Quiet Publishing Corporation Journal of Harbour Engineering Volume
     * 2011"): the container's first one to four capitalised words, ending in a publisher's form (Corporation,
     * Publishing, Publishers, Press, Verlag, GmbH, Ltd, Inc, Company), with at least two container words after them,
     * are the publisher.
     */
    static void publisherHeadsContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int e = c[0];
        while (e <= c[1] && e - c[0] < 4 && y[e] == RefLabel.CONTAINER && Character.isUpperCase(t.word[e].charAt(0))
                && !PUBLISHER_END.matcher(t.word[e]).matches()) {
            e++;
        }
        if (e > c[1] || e - c[0] >= 4 || !PUBLISHER_END.matcher(t.word[e]).matches()) {
            return;
        }
        while (e + 1 <= c[1] && PUBLISHER_END.matcher(t.word[e + 1]).matches()) {
            e++; // "Publishing Corporation"
        }
        if (e + 2 > c[1]
                || y[e + 1] != RefLabel.CONTAINER || !Character.isUpperCase(t.word[e + 1].charAt(0))) {
            return;
        }
        for (int k = c[0]; k <= e; k++) {
            y[k] = RefLabel.PUBLISHER;
        }
    }
}
