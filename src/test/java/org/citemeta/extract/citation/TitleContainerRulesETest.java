package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title / container rules of {@link TitleContainerRulesE}, on invented references. */
class TitleContainerRulesETest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldReadTheTitlesLastSentenceBeforeTheNumbersAsTheJournal() {
        ParsedReference r = PARSER.parse("Marta, L. (2011). Une étude de la lumière dans les vieilles maisons de campagne. "
                + "Les cahiers de la lumière(23), pp. 61-76.");
        assertEquals("Une étude de la lumière dans les vieilles maisons de campagne", r.title());
        assertEquals("Les cahiers de la lumière", r.containerTitle());
    }
}
