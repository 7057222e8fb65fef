package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The container rules of {@link ContainerKindRules}, on invented references. */
class ContainerKindRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldReadTheBookAfterTheEditorsWordAsTheContainer() {
        assertEquals("Harbours today", PARSER.parse("Holm, K. & Berg, L., 1987. Cranes of the quiet north. In: D. E. Lund "
                + "& Q. R. Strand, eds. Harbours today. Bergen: Quayside.").containerTitle());
    }

    @Test
    void shouldReadAPublisherBeforeThePagesAsTheContainer() {
        assertEquals("ACM Cranes", PARSER.parse("Q. Holm, K. Berg, and L. Lund. Lifting cranes from a quiet perspective. "
                + "ACM Cranes, pages 4151, June 1993.").containerTitle());
    }

    @Test
    void shouldReadNoContainerFromTheKindOfEdition() {
        assertNull(PARSER.parse("Holm, Quentin R. The Quiet Harbour and Its Cranes, Rev. ed. New York: Quayside, Berg and "
                + "Lund, 1961.").containerTitle());
    }

    @Test
    void shouldReadNoVolumeFromADayAfterAMonth() {
        assertNull(PARSER.parse("Holm, Karin. 2011. \u201cMeet the quiet cranes.\u201d Harbour Insider May(26). URL: "
                + "http://example.org/x").volume());
    }

    @Test
    void shouldReadAFirmOfPartnersAsNoContainer() {
        assertNull(PARSER.parse("Holm, Quentin. The Quiet Harbour. Strand, Mifflin & Co.: Boston & New York, 1904.")
                .containerTitle());
    }

    @Test
    void shouldLeaveThePartOutOfTheBook() {
        assertEquals("Quiet Harbour Cranes", PARSER.parse("Holm, Quentin P. \"Costs of Lifting in Large Harbours,\" Quiet "
                + "Harbour Cranes, Part II, Vol. I (1957), Bergen: Board of the Quiet Harbours.").containerTitle());
    }
}
