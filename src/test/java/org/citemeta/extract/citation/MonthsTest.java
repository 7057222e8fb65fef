package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MonthsTest {
    @Test
    void shouldMatchExactMonthNamesOnly() {
        for (String m : new String[] {"Dec.", "December", "dec", "Sept.", "Sep", "SEPTEMBER", "May", "June", "jul.",
                "janvier", "Février", "mars", "août", "décembre"}) {
            assertTrue(Months.isMonth(m), m);
        }
        for (String w : new String[] {"decimal", "market", "Marx", "Mayo", "Junior", "Augustine", "Octopus", "Nova",
                "Dec..", "", "12"}) {
            assertFalse(Months.isMonth(w), w);
        }
        assertFalse(Months.isMonth(null));
    }

    @Test
    void shouldNotMatchTheStartOfALongerWordInsideAText() {
        Pattern p = Pattern.compile("(?i)\\b" + Months.NAME);
        assertTrue(p.matcher("Nature, Dec. 2019").find());
        assertTrue(p.matcher("Jan-Feb 2004").find());
        assertFalse(p.matcher("The decimal market of Marx").find());
        assertTrue(Pattern.compile("(?i)\\b" + Months.SEASON + "\\s+\\d{4}").matcher("Spring 2004").find());
        assertFalse(Pattern.compile("(?i)\\b" + Months.SEASON).matcher("Springer, falls").find());
    }
}
