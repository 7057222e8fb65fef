package org.citemeta.extract.citation;

import static org.citemeta.extract.citation.LabelCodes.field;
import static org.citemeta.extract.citation.LabelCodes.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The rules of {@link JournalSpanRules}, on invented references. Where the model reads the invented string right, the
 * test gives the tokens the labels of the model's error by hand (two-letter codes as `ReferenceModelEval show` prints
 * them, "-" for none) and checks what {@link JournalSpanRules#apply} makes of them.
 */
class JournalSpanRulesTest {

    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldTakeTheHeadOfAKnownJournalReadAsNames() {
        ModelTokens t = ModelTokens.of("B. Q. STILLE. C. R. Acad. Sci. 251, 1123 (1960).");
        // the model read "C. R." as a second name and began the container at "Acad."
        int[] y = labels(t, "AU AU AU AU AU CO CO VO - PA - YE - -");
        JournalSpanRules.apply(t, y);
        assertEquals("C. R. Acad. Sci.", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldNotTakeTheTitlesLastWordAcrossItsSentenceEnd() {
        // "Breast Cancer Res" is a known journal, but "breast." ends the title's sentence
        ModelTokens t = ModelTokens.of("Lund K, Holm P. Quiet cranes in the harbour of the breast. Cancer Res 1999; 59:101-110.");
        int[] y = labels(t, "AU AU AU AU AU TI TI TI TI TI TI TI TI CO CO YE - VO - PA PA PA -");
        JournalSpanRules.apply(t, y);
        assertEquals("Cancer Res", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldGiveTheLastInitialBeforeAJournalBackToTheNames() {
        ParsedReference r = parser.parse("Quist, A.; Stille, B.; Tolland, C. Phys Rev B 1991, 44, 1201-1205.");
        assertEquals("Phys Rev B", r.containerTitle(), r.toString());
        // a journal that begins with an initial keeps it
        ParsedReference s = parser.parse("Tolland, C.; Quist, A. J. Phys. G 1980, 6, 101-109.");
        assertEquals("J. Phys. G", s.containerTitle(), s.toString());
    }

    @Test
    void shouldTakeTheLastWordsOfAKnownJournal() {
        ModelTokens t = ModelTokens.of("Quist, A. (2014). Calm waters. In: Nature methods 11, 211-219.");
        // the model ended the container after "Nature"
        int[] y = labels(t, "AU AU AU - YE - - TI TI - - CO - VO - PA PA PA -");
        JournalSpanRules.apply(t, y);
        assertEquals("Nature methods", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldReadAJournalHeadingTheReferenceBeforeItsBand() {
        ModelTokens t = ModelTokens.of("Journal f. stille Chemie. Band 41, Heft 2, 1971, S. 22-30");
        int[] y = labels(t, "AU AU AU PU - VO - - IS - YE - - PA PA PA");
        JournalSpanRules.apply(t, y);
        assertEquals("Journal f. stille Chemie.", field(t, y, RefLabel.CONTAINER));
        assertEquals(null, field(t, y, RefLabel.PUBLISHER));
        // names that begin with an initial stay names
        t = ModelTokens.of("A. Lund et B. Holm. Org. Quays Coll. Vol. 5, 373 (1973).");
        y = labels(t, "AU AU AU AU AU CO CO CO - VO - PA - YE - -");
        JournalSpanRules.apply(t, y);
        assertEquals("Org. Quays Coll.", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldReadAKnownJournalEndingVancouverNamesAsTheContainer() {
        ModelTokens t = ModelTokens.of("Lund K, Holm P, Berg N Biochemistry 1992; 31: 101-109.");
        // the model read the journal as one more name
        int[] y = labels(t, "AU AU AU AU AU AU AU AU AU YE - VO - PA PA PA -");
        JournalSpanRules.apply(t, y);
        assertEquals("Biochemistry", field(t, y, RefLabel.CONTAINER));
        t = ModelTokens.of("Quist et al Cell, 81:727-736 (1995)");
        y = labels(t, "AU AU AU AU - VO - PA PA PA - YE -");
        JournalSpanRules.apply(t, y);
        assertEquals("Cell", field(t, y, RefLabel.CONTAINER));
        // a family name that is no journal stays a name
        t = ModelTokens.of("Lund K, Holm P, Berg N Quist 1992; 31: 101-109.");
        y = labels(t, "AU AU AU AU AU AU AU AU AU YE - VO - PA PA PA -");
        JournalSpanRules.apply(t, y);
        assertEquals(null, field(t, y, RefLabel.CONTAINER));
    }
}
