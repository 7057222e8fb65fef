package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Kinds of names the engine missed on documents it had not seen (eighth session): subdivisions of European
 * countries, cities after postcodes, datelines in capitals, funders and names with their own commas.
 * All texts are invented.
 */
class UnseenDocumentTest {
    private static Set<String> mentions(String text) {
        return new EntityExtractor().extract(text).mentions().stream()
                .map(m -> m.type() + " " + m.text()).collect(Collectors.toSet());
    }

    @Test
    void subdivisionsOfEuropeanCountriesAreKnownPlaces() {
        Set<String> m = mentions("Hay meadows were sampled in Vorarlberg, Thurgau and Umbria, and later in Saarland.");
        assertTrue(m.contains("LOCATION Vorarlberg"), m::toString);
        assertTrue(m.contains("LOCATION Thurgau"), m::toString);
        assertTrue(m.contains("LOCATION Umbria"), m::toString);
        assertTrue(m.contains("LOCATION Saarland"), m::toString);
    }
}
