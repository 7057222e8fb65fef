package org.citemeta.extract.citation;

/**
 * Rules on where a container (a journal, a book, a meeting's proceedings) begins and ends, and on what is its volume,
 * for forms the earlier rules leave. Each rule was measured alone on both evaluation corpora (see the citation
 * README, tenth session, helper S).
 */
final class SourceSpanRules {
    private SourceSpanRules() {
    }

    /** Development switch: rule names to leave off (-Dssr.off=a,b). Removed before the last commit. */
    static final java.util.Set<String> OFF = java.util.Set.of(System.getProperty("ssr.off", "").split(","));

    /**
     * A year that ends the container, after a space, and that the reference writes once more after it, names the
     * meeting or the book: "Quiet Harbours 2019, 2019.", "Lund Crane Congress 2007, v. 2, pp. 11-19, 2007". The
     * year of publication follows it. Where the container's final number is the reference's year, the separator
     * before it is a space and the same year stands as a word later in {@code s}, the year stays in the container.
     */
    static boolean yearNamesContainer(String container, String year, String s) {
        if (OFF.contains("yearNamesContainer") || s == null || year == null || !container.endsWith(" " + year)) {
            return false;
        }
        int at = s.indexOf(container);
        if (at < 0) {
            return false;
        }
        return wordAt(s, year, at + container.length()) >= 0;
    }

    /** Where {@code w} next stands in {@code s} from {@code from} as a word (no letter or digit glued on), or -1. */
    static int wordAt(String s, String w, int from) {
        for (int i = s.indexOf(w, from); i >= 0; i = s.indexOf(w, i + 1)) {
            int e = i + w.length();
            if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
                return i;
            }
        }
        return -1;
    }
}
