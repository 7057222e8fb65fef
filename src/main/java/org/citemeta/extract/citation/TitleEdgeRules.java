package org.citemeta.extract.citation;

/**
 * Rules on where the title begins and ends, run by {@link ModelFieldLabeller#assemble} after the model's labels: a
 * title that is only numbers, a title the model ended on a connector before the end of its sentence, a title cut inside
 * the enumeration that ends it.
 */
final class TitleEdgeRules {
    private TitleEdgeRules() {
    }

    /** A run of two letters: a word (also of a CJK title), which numbers and their single letters ("2 b") lack. */
    private static final java.util.regex.Pattern TWO_LETTERS = java.util.regex.Pattern.compile("\\p{L}{2}");

    /** Two numbers apart: "2 b, 244", "2a, 1-2". */
    private static final java.util.regex.Pattern TWO_NUMBERS = java.util.regex.Pattern.compile("\\d\\D+\\d");

    /**
     * A title that is only numbers, with single letters at most, is none: in "(Z. Quietforschg. 2 b, 244-251 [1947];"
     * the model read the volume, the part letter and the pages as the title once the journal was cut off. A title has a
     * word of two letters at least, or is one number (a novel may be called "334" or "1984"); a string of two numbers
     * or more and no such word is the numbers of the reference. Applied to the title string once the model's and the
     * rules' titles are settled.
     */
    static String numbersAreNoTitle(String title) {
        if (title == null || TWO_LETTERS.matcher(title).find() || !TWO_NUMBERS.matcher(title).find()) {
            return title;
        }
        return null;
    }
}
