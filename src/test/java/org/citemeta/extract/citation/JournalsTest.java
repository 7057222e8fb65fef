package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JournalsTest {

    @Test
    void fullNamesAreAbbreviatedWithTheWordAbbreviationsOtherPairsUse() {
        List<String> derived = JournalVariants.variants(List.of(
                new String[] {"Widgets Theory", "Widg. Theory"},
                new String[] {"Annals of Widgets", "Ann. Widg."},
                new String[] {"Classical Widgets and Sprockets", "Classical Widgets Sprockets"}, // a list's own poor abbreviation
                new String[] {"Sprocket Letters", "Sprocket Lett."}));
        assertTrue(derived.contains("classical widg sprockets"), derived.toString());
        // "Letters" is "Lett." once only: one pair is no convention
        assertFalse(derived.contains("widg lett"), derived.toString());
    }

    @Test
    void namesAreAlsoKnownWithoutTheirSubtitle() {
        List<String> derived = JournalVariants.variants(List.<String[]>of(
                new String[] {"Widget Review B: Gears and Cogs", "Widg. Rev. B: Gears Cogs"},
                new String[] {"GRC: General Review of Cogs", "GRC"}));
        assertTrue(derived.contains("Widget Review B"), derived.toString());
        assertTrue(derived.contains("Widg. Rev. B"), derived.toString());
        assertFalse(derived.contains("GRC"), "a single word before the colon is no name: " + derived);
    }

    @Test
    void theShippedListKnowsSectionJournalsByTheirShortName() {
        ModelTokens t = ModelTokens.of("Phys. Rev. D");
        assertTrue(Journals.known(t, 0, t.count - 1)); // listed only as "Phys. Rev. D: Part. Fields"
    }

    @Test
    void theShippedListKnowsTheAbbreviationsWrittenForIt() {
        // JabRef 3.8.2's lists lack them; src/test/tools/journals-supplement.txt adds them
        for (String name : List.of("Class. Quantum Grav.", "Class .Quantum Grav .", "MNRAS", "Nucl. Instrum. Methods Phys. Res. A",
                "JCAP", "Z. Naturforsch.", "Math. Ann.", "Stochastic Process. Appl.", "Euro. Phys. J. B", "New England J. Med.")) {
            ModelTokens t = ModelTokens.of(name);
            assertTrue(Journals.known(t, 0, t.count - 1), name);
        }
    }
}
