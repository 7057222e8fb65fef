package org.citemeta.extract.citation;

import java.util.List;

/**
 * Rules on the list of names (authors, editors): which words belong to the names. Stateless, package-private, called
 * from {@link ModelFieldLabeller#assemble}.
 */
final class NameListRules {
    private NameListRules() {
    }

    /**
     * Names of the rules' longer list whose words the model gave to another field after its own author span are that
     * field's ("L. Marsh, Quiet Currents, Harbor Univ. Press, Harbor (2001)": no authors "Currents, Quiet" and "Univ.,
     * Harbor"): from the end of the list, a name whose words all lie after the model's author span and are all labelled
     * title, container, publisher or place is dropped (the title-only case was {@code NameRules.titleNames}).
     */
    static void fieldNames(String s, ModelTokens t, int[] y, List<CitationAuthor> authors, int from) {
        while (authors.size() > 1) {
            CitationAuthor last = authors.get(authors.size() - 1);
            if (last.family() == null || !fieldWords(s, t, y, last.family(), from)
                    || last.given() != null && !last.given().isBlank() && !fieldWords(s, t, y, last.given(), from)) {
                return;
            }
            authors.remove(authors.size() - 1);
        }
    }

    /** The words of {@code part}, found in s after {@code from}, are all labelled a field that is no name. */
    private static boolean fieldWords(String s, ModelTokens t, int[] y, String part, int from) {
        int i = s.indexOf(part, from);
        if (i < 0) {
            return false;
        }
        int e = i + part.length();
        boolean any = false;
        for (int k = 0; k < t.count && t.start[k] < e; k++) {
            if (t.start[k] >= i && t.end[k] <= e + 1 && Character.isLetter(t.word[k].charAt(0))) {
                any = true;
                int l = y[k];
                if (l != RefLabel.TITLE && l != RefLabel.CONTAINER && l != RefLabel.PUBLISHER && l != RefLabel.PLACE) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * A lone initial after a family name in capitals closed by its period, before the container, heads the journal's
     * name ("B. LUND et C. W. MARSH. J. S. Afr. Chem. Inst. 28", "... et R. ROUX. C. R. Acad. Sci."): the model ran the
     * names on into it (and may have begun the container one abbreviation late). The initial (and that abbreviation)
     * go to the container.
     */
    static void initialHeadsJournal(ModelTokens t, int[] y) {
        int[] a = LabelSpans.span(y, RefLabel.AUTHOR);
        if (a == null || a[1] < 2 || a[1] + 1 >= t.count) {
            return;
        }
        int k = a[1];
        String prev = t.word[k - 1];
        int c = k + 1;
        if (c + 1 < t.count && y[c] == RefLabel.TITLE && t.word[c].endsWith(".") && y[c + 1] == RefLabel.CONTAINER) {
            c++; // "J. | S. | Afr. Chem.": the model began the container a word late
        }
        if (AuthorScanner.isInitial(t.word[k]) && y[c] == RefLabel.CONTAINER && prev.length() > 3
                && prev.endsWith(".") && !AuthorScanner.isInitial(prev) && Character.isLetter(prev.charAt(0))
                && prev.chars().filter(Character::isLowerCase).count() == 0) {
            for (int j = k; j < c; j++) {
                y[j] = RefLabel.CONTAINER;
            }
        }
    }
}
