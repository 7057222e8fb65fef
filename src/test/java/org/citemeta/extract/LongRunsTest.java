package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs of one mark or word that made a step of the entity engine (not a regular expression) cost the square of the
 * run, found by the fuzzer of 7 Dec 2026 (src/test/java/org/citemeta/fuzz/README.md). The bounds are far above what
 * the engine needs (about 2 s for all of it on a busy two-core machine) and far below what the old code took.
 */
class LongRunsTest {

    /** {@code NameWithoutHead.formEnd} read letters joined by dots ("S.A.") to the run's end from every token of it. */
    @Test
    void shouldFinishOnALongRunOfLettersJoinedByDots() {
        EntityExtractor engine = new EntityExtractor();
        engine.extract("Lhyfe SAS and Widget Works S.A. build electrolysers."); // loads the base outside the bound
        String run = "A.".repeat(40_000);
        Extraction[] x = new Extraction[1];
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> x[0] = engine.extract("Widget Works S.A. said so. " + run),
                "letters joined by dots were read to the run's end from each of them");
        assertTrue(x[0].entities().stream().anyMatch(e -> e.name().startsWith("Widget Works")), x[0].entities().toString());
    }
}
