package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * The one exact month-name matcher of the reference parser: full and abbreviated English month names ("jan",
 * "January", "Sep", "Sept", "September" ...) and the full French ones that the container trimming had always
 * known ("janvier", "février", "mars" ... "décembre"), each with an optional final period, case-insensitive. Exact
 * words only: "decimal", "market", "Marx", "Mayo" or "Junior" are no months. Seasons are a separate fragment.
 * ({@code ReferenceFeatures} keeps its own month set: it is a model feature, changing it means retraining.)
 */
final class Months {
    private Months() {
    }

    /** English month names, full or abbreviated; lower case, for a {@code (?i)} pattern; no period. */
    static final String ENGLISH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** French month names, full. */
    static final String FRENCH = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
    /** An English month name with an optional final period (see {@link #NAME}). */
    static final String ENGLISH_NAME = ENGLISH + "(?![\\p{L}])\\.?";
    /**
     * A month name (English or French) with an optional final period, as a regex fragment for a {@code (?i)} pattern. It does not check
     * what follows: a caller that finds (rather than matches) puts {@code (?![\p{L}])} or an end after it.
     */
    static final String NAME = "(?:" + ENGLISH + "|" + FRENCH + ")(?![\\p{L}])\\.?";
    /** Season words that date an issue like a month ("Spring 2004"). */
    static final String SEASON = "(?:spring|summer|autumn|fall|winter)(?![\\p{L}])\\.?";

    private static final Pattern WORD = Pattern.compile("(?iu)" + NAME);

    /** Whether the whole word (a token, with or without its final period) is a month name. */
    static boolean isMonth(String word) {
        // (the cheap look first: a month name is 3 to 10 characters with its period and opens with one of these)
        return word != null && word.length() >= 3 && word.length() <= 10 && "jfmasondJFMASOND".indexOf(word.charAt(0)) >= 0
                && WORD.matcher(word).matches();
    }
}
