package org.citemeta.extract.citation;

/**
 * Rules on the issue number, written from the development errors of the GROBID corpus (issue 6): issues written
 * between the volume and a dated bracket, or alone in brackets after the year. Run on the assembled fields in
 * {@link ModelFieldLabeller#assemble}; each rule was measured alone on both corpora (session 7, helper d; the figures
 * are in the write-up /work/briefs/d-readme.md).
 */
final class IssueRules {

    private IssueRules() {
    }

    /**
     * The ACM way, volume, issue and then the month and year in brackets: "Commun. Harb. 31, 9 (Sept. 1988),
     * 1098-1115", "Proc. of the Quay Society 63, 9 (September 1975)". The number after the volume's comma is the issue,
     * not the first page; the pages are those after the bracket (none when nothing after it was read as pages).
     */
    static void issueBeforeMonthYear(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || f.issue != null) {
            return;
        }
        for (int k = 2; k + 4 < t.count; k++) {
            String n = t.word[k];
            if (n.length() > 3 || !LabelSpans.digits(n) || !t.word[k - 1].equals(",") || y[k - 2] != RefLabel.VOLUME
                    || !t.word[k + 1].equals("(") || !Months.isMonth(t.word[k + 2])) {
                continue;
            }
            int c = k + 3;
            while (c < t.count && c <= k + 6 && !t.word[c].equals(")")) {
                c++;
            }
            if (c >= t.count || !t.word[c].equals(")") || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[c - 1]).matches()) {
                return;
            }
            f.issue = n;
            if (n.equals(f.pageFirst)) {
                f.pageFirst = null;
                f.pageLast = null;
                for (int j = c + 1; j < t.count; j++) {
                    if (y[j] == RefLabel.PAGES && LabelSpans.digits(t.word[j])) {
                        f.pageFirst = t.word[j];
                        if (j + 2 < t.count && (t.word[j + 1].equals("-") || t.word[j + 1].equals("–"))
                                && LabelSpans.digits(t.word[j + 2])) {
                            f.pageLast = t.word[j + 2];
                        }
                        break;
                    }
                }
            }
            return;
        }
    }

    /**
     * The Vancouver way for a journal numbered by issue alone: "Clin Harb Res. 1977;(122):37-45". A number in brackets
     * right after the year and its semicolon, before the colon of the pages, is the issue; where it was read as the
     * volume, there is no volume. Only a number of three digits or more: a journal numbered by its issues alone
     * counts them in hundreds, while a small number there is a volume put in brackets ("Harbours. 2013; (5):1384-9").
     */
    static void parenIssueAfterYear(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 0; k + 5 < t.count; k++) {
            if (t.word[k].length() == 4 && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches() && t.word[k + 1].equals(";")
                    && t.word[k + 2].equals("(") && LabelSpans.digits(t.word[k + 3]) && t.word[k + 3].length() >= 3 && t.word[k + 4].equals(")")
                    && t.word[k + 5].equals(":")) {
                String n = t.word[k + 3];
                if (n.equals(f.volume)) {
                    f.volume = null;
                }
                if (f.issue == null) {
                    f.issue = n;
                }
                return;
            }
        }
    }
}
