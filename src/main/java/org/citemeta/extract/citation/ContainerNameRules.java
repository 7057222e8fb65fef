package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Rules on what the container's name is made of, written from the GROBID corpus's development errors: what is read
 * as a container and is no journal's or book's name (a laboratory's report number).
 */
final class ContainerNameRules {

    private ContainerNameRules() {
    }

    private static final Pattern IDENTIFIER_HEAD = Pattern.compile("[A-Z][A-Z0-9]*(?:\\s*-\\s*[A-Z0-9]+)*\\s*-");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9]*(?:\\s*-\\s*[A-Z0-9]+){2,}");

    /**
     * A laboratory's or a collaboration's report number ("QUIETLAB-PUB-82-059-THY", "HARB -CONF-2015-055",
     * "QINR -P2-8069") is no container: a container made of capital letters and digits joined by hyphens, that ends
     * in a hyphen (the first pieces of the number, the model reading the digits as something else) or has at least
     * three pieces and a digit, is none. On the assembled container.
     */
    static String identifierIsNoContainer(String container) {
        if (container == null) {
            return null;
        }
        String c = container.strip();
        if (IDENTIFIER_HEAD.matcher(c).matches() || IDENTIFIER.matcher(c).matches() && c.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return container;
    }
    /**
     * A journal's head glued to the word before it, which the model left in the title ("LivingQuay .Harbours 17",
     * "RussianMath .Quays 30", "Differen-tialGeom .Appl .,25", "IEEETransactions onCranes 51"): where spaces are
     * missing, a journal whose first word is a qualifier ("Living", "Russian", "IEEE") shows as one word whose last
     * capitalised part is a journal's word ("Rev", "Math", "Geom", "Transactions"). That word, standing alone after a
     * comma, a sentence's end or at the start of the title, right before the container (a lone period between), is
     * the container's head.
     */
    static void gluedJournalHead(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0) {
            return;
        }
        int k = c[0] - 1;
        if (t.word[k].equals(".") && k > 0) {
            k--;
        }
        if (y[k] != RefLabel.TITLE && y[k] != RefLabel.O && !(k == 0 && y[k] == RefLabel.AUTHOR)) {
            return; // the title's word, an unlabelled one, or a reference's first word read as a name
        }
        String w = t.word[k];
        int cut = -1;
        for (int i = w.length() - 2; i > 0; i--) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i + 1)) && Character.isLetter(w.charAt(i - 1))) {
                cut = i;
                break;
            }
        }
        if (cut < 0 || w.chars().anyMatch(Character::isDigit)) {
            return;
        }
        String part = w.substring(cut);
        if (!part.chars().allMatch(Character::isLetter)
                || !Abbreviations.isJournalWord(part) && !ContainerRules.journalWords(part)) {
            return;
        }
        int b = k - 1;
        boolean alone = b < 0 || y[b] != RefLabel.TITLE && !Character.isLetterOrDigit(t.word[b].charAt(0))
                || t.word[b].equals(",") || t.word[b].equals(".") || t.word[b].endsWith(".") && t.word[b].length() > 3;
        if (b >= 0 && y[b] != RefLabel.TITLE && Character.isLetterOrDigit(t.word[b].charAt(0))) {
            alone = true; // the title's first word
        }
        if (!alone) {
            return;
        }
        for (int j = k; j < c[0]; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    private static final Pattern STATUS = Pattern.compile(
            "(?iu)submitted|accepted|in\\s*press|sous\\s*presse|à\\s*paraître|this\\s*issue|to\\s*appear|forthcoming|in\\s*prep(?:aration|\\.)?");

    /**
     * A paper cited by its journal and its state alone, without title, volume or pages ("Holm K., 2018, QuJS,
     * submitted", "K. LUND. Quarry. À paraître.", "1999, Q&QS ( in press )"): the one to three capitalised words
     * that the model read as the title, right before the note of the state, are the journal's name, and the note is
     * no title. Only where nothing else is the container and the title's words end at the note.
     */
    static void journalBeforeStatus(ModelTokens t, int[] y) {
        if (LabelSpans.span(y, RefLabel.CONTAINER) != null) {
            return;
        }
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (ti == null) {
            return;
        }
        int words = 0;
        int k = ti[0];
        for (; k < t.count && (k <= ti[1] || y[k] == RefLabel.O); k++) {
            String w = t.word[k];
            if (status(t, k)) {
                break;
            }
            if (Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0)) || ++words > 3) {
                    return;
                }
            } else if (!w.equals("&") && !w.equals(".")) {
                if (!(w.equals(",") || w.equals("(")) || k + 1 >= t.count || !status(t, k + 1)) {
                    return;
                }
            }
        }
        if (words == 0 || k >= t.count || !status(t, k)) {
            return;
        }
        for (int j = ti[0]; j < k; j++) {
            y[j] = Character.isLetter(t.word[j].charAt(0)) || t.word[j].equals("&") && j + 1 < k && Character.isLetter(t.word[j + 1].charAt(0))
                    ? RefLabel.CONTAINER : RefLabel.O;
        }
        for (int j = k; j < t.count; j++) {
            if (y[j] == RefLabel.TITLE) {
                y[j] = RefLabel.O;
            }
        }
    }

    private static boolean status(ModelTokens t, int k) {
        String w = t.word[k].replaceAll("\\.$", "");
        if (STATUS.matcher(w).matches()) {
            return true;
        }
        return k + 1 < t.count && STATUS.matcher(w + " " + t.word[k + 1].replaceAll("\\.$", "")).matches();
    }

    /** The reference notes the state of a paper right after its container ("QuJS, submitted"): see {@link #journalBeforeStatus}. */
    static boolean statusAfter(String s, String container) {
        int at = s.indexOf(container);
        if (at < 0) {
            return false;
        }
        String rest = s.substring(at + container.length()).replaceFirst("^[\\s.,(]+", "");
        java.util.regex.Matcher m = STATUS.matcher(rest);
        return m.lookingAt();
    }

    /**
     * The title that the rules' own reading gives, where it is the container followed by the note of the state
     * ("Q&QS (submitted)(Paper V)"), is no title: see {@link #journalBeforeStatus}.
     */
    static String statusIsNoTitle(String title, String container) {
        if (title == null || container == null || !title.startsWith(container)) {
            return title;
        }
        return statusAfter(title, container) ? null : title;
    }
}
