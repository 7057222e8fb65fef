package org.citemeta.extract.citation;

/**
 * Small helpers on the model's token labels shared by the rules of {@link ModelFieldLabeller#assemble}: the first,
 * last and runs of a label, the word before a token, separators, digits.
 */
final class LabelSpans {
    private LabelSpans() {
    }

    static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCivxlc]+");

    /** The last word token before k, or -1. */
    static int wordBefore(ModelTokens t, int k) {
        int b = k - 1;
        while (b >= 0 && !Character.isLetterOrDigit(t.word[b].charAt(0))) {
            b--;
        }
        return b;
    }

    /**
     * The container's first words [from, k) go back to the title ("... semimetal Qa 3 Br. | Science"): to the title
     * when a title ends right before them (only punctuation between, which joins it), else to no field.
     */
    static void containerHeadToTitle(ModelTokens t, int[] y, int from, int k) {
        int prev = from - 1;
        while (prev >= 0 && y[prev] == RefLabel.O && !Character.isLetterOrDigit(t.word[prev].charAt(0))) {
            prev--;
        }
        int to = prev >= 0 && y[prev] == RefLabel.TITLE ? RefLabel.TITLE : RefLabel.O;
        for (int j = from; j < k; j++) {
            if (y[j] == RefLabel.CONTAINER || to == RefLabel.TITLE && y[j] == RefLabel.O) {
                y[j] = to;
            }
        }
        if (to == RefLabel.TITLE) {
            for (int j = prev + 1; j < from; j++) {
                y[j] = RefLabel.TITLE;
            }
        }
    }

    static boolean digits(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether the word is a day of a month: one or two digits, 1 to 31. */
    static boolean day(String w) {
        return w.length() <= 2 && digits(w) && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    /** The word in lower case without its final period. */
    static String bare(String w) {
        String b = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return b.toLowerCase(java.util.Locale.ROOT);
    }

    /** A separator between fields: ",", ";", ":" or a period followed by a space (not the OCR ".Rev" of "Phys .Rev"). */
    static boolean separator(ModelTokens t, int k) {
        String w = t.word[k];
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") && !t.glued(k);
    }

    static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** First and last token of the first run of a label (other labels may not interrupt; O tokens may). */
    static int[] span(int[] y, int label) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < y.length; k++) {
            if (y[k] == label) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            } else if (first >= 0 && y[k] != RefLabel.O) {
                break;
            }
        }
        return first < 0 ? null : new int[]{first, last};
    }

    /** The last token of the first run of a label (O tokens may interrupt it, other labels end it), or -1. */
    static int firstRunEnd(int[] y, int label) {
        int[] s = span(y, label);
        return s == null ? -1 : s[1];
    }

    /**
     * A word that may name a place: capitalised, two letters at least, no digit or apostrophe, not matched by
     * {@code notPlace} (the caller's words that are no place), with a lower-case letter ("Nicosia") or, where
     * {@code stateCode}, of two capitals ("OR", a state); not an acronym.
     */
    static boolean placeWord(String w, java.util.regex.Pattern notPlace, boolean stateCode) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || notPlace.matcher(w).matches()) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) || c == '\'' || c == '’') {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower || stateCode && w.length() == 2;
    }

    /** The first token with {@code label}, or -1. */
    static int first(ModelTokens t, int[] y, int label) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == label) {
                return k;
            }
        }
        return -1;
    }

    /** The last token with {@code label}, or -1. */
    static int last(ModelTokens t, int[] y, int label) {
        for (int k = t.count - 1; k >= 0; k--) {
            if (y[k] == label) {
                return k;
            }
        }
        return -1;
    }

    /** The tokens [from, to] are a book's imprint "Place: Publisher": place before the colon, publisher after it. */
    static void imprint(int[] y, int from, int colon, int to) {
        for (int j = from; j < colon; j++) {
            y[j] = RefLabel.PLACE;
        }
        y[colon] = RefLabel.O;
        for (int j = colon + 1; j <= to; j++) {
            y[j] = RefLabel.PUBLISHER;
        }
    }

    /**
     * The container [c[0], c[1]] ends before token {@code v}: the tokens from {@code v} to its end, and the commas and
     * hyphens right before {@code v} (not the container's first token), get no field.
     */
    static void unlabelContainerFrom(ModelTokens t, int[] y, int[] c, int v) {
        int e = v;
        while (e - 1 > c[0] && (t.word[e - 1].equals(",") || t.word[e - 1].equals("-"))) {
            e--;
        }
        for (int j = e; j <= c[1]; j++) {
            y[j] = RefLabel.O;
        }
    }

    /** The last token of the run of tokens labelled as token {@code k} is, from {@code k} on. */
    static int runEnd(int[] y, int k) {
        int e = k;
        while (e + 1 < y.length && y[e + 1] == y[k]) {
            e++;
        }
        return e;
    }

    /** Whether the tokens from {@code k} on, glued to each other, spell {@code w} ("KDM" "7" spell "KDM7"). */
    static boolean gluedRunStarts(ModelTokens t, int k, String w) {
        StringBuilder b = new StringBuilder();
        for (int j = k; j < t.count && b.length() < w.length(); j++) {
            b.append(t.word[j]);
            if (!w.startsWith(b.toString())) {
                return false;
            }
            if (b.length() == w.length()) {
                return true;
            }
            if (!t.glued(j)) {
                return false;
            }
        }
        return false;
    }

    static int index(ModelTokens t, int[] y, int label) {
        for (int k = 0; k < t.count; k++) {
            String w = t.word[k];
            // a number, not an identifier the model labelled ("10.1007/JHEP01(2015)073")
            // (a capital glued to a number is a section letter or page prefix, not a Roman numeral: "Grav .18 L95")
            if (y[k] == label && (hasDigit(w) && w.length() <= 12 && w.indexOf('/') < 0
                    || ROMAN.matcher(w).matches() && !(t.glued(k) && Character.isDigit(t.word[k + 1].charAt(0))))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code s} opens the bracket {@code open} more often than it closes it with {@code close}. */
    static boolean leavesOpen(String s, char open, char close) {
        return s.chars().filter(c -> c == open).count() > s.chars().filter(c -> c == close).count();
    }
}
