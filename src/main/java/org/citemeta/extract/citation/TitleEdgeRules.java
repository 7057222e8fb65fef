package org.citemeta.extract.citation;

/**
 * Rules on where the title begins and ends, run by {@link ModelFieldLabeller#assemble} after the model's labels: a
 * title that is only numbers, a title the model ended on a connector before the end of its sentence, a title cut inside
 * the enumeration that ends it, a title cut before the arguments glued to its last word ("W(2, 3p - 1)-algebras").
 */
final class TitleEdgeRules {
    private TitleEdgeRules() {
    }

    /** A run of two letters: a word (also of a CJK title), which numbers and their single letters ("2 b") lack. */
    private static final java.util.regex.Pattern TWO_LETTERS = java.util.regex.Pattern.compile("\\p{L}{2}");

    /** Two numbers apart, a space or a mark between them: "2 b, 244", "2a, 1-2" (not "1Q84"). */
    private static final java.util.regex.Pattern TWO_NUMBERS = java.util.regex.Pattern.compile("\\d\\D*[\\s\\p{P}]\\D*\\d");

    /** A volume and its part letter opening the string: "3 b", "2a, 1-2" (a lower-case letter, so not "1Q84"). */
    private static final java.util.regex.Pattern PART_LETTER = java.util.regex.Pattern.compile("^\\d+\\s?\\p{Ll}(?!\\p{L})");

    /**
     * A title that is only numbers, with single letters at most, is none: in "(Z. Quietforschg. 2 b, 244-251 [1947];"
     * the model read the volume, the part letter and the pages as the title once the journal was cut off. A title has a
     * word of two letters at least, or is one number (a novel may be called "334" or "1984"); a string of two numbers
     * or more and no such word is the numbers of the reference, and so is a volume with its part letter ("3 b", left
     * when the journal and the pages were read apart). Applied to the title string once the model's and the rules'
     * titles are settled.
     */
    static String numbersAreNoTitle(String title) {
        if (title == null || TWO_LETTERS.matcher(title).find()
                || !TWO_NUMBERS.matcher(title).find() && !PART_LETTER.matcher(title).find()) {
            return title;
        }
        return null;
    }

    /** Lower-case words that cannot end a title: articles, prepositions, conjunctions, "using". */
    private static final java.util.Set<String> OPEN_END = java.util.Set.of("of", "the", "and", "for", "on", "in", "to",
            "with", "a", "an", "by", "at", "from", "into", "using", "via", "under", "through", "between", "as", "or",
            "than", "toward", "towards", "over", "about", "upon", "within", "without", "during", "among", "against", "its",
            "their", "de", "des", "du", "der", "die", "und", "et", "la", "le", "les", "für", "zur", "zum");

    /**
     * A title does not end on "of", "by", "using" ...: where the model ends the title on such a lower-case word and
     * leaves the words after it, up to the end of the sentence, without a field ("... cyclone activity by | 1 June.
     * Wea. Forecasting", "A critical survey of | \"bias\" in nlp. In ACL"), or begins the container with them and
     * begins it again after that sentence end ("... transaction models using | ACTA. ACM Transactions on ..."), those
     * words are the title's. The sentence ends at a word that ends one with its period, a period alone, a comma,
     * semicolon or colon (an acronym's period ends it too); eight tokens at most, a word among them, no parenthesis, no "In" first; a closing quote
     * at the end stays out.
     */
    static void openTitleEnd(ModelTokens t, int[] y) {
        int last = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (last < 0 || last + 1 >= t.count || !OPEN_END.contains(t.word[last])) {
            return;
        }
        int first = last + 1;
        int label = y[first];
        if (label != RefLabel.O && label != RefLabel.CONTAINER
                || t.word[first].equalsIgnoreCase("in") || t.word[first].equalsIgnoreCase("in:")) {
            return;
        }
        int end = -1; // last token taken
        boolean word = false;
        for (int k = first; k < t.count && k <= last + 8; k++) {
            String w = t.word[k];
            if (y[k] != label || w.equals("(") || w.equals(")") || w.equals("[") || w.equals("]")) {
                return;
            }
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") && !t.glued(k)) {
                end = k - 1;
                break;
            }
            word |= Character.isLetter(w.charAt(0));
            if (TitleRules.sentenceEnd(w) || w.endsWith(".") && (Character.isLowerCase(w.charAt(0)) || acronym(w))) {
                end = k;
                break;
            }
        }
        if (end < first || !word) {
            return;
        }
        if (label == RefLabel.CONTAINER && (end + 1 >= t.count || y[end + 1] != RefLabel.CONTAINER)) {
            return; // the container is those words alone
        }
        while (end >= first && (t.word[end].equals("\"") || t.word[end].equals("'"))) {
            end--;
        }
        for (int k = first; k <= end; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    /** The words that join the last member of an enumeration: "and", "&", "und", "et". */
    private static final java.util.Set<String> AND = java.util.Set.of("and", "&", "und", "et");

    /** A company's word: "Co.", "Company", "Inc.", "Ltd", "Sons", "Press". */
    private static final java.util.regex.Pattern COMPANY = java.util.regex.Pattern.compile(
            "(?:Co|Company|Inc|Ltd|Corp|GmbH|Verlag|Press|Sons?|Bros|Brothers)\\.?");

    /**
     * A title that lists things does not end inside its list: in "Conspiracy and Quiet: Studies in Holm | , Berg,
     * Lund, and Quist. Lundton: Harbour Press" or "... The Quiet Psychology of Cranes | , Ballads, and Counting-Out
     * Rhymes, New Lund 1995" the model ended the title at the first comma and read the members after it as a place or
     * publisher (or nothing): where the title ends on a word and a comma, and one to five comma groups of capitalised
     * words (four at most, no digit) follow, the last of them joined by "and" or "&" and ended by a comma, a period or
     * the end, the groups are the title's. Where the model read a publisher or place in them, another publisher or
     * place must follow them (the book's imprint is elsewhere: "..., Springer, Berlin and Heidelberg, 2005" is one);
     * where it read a container, another container must follow.
     */
    static void enumerationTail(ModelTokens t, int[] y) {
        int last = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (last < 1) {
            return;
        }
        int comma = t.word[last].equals(",") ? last : last + 1;
        if (comma >= t.count || !t.word[comma].equals(",") || !Character.isLetterOrDigit(t.word[comma - 1].charAt(0))
                || t.word[comma - 1].endsWith(".")) {
            return;
        }
        int k = comma + 1;
        int end = -1;
        boolean imprint = false;
        boolean container = false;
        for (int groups = 0; groups < 5 && end < 0; groups++) {
            int words = 0;
            boolean joined = false;
            boolean closed = false; // the group ends the sentence with its last word's period
            int g = k;
            for (; g < t.count && !t.word[g].equals(","); g++) {
                String w = t.word[g];
                int label = y[g];
                if (label != RefLabel.O && label != RefLabel.TITLE && label != RefLabel.PUBLISHER
                        && label != RefLabel.PLACE && label != RefLabel.CONTAINER || LabelSpans.hasDigit(w)) {
                    return;
                }
                if (w.equals(".") && !t.glued(g)) {
                    closed = true;
                    break;
                }
                if (AND.contains(w)) {
                    joined |= words > 0 || groups > 0;
                } else if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
                    return;
                } else {
                    words++;
                }
                imprint |= label == RefLabel.PUBLISHER || label == RefLabel.PLACE;
                container |= label == RefLabel.CONTAINER;
                if (COMPANY.matcher(w).matches()) {
                    return; // "Little, Brown, and Company": a publisher
                }
                if (w.endsWith(".")) {
                    closed = true;
                    if (w.length() <= 2 && !(joined && words == 2)) {
                        return; // an initial, not the last member of a list ("HII, PH and D."): names
                    }
                    break;
                }
            }
            if (words == 0 || words > 4) {
                return;
            }
            if (joined) {
                end = closed && t.word[g].equals(".") ? g - 1 : Math.min(g, t.count) - (closed ? 0 : 1);
            } else if (closed || g >= t.count) {
                return;
            }
            k = g + 1;
        }
        if (end < 0) {
            return;
        }
        boolean imprintAfter = false;
        boolean containerAfter = false;
        for (int j = end + 1; j < t.count; j++) {
            imprintAfter |= y[j] == RefLabel.PUBLISHER || y[j] == RefLabel.PLACE;
            containerAfter |= y[j] == RefLabel.CONTAINER;
        }
        if (imprint && !imprintAfter || container && !containerAfter) {
            return;
        }
        for (int j = comma; j <= end; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /**
     * The arguments written right after a title's last word, glued to it, belong to the title: "... intertwining
     * operators and W(2, 3p - 1)-algebras J. Quiet Phys.", "... in the minimal models QM(1,p ) Nucl. Harb. B",
     * "Integrable representations of U q (qsp(1, 2n)). J. Quiet Algebra" (the model read their numbers as a volume or
     * issue and ended the title at the word). Where a "(" is glued to the title's last word and closes within eight
     * tokens, with a comma and no year inside, the parenthesis is the title's, with the word glued after it
     * ("-algebras") and the ")" that closes a parenthesis the title opened.
     */
    static void gluedArguments(ModelTokens t, int[] y) {
        int last = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (last < 0 || last + 3 >= t.count || !t.glued(last) || !t.word[last + 1].equals("(")
                || !Character.isLetter(t.word[last].charAt(t.word[last].length() - 1))) {
            return;
        }
        int close = -1;
        boolean comma = false;
        for (int k = last + 2; k < t.count && k <= last + 9; k++) {
            String w = t.word[k];
            if (w.equals(")")) {
                close = k;
                break;
            }
            if (w.equals("(") || y[k] == RefLabel.YEAR || NumberRules.PLAUSIBLE_YEAR.matcher(w).matches()) {
                return;
            }
            comma |= w.equals(",");
        }
        if (close < 0 || !comma) {
            return;
        }
        int end = close;
        // "-algebras": what is glued after the ")" goes on with the word
        while (end + 1 < t.count && t.glued(end) && (t.word[end + 1].equals("-")
                || Character.isLetter(t.word[end + 1].charAt(0)) && t.word[end].equals("-"))) {
            end++;
        }
        if (t.word[end].equals("-")) {
            end--;
        }
        int open = 0;
        for (int k = LabelSpans.first(t, y, RefLabel.TITLE); k <= last; k++) {
            open += t.word[k].equals("(") ? 1 : t.word[k].equals(")") ? -1 : 0;
        }
        if (open > 0 && end == close && end + 1 < t.count && t.word[end + 1].equals(")")) {
            end++;
        }
        for (int k = last + 1; k <= end; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    /** An acronym of three capitals or more with its period ("ACTA.", "QUIET."): it ends a sentence. */
    private static boolean acronym(String w) {
        String bare = w.substring(0, w.length() - 1);
        return bare.length() >= 3 && bare.chars().allMatch(Character::isUpperCase);
    }
}
