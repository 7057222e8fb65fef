package org.citemeta.extract.citation;

/**
 * Rules on the span of the title, run by {@link ModelFieldLabeller#assemble} (each measured on both corpora; see the
 * citation README).
 */
final class TitleSpanRules {
    private TitleSpanRules() {
    }

    /** An initial with its period, or several glued ("K.", "Th.", "J.C.", "J.-P."). */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}?\\.)(?:-?\\p{Lu}\\p{Ll}?\\.)*");

    /** A family name that opens an inverted list: capitalised, a lower-case letter in it. */
    private static final java.util.regex.Pattern INVERTED_HEAD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");

    /** A title's first word: capitalised, a lower-case letter after it (not an initial or an acronym). */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*\\p{Ll}[\\p{L}-]*");

    /** Words that join names: after them, another name follows. */
    private static final java.util.Set<String> NAME_JOIN = java.util.Set.of("and", "&", "et", "und", "y", "e");

    /**
     * In a list of inverted names, each "Family, I.", a name ends with its initials: where the model ran the names on
     * after the last initial into words that no comma separates from it ("Holm, K., Berg, L. Quiet Cranes in Harbours
     * 2004 Harbour Series 3 Lund") and the rules read those words as the title, they are the title, not another name.
     */
    static void titleAfterLastInitial(ModelTokens t, int[] y, byte[] rule) {
        if (t.count < 5 || y[0] != RefLabel.AUTHOR) {
            return;
        }
        int end = LabelSpans.runEnd(y, 0);
        int j = end;
        while (j > 0 && !INITIAL.matcher(t.word[j]).matches()) {
            j--;
        }
        if (j == end || j < 2) {
            return;
        }
        int i = j;
        while (i > 0 && INITIAL.matcher(t.word[i - 1]).matches()) {
            i--;
        }
        if (i < 2 || !t.word[i - 1].equals(",") || !Character.isUpperCase(t.word[i - 2].charAt(0))
                || INITIAL.matcher(t.word[i - 2]).matches()) {
            return; // not "Family, I."
        }
        if (!INVERTED_HEAD.matcher(t.word[0]).matches() || !t.word[1].equals(",") || !INITIAL.matcher(t.word[2]).matches()) {
            return; // the list does not open with "Family, I." ("A. Gupta, V Harinarayan, D. Quass. ...")
        }
        for (int k = 2; k < i; k++) {
            if (INITIAL.matcher(t.word[k]).matches() && !INITIAL.matcher(t.word[k + 1]).matches()
                    && !t.word[k + 1].equals(",") && !NAME_JOIN.contains(t.word[k + 1])) {
                return; // an initial before a family name: names written given name first ("Lund, K. Berg, M. Holm")
            }
        }
        if (!WORD.matcher(t.word[j + 1]).matches()) {
            return; // "R.S", "SJ.": what is left of the initials or a title of the name, not a title's word
        }
        for (int k = j + 1; k <= end; k++) {
            String w = t.word[k];
            if (rule[k] != RefLabel.TITLE || w.equals(",") || w.equals(";") || NAME_JOIN.contains(w.toLowerCase(java.util.Locale.ROOT))
                    || INITIAL.matcher(w).matches()) {
                return;
            }
        }
        for (int k = j + 1; k <= end; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    /** The length of a CJK word from which on it is no personal name (names have two to five characters). */
    private static final int CJK_NAME_MAX = 5;

    /**
     * A CJK word longer than a personal name, after a comma inside the names, is the title: in "刘春, 舞蹈新媒体初探,
     * 北京舞蹈学院学报, 2005." (name, title, journal, year with nothing but commas between) the model read all three as
     * names. From the comma group that holds a CJK word of six characters or more, the words up to that one are the
     * title and the rest of its group with the next group of names, if any, the container; names after that belong to
     * nothing. The names before the comma stay.
     */
    static void cjkTitleAmongNames(ModelTokens t, int[] y) {
        if (t.count < 3 || y[0] != RefLabel.AUTHOR || !CjkRules.cjk(t.word[0])) {
            return;
        }
        int end = LabelSpans.runEnd(y, 0);
        int groupStart = -1;
        int longWord = -1;
        for (int k = 1; k <= end; k++) {
            if (t.word[k].equals(",")) {
                groupStart = k + 1;
            } else if (groupStart > 0 && CjkRules.cjk(t.word[k])
                    && t.word[k].codePointCount(0, t.word[k].length()) > CJK_NAME_MAX) {
                longWord = k;
                break;
            }
        }
        if (longWord < 0) {
            return;
        }
        for (int k = groupStart; k <= longWord; k++) {
            y[k] = RefLabel.TITLE;
        }
        y[groupStart - 1] = RefLabel.O;
        int k = longWord + 1;
        int label = RefLabel.CONTAINER;
        boolean comma = false;
        for (; k <= end; k++) {
            if (t.word[k].equals(",")) {
                if (comma) {
                    label = RefLabel.O; // a second group after the title: not the container's
                }
                comma = true;
                y[k] = RefLabel.O;
            } else {
                y[k] = label;
            }
        }
    }

    /**
     * "Dans" (French for "In") that opens the title introduces the book the work is in and is not the title's: "B.
     * LUND. Dans Quiet cranes of the harbour. Éditeur : K. Berg. Harbour Press, Lund. 1977." has the title "Quiet
     * cranes of the harbour".
     */
    static void dansBeforeTitle(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        if (first >= 0 && first + 1 < t.count && t.word[first].equals("Dans") && y[first + 1] == RefLabel.TITLE
                && Character.isUpperCase(t.word[first + 1].charAt(0))) {
            y[first] = RefLabel.O;
        }
    }
}
