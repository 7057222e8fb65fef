package org.citemeta.extract.citation;

/**
 * Cutting a set of characters off the end of a string in linear time. A regular expression {@code "[set]+$"} tries
 * every position of a run of those characters and fails at each until the run's end: its cost grows with the square of
 * a run that does not end the string (a title of 15,000 "; " took 30 s in {@code RuleFieldLabeller}, sixteenth
 * session of 7 Dec 2026; {@code ReferenceParserFuzzTest}).
 */
final class Ends {
    /** What {@code \s} of java.util.regex matches. */
    static final String SPACE = " \t\n\u000B\f\r";

    private Ends() {
    }

    /** {@code s} without the characters of {@code set} that end it. */
    static String cutTrailing(String s, String set) {
        int e = s.length();
        while (e > 0 && set.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }
}
