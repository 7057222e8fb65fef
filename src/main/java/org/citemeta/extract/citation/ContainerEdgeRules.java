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
}
