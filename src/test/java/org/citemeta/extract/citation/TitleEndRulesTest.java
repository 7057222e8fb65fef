package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title's begin and end rules of {@link TitleEndRules}, on invented references. */
class TitleEndRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldKeepANumberThatBeginsTheTitle() {
        ParsedReference r = PARSER.parse("Holm P, Berg T. 1,25-dihydroxyquietin D3 stimulates harbour cells to release a "
                + "soluble factor. J Quiet Invest 1991; 80:425-9.");
        assertEquals("1,25-dihydroxyquietin D3 stimulates harbour cells to release a soluble factor", r.title());
        assertEquals(null, r.issue());
    }

    @Test
    void shouldKeepAYearThatBeginsTheTitle() {
        ParsedReference r = PARSER.parse("Lund HY, Berg CI, Holm HK. 2012 Dietary Goals and Quiet Guidelines for Harbour Adults. "
                + "Quarry J Nutr 2012;41:887-99.");
        assertEquals("2012 Dietary Goals and Quiet Guidelines for Harbour Adults", r.title());
        assertEquals(2012, r.year());
    }

    @Test
    void shouldReadNoTitleFromTheKindOfAThesis() {
        ParsedReference r = PARSER.parse("A. QUARRY. Thèse, Université de Lund, Lund, Suède. 1981.");
        assertEquals(null, r.title());
        r = PARSER.parse("T. K. Holmberg, Ph.D. thesis, Quiet Univ. Harbourg, 2003.");
        assertEquals(null, r.title());
        r = PARSER.parse("Berg K., Thesis: Investigation of quiet principles of harbour cranes, Department of Quiet "
                + "Engineering, 2004;");
        assertEquals("Investigation of quiet principles of harbour cranes", r.title());
    }

    @Test
    void shouldLeaveTheSigningOrganisationOutOfTheTitle() {
        ParsedReference r = PARSER.parse("Quarry Harbour Bureau of Statistics. Employed cranes by detailed occupation, "
                + "sex, and harbour, 2019.");
        assertEquals("Employed cranes by detailed occupation, sex, and harbour", r.title());
        r = PARSER.parse("The Lund Consulting Group. Perspectives on Quiet Strategy. Boston: The Lund Consulting Group, "
                + "1971.");
        assertEquals("Perspectives on Quiet Strategy", r.title());
    }

    @Test
    void shouldReadNoTitleFromACollaboration() {
        ParsedReference r = PARSER.parse("Lund, K.T., et al.: QUIET-e7 Collaboration. Phys. Lett. B 71, 123 (1977)");
        assertEquals(null, r.title());
        r = PARSER.parse("Q7 Collaboration, Phys. Rev. Lett. 81, 2345 (1999).");
        assertEquals(null, r.title());
    }

    @Test
    void shouldEndTheTitleBeforeASpacedReportNumber() {
        ParsedReference r = PARSER.parse("QUIET collaboration, Quiet structure of jets measured in harbour collisions with "
                + "the QUIET detector at the LHC ,QUIET -CONF-2016-077[ INSPIRE].");
        assertEquals("Quiet structure of jets measured in harbour collisions with the QUIET detector at the LHC", r.title());
        r = PARSER.parse("K. Lund, T. Berg and Q. Holm, The Quarry accord PDFs (QPDF) and QGLUE ,hep -ph/0611234[ INSPIRE].");
        assertEquals("The Quarry accord PDFs (QPDF) and QGLUE", r.title());
    }

    @Test
    void shouldTitleAWebResourceByItsName() {
        ParsedReference r = PARSER.parse("Quietlib. http://quietlib.example.org. Accessed: 2016-04-11.");
        assertEquals("Quietlib", r.title());
        r = PARSER.parse("Lena Bergstrom. 2019. Quietas. https://github.com/lenabergstrom/quietas .");
        assertEquals("Quietas", r.title());
    }

    @Test
    void shouldKeepTheSubtitleOfABookInTheTitle() {
        ParsedReference r = PARSER.parse("K. Lund, The Quiet Phrase in Harbour Songs. Two Studies in Form, Meaning and "
                + "Interpretation, Leiden 1989.");
        assertEquals("The Quiet Phrase in Harbour Songs. Two Studies in Form, Meaning and Interpretation", r.title());
        assertEquals(null, r.containerTitle());
    }

    @Test
    void shouldTitleABookTheModelReadAsAContainer() {
        ParsedReference r = PARSER.parse("Lundqvist, Hermann. Der Quietwolf. Vol. 4 of Gesammelte Werke. Berlin: Quarrykamp, "
                + "1958.");
        assertEquals("Der Quietwolf", r.title());
        r = PARSER.parse("Lund, K. T., Berg, A., Holm, S. K., Computer Harbours: Principles and Practice, pp. 992-996, "
                + "Quarry-Wesley, Massachusetts 1991.");
        assertEquals("Computer Harbours: Principles and Practice", r.title());
    }

    @Test
    void shouldLeaveAJournalFollowedByItsVolumeAContainer() {
        ParsedReference r = PARSER.parse("K. T. Lund, A. Berg, and Q. Holm, JHEP01 ,112 ( 2018),arXiv :1712.01234[ hep-ph].");
        assertEquals(null, r.title());
        assertEquals("JHEP", r.containerTitle());
    }

    @Test
    void shouldLeaveTheMonthOfTheDateOutOfTheTitle() {
        ParsedReference r = PARSER.parse("Quarrec, É. (2015, Avril). Quand le port devient tranquille. Alternatives "
                + "portuaires(212), pp. 30-31.");
        assertEquals("Quand le port devient tranquille", r.title());
    }

    @Test
    void shouldReadAKnownJournalCitedAloneAsTheContainer() {
        ParsedReference r = PARSER.parse("K. L. HOLM, O. BERG, J. LUNDQVIST et F. QUARRY. Tetrahedron. Soumis à publication.");
        assertEquals(null, r.title());
        assertEquals("Tetrahedron", r.containerTitle());
    }

    @Test
    void shouldGiveTheBookTitleItsFirstWords() {
        ParsedReference r = PARSER.parse("Ka.I. Lundin, Topics in Quiet Commutative Harbours, Quarry University Press, (1993)");
        assertEquals("Topics in Quiet Commutative Harbours", r.title());
    }

    @Test
    void shouldEndTheTitleBeforeThePublisherInParentheses() {
        ParsedReference r = PARSER.parse("K. Lundin, A Comprehensive Introduction to Quiet Geometry (Publish or PerishInc ."
                + ",Quarrytown ,1981 ).");
        assertEquals("A Comprehensive Introduction to Quiet Geometry", r.title());
    }

    @Test
    void shouldReadNoTitleFromANoteThatPointsElsewhere() {
        assertEquals(null, PARSER.parse("K. Lundqvist et al., these proceedings.").title());
        assertEquals(null, PARSER.parse("C. Bergmann, O. Holmqvist, work in preparation.").title());
    }

    @Test
    void shouldReadNoTitleFromANoteOfAccessOrTranslation() {
        assertEquals(null, PARSER.parse("http://www.quiet.example.org/harbour-recommendations.pdf [Consulté le 3 mars 2017].")
                .title());
    }
}
