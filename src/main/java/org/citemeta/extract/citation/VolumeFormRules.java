package org.citemeta.extract.citation;

/**
 * Post-labelling rules about the forms a volume (and the pages next to it) is written in that the model misreads: a
 * volume named by a letter or a Roman numeral after a volume word, a report's own number taken for a volume, ...
 * Called once from {@link ModelFieldLabeller#assemble} on the assembled fields ({@link #apply}). Each rule was
 * measured alone on both evaluation corpora (see the citation README).
 */
final class VolumeFormRules {
    private VolumeFormRules() {
    }

    /** The rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        numberedReport(t, f);
    }

    /** A word saying a document is one of a numbered series of reports or papers. */
    private static final java.util.regex.Pattern REPORT_WORD = java.util.regex.Pattern.compile(
            "(?i)report|paper|memorandum|memo|note");
    /** What may stand before the report word: a field's start, or the words of a kind of report. */
    private static final java.util.regex.Pattern REPORT_KIND = java.util.regex.Pattern.compile(
            "[,;:(.]|(?i:technical|tech\\.?|working|research|discussion|internal|scientific)");
    /** The word before such a document's number: "No.", "Nr.", "Number", "#". */
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("(?i)no\\.?|nr\\.?|number|#");

    /**
     * A report or working paper cites its own number after "No." ("Technical Report No. 217, Department of Silence",
     * "(Working Paper No. 4711). Quiet Bureau", "Report No. 1212, Harbour Board"): that number names the document, it
     * is no volume or issue of a periodical. Where a report word, at a field's start or after a word naming a kind of
     * report ("Technical", "Working"), is followed by a number word and digits, a volume or issue read from those
     * digits goes. A series named with the word keeps its number as the volume ("Quiet Planning Report No. 12").
     */
    static void numberedReport(ModelTokens t, LabelledFields f) {
        if (f.volume == null && f.issue == null) {
            return;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            if (!NUMBER_WORD.matcher(t.word[k]).matches() || !REPORT_WORD.matcher(t.word[k - 1]).matches()) {
                continue;
            }
            // a kind of report ("Technical Report No."), not a series named with the word ("Quiet Planning Report No. 12",
            // whose number is the series' volume)
            String kind = k >= 2 ? t.word[k - 2] : "(";
            if (!REPORT_KIND.matcher(kind).matches()) {
                continue;
            }
            int n = k + 1;
            if (n < t.count && t.word[n].equals(".")) {
                n++;
            }
            if (n >= t.count || !LabelSpans.digits(t.word[n])) {
                continue;
            }
            if (t.word[n].equals(f.volume)) {
                f.volume = null;
            }
            if (t.word[n].equals(f.issue)) {
                f.issue = null;
            }
        }
    }
}
