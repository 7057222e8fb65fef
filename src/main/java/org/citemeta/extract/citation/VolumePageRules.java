package org.citemeta.extract.citation;

/**
 * Post-labelling rules about the volume, issue and pages as references write them (how a journal cited by volume and
 * year alone ends, how a letter glued after a volume's digits belongs to it, how journals numbered by month write
 * their issue), called from {@link ModelFieldLabeller#assemble}. Each is measured alone on both evaluation corpora
 * (see the citation README).
 */
final class VolumePageRules {
    private VolumePageRules() {
    }

    /**
     * A journal cited by its volume and year alone ("Lect. Notes Phys., 720 (2007).", "Phys. Rev. D 73 (2006).",
     * "Advances in Immunology, 57 (1989)") ends with that volume: where nothing is the volume, a single number of up
     * to three digits right after the container (a period or a comma between), followed by "(year)" and nothing after
     * but punctuation, that the model read as the page, is the volume. No other page is read. Not four digits: a
     * journal paginated through the year and cited without volume gives its page there ("Bull. Soc. Chim. Fr. 4169
     * (1969)", "Tetrahedron Lett. 3169 (1978)").
     */
    static void volumeBeforeFinalYear(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int k = -1;
        for (int j = 0; j < t.count; j++) {
            if (y[j] == RefLabel.PAGES && LabelSpans.hasDigit(t.word[j])) {
                if (k >= 0) {
                    return; // more than one page number
                }
                k = j;
            }
        }
        if (k < 1 || k + 3 >= t.count || !LabelSpans.digits(t.word[k]) || t.word[k].length() > 3) {
            return;
        }
        if (!t.word[k + 1].equals("(") || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches()
                || !t.word[k + 3].equals(")")) {
            return;
        }
        for (int j = k + 4; j < t.count; j++) {
            if (!t.word[j].equals(".") && !t.word[j].equals(";") && !t.word[j].equals(",")) {
                return;
            }
        }
        int c = k - 1;
        while (c >= 0 && (t.word[c].equals(".") || t.word[c].equals(","))) {
            c--;
        }
        if (c >= 0 && y[c] == RefLabel.CONTAINER) {
            y[k] = RefLabel.VOLUME;
        }
    }
}
