package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagnostic of the gold's conventions ({@link GoldConvention}), on invented fields, without the corpora. */
class GoldConventionTest {

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void shouldTakeASectionLetterInTheJournalOrInTheVolumeAsTheSame() {
        Map<String, String> gold = fields("container", "Quiet Phys. Rev.", "volume", "D71");
        Map<String, String> pred = fields("container", "Quiet Phys. Rev. D", "volume", "71");
        assertEquals(GoldConvention.SECTION_LETTER, GoldConvention.of("container", gold, pred));
        assertEquals(GoldConvention.SECTION_LETTER, GoldConvention.of("volume", gold, pred));
        assertEquals(GoldConvention.SECTION_LETTER, GoldConvention.of("container", pred, gold), "and the other way round");

        Map<String, String> lost = fields("container", "Quiet Phys. Rev.", "volume", "71");
        assertNull(GoldConvention.of("container", fields("container", "Quiet Phys. Rev. D", "volume", "71"), lost),
                "a letter the parser lost is no convention");
        assertNull(GoldConvention.of("volume", fields("container", "Quiet Phys. Rev.", "volume", "D71"),
                fields("container", "Quiet Phys. Rev.", "volume", "71")), "nor a letter dropped from the volume");
    }

    @Test
    void shouldNotScoreACountOfPagesOrVolumesThatTheParserLeftOut() {
        assertEquals(GoldConvention.PAGE_COUNT, GoldConvention.of("pages", fields("pages", "318 pp."), fields()));
        assertEquals(GoldConvention.PAGE_COUNT, GoldConvention.of("pages", fields("pages", "xii + 318 p."), fields()));
        assertNull(GoldConvention.of("pages", fields("pages", "pp. 318-320"), fields()), "a range is pages");
        assertNull(GoldConvention.of("pages", fields("pages", "318 pp."), fields("pages", "12")), "a wrong page stays wrong");
        assertEquals(GoldConvention.VOLUME_COUNT, GoldConvention.of("volume", fields("volume", "3 vols."), fields()));
        assertNull(GoldConvention.of("volume", fields("volume", "Vol. 3"), fields()));
    }

    @Test
    void shouldTakeAPlaceWrittenOnAfterTheJournalAsPartOfItsName() {
        Map<String, String> gold = fields("container", "Proc Quiet Acad Sci", ReferenceEvaluationTest.PLACE, "USA");
        assertEquals(GoldConvention.PLACE_AFTER_JOURNAL,
                GoldConvention.of("container", gold, fields("container", "Proc Quiet Acad Sci USA")));
        assertNull(GoldConvention.of("container", fields("container", "Essays on Quiet Arts", ReferenceEvaluationTest.PLACE,
                "Lund"), fields("container", "Essays on Quiet Arts, Lund")), "after a comma the place is not the name's");
    }

    @Test
    void shouldCountProceedingsThatTheGoldCallsTheTitleAsTheTitleOnce() {
        Map<String, String> gold = fields("title", "Proc. 12th Quiet Harbour Workshop", ReferenceEvaluationTest.MONOGRAPH_ONLY,
                "true", "year", "2003");
        Map<String, String> pred = fields("container", "Proc. 12th Quiet Harbour Workshop", "year", "2003");
        var seen = GoldConvention.tally();
        Map<String, ReferenceEvaluationTest.Counts> perField = new java.util.HashMap<>();
        ReferenceEvaluationTest.Counts c = GoldConvention.counts(gold, pred, List.of("title", "container", "year"), seen,
                perField);
        assertEquals(2, c.tp, "the title and the year");
        assertEquals(0, c.fp);
        assertEquals(0, c.fn);
        assertEquals(2, seen.get(GoldConvention.MONOGRAPH_AS_TITLE));
        assertEquals(1, perField.get("title").tp, "the title agrees");
        ReferenceEvaluationTest.Counts container = perField.get("container");
        assertEquals(0, container.tp + container.fp + container.fn, "the container is absent from both");

        Map<String, String> book = fields("title", "Quiet Harbours of the North", ReferenceEvaluationTest.MONOGRAPH_ONLY, "true");
        ReferenceEvaluationTest.Counts b = GoldConvention.counts(book, fields("container", "Quiet Harbours of the North"),
                List.of("title", "container"), GoldConvention.tally(), new java.util.HashMap<>());
        assertEquals(0, b.tp, "a book's title read as a container is the parser's error");
        assertEquals(1, b.fp);
        assertEquals(1, b.fn);
    }
}
