package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules on which span of the model's container labels is the container, written from the GROBID corpus's development
 * errors (eighth session of 6 Dec 2026). The container is the first run of container labels (other labels end a run,
 * unlabelled tokens do not): where the model gave a piece of the title the container's label too, that piece wins
 * over the journal named after it. Called once, from {@link ModelFieldLabeller#assemble}, after the other token rules
 * and before the fields are read from the labels.
 */
final class ContainerSpanRules {

    private ContainerSpanRules() {
    }

    /** All rules of the class, in their order. */
    static void apply(ModelTokens t, int[] y) {
        titlePieceBeforeJournal(t, y);
        parenthesisAfterJournal(t, y);
        titleGroupBeforeKnownJournal(t, y);
    }

    /** Words that number a part of a journal and never make a journal's name alone. */
    private static final Pattern NUMBERING_WORD = Pattern.compile(
            "(?i)suppl\\.?|supplement|vol\\.?|volume|no\\.?|nr\\.?|issue|part|chapter|ch\\.?|heft|band|bd\\.?|tome|fasc\\.?");

    /**
     * A piece of the title that the model read as a container, before the journal that the numbers follow: "...
     * arthritis. IV. | Granulocyte | /macrophage colony-stimulating factor ... J Exp Med 1989; 170:865", "... string
     * gravity. | II | . Linear stability, Phys. Rev. D 57, 10 (1998)", "Topical Issue on Nuclear | Symmetry Energy |,
     * edited by ..., Eur. Phys. J. A, 50 (2014) 9". Where the model's container labels make two runs or more (a run
     * ends at another field's label), and a later run is the first one followed by the journal's numbers (the volume,
     * issue or pages, or the year and then one of them) while the runs before it are not, the runs before it are no
     * container: they are the title's where a title word comes right before them (unlabelled words between, but no
     * comma, semicolon or quotation mark) or right after them (unlabelled tokens between), else no field's. The run
     * chosen must be a journal's name (a known one, or with a periodical's word or a journal abbreviation: not the
     * publisher or place of a book) and have a word of three letters or more that is no numbering word ("Suppl",
     * "Vol."); nothing changes
     * where a run before it is itself a known journal (two references in one string).
     */
    static void titlePieceBeforeJournal(ModelTokens t, int[] y) {
        List<int[]> runs = runs(y, RefLabel.CONTAINER);
        if (runs.size() < 2) {
            return;
        }
        int chosen = -1;
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            if (numbersAfter(t, y, r[1])) {
                if (i > 0 && nameWord(t, y, r) && journal(t, r)) {
                    chosen = i;
                }
                break;
            }
        }
        if (chosen <= 0) {
            return;
        }
        for (int i = 0; i < chosen; i++) {
            int[] r = runs.get(i);
            if (Journals.known(t, r[0], r[1])) {
                return;
            }
        }
        for (int i = 0; i < chosen; i++) {
            int[] r = runs.get(i);
            int label = titleBefore(t, y, r[0]) || titleAfter(y, r[1]) ? RefLabel.TITLE : RefLabel.O;
            for (int k = r[0]; k <= r[1]; k++) {
                if (y[k] == RefLabel.CONTAINER) {
                    y[k] = label;
                }
            }
        }
    }

    /** Words that a parenthesis after a journal holds without being part of its name: a language, a medium, a supplement. */
    private static final Pattern NOTE_WORD = Pattern.compile(
            "(?i)in|japanese|chinese|korean|russian|german|french|english|spanish|italian|portuguese|polish|czech|"
            + "turkish|ukrainian|dutch|swedish|abstracts?|online|print|electronic|suppl\\.?|supplement|special|issue|"
            + "review|letter|editorial|erratum|submitted|accepted|preprint");

    /**
     * A journal's name goes on into the parenthesis right after it, before the numbers: "Ann. Phys. (N.Y.) 297, 27",
     * "Clin Endocrinol (Oxf) 2000; 52:211", "Phys. Stat. Sol. (a) 101, 223", "Journal of Quiet Disclosure (Kokai
     * Harbo) No. 87-6199", "Journal of Quiet Research (Planets), 121, 1627". Where the container, a journal's name (a
     * known one, or with a periodical's word or a journal abbreviation), ends right before "(", the parenthesis holds one
     * to three tokens that the model gave no field or read as a place, publisher or editors, the first a capitalised
     * word or a single lower-case letter, no digit, month or note's word ("in", a language, "Suppl", "Online"), and the
     * volume, issue, pages or year come next (unlabelled tokens between), the parenthesis is the container's.
     */
    static void parenthesisAfterJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 3 >= t.count || !t.word[c[1] + 1].equals("(") || !journal(t, c)) {
            return;
        }
        int close = -1;
        for (int k = c[1] + 2; k < t.count && k <= c[1] + 5; k++) {
            if (t.word[k].equals(")")) {
                close = k;
                break;
            }
            int l = y[k];
            if (l != RefLabel.O && l != RefLabel.PLACE && l != RefLabel.PUBLISHER && l != RefLabel.EDITOR
                    || LabelSpans.hasDigit(t.word[k]) || NOTE_WORD.matcher(t.word[k]).matches() || Months.isMonth(t.word[k])) {
                return;
            }
        }
        if (close < c[1] + 3) {
            return;
        }
        String first = t.word[c[1] + 2];
        boolean letter = first.length() == 1 && Character.isLowerCase(first.charAt(0));
        if (!letter && !(Character.isLetter(first.charAt(0)) && Character.isUpperCase(first.charAt(0)))) {
            return;
        }
        int n = nextLabelled(y, close);
        if (n < 0 || !number(y[n]) && y[n] != RefLabel.YEAR) {
            return;
        }
        for (int k = c[1] + 1; k <= close; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * A head that names a meeting, a book or a series: the comma group after it is no journal of its own. "In" only
     * where the head begins with it ("In: Quiet Cranes, ..."); inside a title ("transitions in QCT") it names nothing
     * (until the eleventh session of 7 Dec 2026 any "in" matched).
     */
    private static final Pattern MEETING_OR_BOOK = Pattern.compile(
            "(?i)(?:in\\b.*|.*\\b(?:proc|proceedings|conference|conf|symposium|workshop|congress|meeting|colloquium|book|"
            + "handbook|eds?|series|notes|vol|volume|lecture|lectures|studies|advances)\\b.*)");

    /**
     * The title's last comma group that the model ran into the container before a known journal: "... transitions in
     * | Quiet Cranes, | Phys. Rev. D 85 (2012)", "... in super harbourTheory: | Anisotropic Case ,| Phys .Rev .D62",
     * "2011. In Orbit Calibration Tests of Quiet Cranes, | Korean Journal of Remote Sensing, 27(3)". Where the
     * container as a whole is no known name, its words after its last comma are one (the journal list, {@link
     * Journals}), and the words before that comma have no periodical's word or journal abbreviation and name no
     * meeting, book or series, the words before the comma are the title's (where a title word comes before them with
     * only unlabelled words between, or the reference has no title), else no field's.
     */
    static void titleGroupBeforeKnownJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        if (Journals.known(t, c[0], c1)) {
            return;
        }
        int comma = -1;
        for (int k = c1 - 1; k > c[0]; k--) {
            if (t.word[k].equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || !Character.isUpperCase(t.word[comma + 1].charAt(0)) || !Journals.known(t, comma + 1, c1)) {
            return;
        }
        String head = t.text.substring(t.start[c[0]], t.end[comma - 1]);
        if (ContainerRules.journalWords(head) || MEETING_OR_BOOK.matcher(head).matches()) {
            return;
        }
        boolean title = titleBefore(t, y, c[0]) || LabelSpans.first(t, y, RefLabel.TITLE) < 0;
        for (int k = c[0]; k <= comma; k++) {
            y[k] = k < comma && title ? RefLabel.TITLE : RefLabel.O;
        }
    }

    /** The runs of a label: first and last token; unlabelled tokens inside a run do not end it, other labels do. */
    static List<int[]> runs(int[] y, int label) {
        List<int[]> out = new ArrayList<>();
        int[] cur = null;
        for (int k = 0; k < y.length; k++) {
            if (y[k] == label) {
                if (cur == null) {
                    cur = new int[]{k, k};
                    out.add(cur);
                } else {
                    cur[1] = k;
                }
            } else if (y[k] != RefLabel.O) {
                cur = null;
            }
        }
        return out;
    }

    /** The next labelled token after {@code k}, or -1. */
    private static int nextLabelled(int[] y, int k) {
        for (int j = k + 1; j < y.length; j++) {
            if (y[j] != RefLabel.O) {
                return j;
            }
        }
        return -1;
    }

    private static boolean number(int label) {
        return label == RefLabel.VOLUME || label == RefLabel.ISSUE || label == RefLabel.PAGES;
    }

    /** The volume, issue or pages follow the token (unlabelled tokens between), or the year and then one of them. */
    static boolean numbersAfter(ModelTokens t, int[] y, int end) {
        int n = nextLabelled(y, end);
        if (n < 0) {
            return false;
        }
        if (number(y[n])) {
            return true;
        }
        if (y[n] == RefLabel.YEAR) {
            int m = nextLabelled(y, n);
            return m >= 0 && number(y[m]);
        }
        return false;
    }

    /** The run is a journal's name: a known one, or with a periodical's word or a journal abbreviation. */
    private static boolean journal(ModelTokens t, int[] r) {
        int e = r[1];
        while (e > r[0] && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        return Journals.known(t, r[0], e) || ContainerRules.journalWords(t.text.substring(t.start[r[0]], t.end[e]));
    }

    /** The run has a container word of three letters or more that is no numbering word. */
    private static boolean nameWord(ModelTokens t, int[] y, int[] r) {
        for (int k = r[0]; k <= r[1]; k++) {
            if (y[k] != RefLabel.CONTAINER || NUMBERING_WORD.matcher(t.word[k]).matches()) {
                continue;
            }
            int letters = 0;
            for (int i = 0; i < t.word[k].length(); i++) {
                if (Character.isLetter(t.word[k].charAt(i))) {
                    letters++;
                }
            }
            if (letters >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A title word comes before token k, with only unlabelled words or periods between (no comma, semicolon, quote). */
    private static boolean titleBefore(ModelTokens t, int[] y, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (y[j] == RefLabel.TITLE) {
                return true;
            }
            if (y[j] != RefLabel.O) {
                return false;
            }
            String w = t.word[j];
            if (!w.equals(".") && !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A title word comes after token k, with only unlabelled tokens between. */
    private static boolean titleAfter(int[] y, int k) {
        int n = nextLabelled(y, k);
        return n >= 0 && y[n] == RefLabel.TITLE;
    }
}
