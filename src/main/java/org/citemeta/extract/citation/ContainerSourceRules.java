package org.citemeta.extract.citation;

/**
 * Rules on what the container of a reference is, from how the source is written, run by
 * {@link ModelFieldLabeller#assemble} after the model's labels and the other container rules: the words naming a
 * special issue are no part of the journal's name; a short cross-reference to an edited book cited elsewhere in the
 * list ("In Berg and Lund, 12-20", "In Holm et al. [4]") names the editors, not a container.
 */
final class ContainerSourceRules {
    private ContainerSourceRules() {
    }

    /**
     * "Special Issue" is no part of a journal's name: a journal's special issue is written "Quiet Harbours, Special
     * Issue: Cranes, 12(3)", "Quiet Harbours Special Issue 16: 27-35" or "Special Issue, Quiet Harbours 54(3)". Where
     * the container holds the words "Special Issue" (or ends on "Special" right before "Issue") after its first word,
     * the container ends before them (and before the comma, colon or dash before them); where it begins with "Special
     * Issue" and a comma, colon or dash, the journal is what follows. "Special Issue on ..." / "of ..." is left alone:
     * the GROBID gold keeps the issue's name so written with the journal's (the AnyStyle gold does not); a lower-case
     * "special issue" is prose ("to appear in the special issue on ...").
     */
    static void specialIssue(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        for (int s = c[0]; s <= c[1]; s++) {
            if (!t.word[s].equals("Special") || s + 1 >= t.count || !t.word[s + 1].startsWith("Issue")) {
                continue;
            }
            if (s + 2 < t.count && (t.word[s + 2].equals("on") || t.word[s + 2].equals("of"))) {
                return; // "Special Issue on Cranes": written so, the issue's name is kept with the journal's
            }
            if (s == c[0]) {
                int k = s + 2;
                if (k > c[1] || !(t.word[k].equals(",") || t.word[k].equals(":") || t.word[k].equals("-"))
                        || k + 1 > c[1] || !Character.isUpperCase(t.word[k + 1].charAt(0))) {
                    return;
                }
                for (int j = s; j <= k; j++) {
                    y[j] = RefLabel.O;
                }
                return;
            }
            int e = s;
            if (t.word[e - 1].equals(",") || t.word[e - 1].equals(":") || t.word[e - 1].equals("-")) {
                e--;
            }
            if (e <= c[0]) {
                return;
            }
            for (int j = e; j <= c[1]; j++) {
                if (y[j] == RefLabel.CONTAINER) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }

    /** A family name: a capital and lower-case letters, with an apostrophe or hyphen ("O'Brien", "Smith-Jones"). */
    private static final java.util.regex.Pattern FAMILY = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:['\u2019-]\\p{Lu}?\\p{Ll}+)*");

    /**
     * A chapter of a book cited in full elsewhere in the same list is written with its editors' family names alone:
     * "In Berg and Lund, 12-20", "in Holm, Berg & Lund (1998), pp. 3-9", "In Holm et al. [4], pages 233-246", "in Holm
     * et al. 1996, p. 12". Such a cross-reference names no container. Where the container right after "In" is two
     * family names or more joined by "and" / "&", or one or more followed by "et al.", and what follows is a
     * bracketed number, a year, the pages or the end, the container is none: the names are the editors (labelled so,
     * the rules' container is not taken in their place).
     */
    static void editorsCrossReference(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || !t.word[c[0] - 1].equalsIgnoreCase("in")) {
            return;
        }
        int k = c[0];
        if (!FAMILY.matcher(t.word[k]).matches()) {
            return;
        }
        boolean joined = false;
        int e = k;
        while (true) {
            int n = e + 1;
            if (n + 1 < t.count && (t.word[n].equals(",") || t.word[n].equals("and") || t.word[n].equals("&"))
                    && FAMILY.matcher(t.word[n + 1]).matches() && !joined) {
                joined = !t.word[n].equals(",");
                e = n + 1;
            } else if (n + 1 < t.count && t.word[n].equals("et") && NameRules.isAl(t.word[n + 1]) && !joined) {
                joined = true;
                e = n + 1;
                break;
            } else {
                break;
            }
        }
        if (!joined) {
            return;
        }
        int n = e + 1;
        if (n < t.count && t.word[n].equals(".") && t.glued(e)) {
            n++;
        }
        if (n + 2 < t.count && t.word[n].equals("[") && LabelSpans.digits(t.word[n + 1]) && t.word[n + 2].equals("]")) {
            n += 3; // "[4]": the number of the book's own entry in the list
        } else if (!(n >= t.count || isYear(t.word[n])
                || t.word[n].equals("(") && n + 1 < t.count && isYear(t.word[n + 1])
                || t.word[n].equals(",") && n + 1 < t.count && (y[n + 1] == RefLabel.PAGES || isYear(t.word[n + 1])
                || t.word[n + 1].matches("(?i)pp?\\.?|pages?")))) {
            return;
        }
        if (c[1] >= n) {
            return;
        }
        for (int j = c[0]; j < n; j++) {
            y[j] = RefLabel.EDITOR; // the editors (and the number of their book's entry), not a container
        }
    }

    private static boolean isYear(String w) {
        return w.length() >= 4 && w.length() <= 5 && NumberRules.PLAUSIBLE_YEAR.matcher(w).lookingAt()
                && LabelSpans.digits(w.substring(0, 4));
    }

    /**
     * The edition of a book is no part of its name, also where the model read it into the container: an ordinal and
     * "Edition" / "ed." / "edn" that end the container ("In K. Berg (Eds.), The Handbook of Quiet Harbours, 3rd Edition
     * (pp. 1-20)") leave it, with the comma before them. {@link ContainerBoundaryRules#editionAfterContainer} handles
     * the ordinal left in the container before an edition word outside it.
     */
    static void editionInContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] - c[0] < 2
                || !t.word[c[1]].toLowerCase(java.util.Locale.ROOT).matches("ed\\.?|edn\\.?|edition|éd\\.?|aufl\\.?|auflage")) {
            return;
        }
        int o = c[1] - 1;
        String w = t.word[o];
        if (w.matches("st|nd|rd|th|e") && o - 1 > c[0] && t.glued(o - 1) && LabelSpans.digits(t.word[o - 1])) {
            o--; // the tokens split "3rd" into "3" "rd"
            w = t.word[o] + w;
        }
        if (!ContainerBoundaryRules.ORDINAL.matcher(w).matches()) {
            return;
        }
        if (t.word[o - 1].equals(",")) {
            o--;
        }
        if (o <= c[0]) {
            return;
        }
        for (int j = o; j <= c[1]; j++) {
            y[j] = RefLabel.O;
        }
    }
}
