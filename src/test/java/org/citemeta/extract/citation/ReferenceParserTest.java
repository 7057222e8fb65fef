package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One case per citation style; every assertion on values. */
class ReferenceParserTest {
    private final ReferenceParser parser = new ReferenceParser();

    private static List<String> families(ParsedReference r) {
        return r.authors().stream().map(CitationAuthor::family).toList();
    }

    @Test
    void shouldDropThePeriodThatEndsTheAuthorsFromAWholeGivenName() {
        ParsedReference r = parser.parse("Kowal, Peter. Mill Towns of the Upper Valley. Boston: Beacon Press, 1962.");
        assertEquals(new CitationAuthor("Kowal", "Peter"), r.authors().get(0));
        ParsedReference initial = parser.parse("Kowal, Peter J. Mill Towns of the Upper Valley. Boston: Beacon Press, 1962.");
        assertEquals(new CitationAuthor("Kowal", "Peter J."), initial.authors().get(0), "an initial keeps its period");
    }

    @Test
    void shouldKeepAFamilyNameOfSeveralWordsBeforeItsInitialsWhole() {
        ParsedReference r = parser.parse("Ortiz Beltrán, M., & Sousa de Lemos, R. A. (2015). Riverbank shrubs of the "
                + "lower delta. Revista de Botánica Austral, 8, 12–30.");
        assertEquals(List.of(new CitationAuthor("Ortiz Beltrán", "M."), new CitationAuthor("Sousa de Lemos", "R. A.")),
                r.authors());
        ParsedReference dutch = parser.parse("Hale, K., De Vries Lindqvist, P., & Ona, T. (2018). Grazing on tidal "
                + "flats. Coastal Studies, 41, 3–9.");
        assertEquals(new CitationAuthor("De Vries Lindqvist", "P."), dutch.authors().get(1), dutch.authors().toString());
        assertEquals(3, dutch.authors().size());
        // given names first, initials before a family name: not a family name of two words
        ParsedReference given = parser.parse("Maria Delgado, J. Smith and K. Ona, Tidal flats (Harbour Press, 2001).");
        assertEquals(new CitationAuthor("Delgado", "Maria"), given.authors().get(0), given.authors().toString());
    }

    @Test
    void shouldReadAChicagoFirstAuthorWithAFamilyNameOfTwoWordsOrATrailingParticle() {
        ParsedReference r = parser.parse("Ortiz Beltrán, Marta. \"Guilds of the Lower Harbour.\" In The Handbook of Port"
                + " Towns, edited by Karl Holm, 98-117. Leiden: Quarry Press, 2019.");
        assertEquals(List.of(new CitationAuthor("Ortiz Beltrán", "Marta")), r.authors(), r.toString());
        ParsedReference dutch = parser.parse("Harlingen, Maaike van. The Grain Ships of the Lower Harbour. Leiden:"
                + " Quarry Press, 2002.");
        assertEquals(List.of(new CitationAuthor("van Harlingen", "Maaike")), dutch.authors(), dutch.toString());
        // a journal in capitals and its month are no author
        ParsedReference caps = parser.parse("JOURNAL OF HARBOUR STUDIES, Dec. 2007, p. 12911-12917 Vol. 81, No. 23");
        assertTrue(caps.authors().isEmpty(), caps.toString());
    }

    @Test
    void shouldReadACompanyAsOneAuthorNotAsGivenAndFamilyNames() {
        ParsedReference r = parser.parse("Kestrel Radio Corporation, \"KR-210 transceiver datasheet,\" 2019. [Online]."
                + " Available: https://example.org/kr210");
        assertEquals(List.of(new CitationAuthor("Kestrel Radio Corporation", null)), r.authors(), r.toString());
        assertEquals("KR-210 transceiver datasheet", r.title(), r.toString());
    }

    @Test
    void shouldNotTakeAPhraseBeforeASubtitleAsTheNameThatContinuesTheList() {
        ParsedReference r = parser.parse("Henrik Dahlberg, Silent Harbour, Grey Water: Shipping and memory in northern ports (1994).");
        assertEquals(java.util.List.of(new CitationAuthor("Dahlberg", "Henrik")), r.authors());
    }

    @Test
    void shouldDropTheSentencePeriodAfterAPublisherEndingInAnAcronymButNotAnAbbreviations() {
        assertEquals("Wiley-VCH", parser.parse("Okafor, N. (2021). Tidal mixing in estuaries. Weinheim: Wiley-VCH.").publisher());
        assertEquals("ACM", parser.parse("Okafor, N. (2021). Tidal mixing in estuaries. New York: ACM.").publisher());
        assertEquals("Harbour Books B.V.", parser.parse("Okafor, N. (2021). Tidal mixing in estuaries. Leiden: Harbour Books B.V.").publisher());
    }

    @Test
    void shouldNotReadABookTitleAfterAGivenFirstAuthorAsASecondAuthor() {
        ParsedReference r = parser.parse("J. D. Jackson, Classical Electrodynamics, 3rd ed. (Wiley, New York, 1999).");
        assertEquals(1, r.authors().size(), r.authors().toString());
        assertEquals("Jackson", r.authors().get(0).family());
        assertEquals("Classical Electrodynamics", r.title());
        assertEquals("Wiley", r.publisher());
        assertEquals(1999, r.year());
        // a list of given-first names still reads every author
        ParsedReference list = parser.parse("Thomas H. Cormen, Charles E. Leiserson, Ronald L. Rivest, and Clifford Stein."
                + " Introduction to Algorithms. MIT Press, 2009.");
        assertEquals(java.util.List.of("Cormen", "Leiserson", "Rivest", "Stein"),
                list.authors().stream().map(CitationAuthor::family).toList());
    }

    @Test
    void natureTitleLessWithSemicolonYear() {
        ParsedReference r = parser.parse("X. Yang et al. Science 379, 240–243; 2023");
        assertEquals(List.of(new CitationAuthor("Yang", "X.")), r.authors());
        assertTrue(r.etAl());
        assertNull(r.title());
        assertEquals("Science", r.containerTitle());
        assertEquals("379", r.volume());
        assertEquals("240", r.pageFirst());
        assertEquals("243", r.pageLast());
        assertEquals(2023, r.year());
        assertEquals("article-journal", r.type());
    }

    @Test
    void natureInvertedTitleLess() {
        ParsedReference r = parser.parse("Yang, X. et al. Science 379, 240 (2023)");
        assertEquals(List.of(new CitationAuthor("Yang", "X.")), r.authors());
        assertTrue(r.etAl());
        assertEquals("Science", r.containerTitle());
        assertEquals("379", r.volume());
        assertEquals("240", r.pageFirst());
        assertNull(r.pageLast());
        assertEquals(2023, r.year());
    }

    @Test
    void abbreviatedPageRangeIsExpanded() {
        assertEquals(List.of("240", "243"), List.of(ReferenceParser.pages("240", "3")));
        assertEquals(List.of("573", "577"), List.of(ReferenceParser.pages("573", "77")));
        assertEquals(List.of("1761", "1800"), List.of(ReferenceParser.pages("1761", "1800")));
        ParsedReference r = parser.parse("Smith, J. Nature 401, 1240–3 (1999).");
        assertEquals("1240", r.pageFirst());
        assertEquals("1243", r.pageLast());
    }

    @Test
    void apaWithDoi() {
        ParsedReference r = parser.parse("Smith, J. A., & Doe, B. (2019). A study of things. Journal of Stuff, 12(3), "
                + "45–67. https://doi.org/10.1000/xyz123");
        assertEquals(List.of(new CitationAuthor("Smith", "J. A."), new CitationAuthor("Doe", "B.")), r.authors());
        assertFalse(r.etAl());
        assertEquals("A study of things", r.title());
        assertEquals("Journal of Stuff", r.containerTitle());
        assertEquals("12", r.volume());
        assertEquals("3", r.issue());
        assertEquals("45-67", r.pages());
        assertEquals(2019, r.year());
        assertEquals("10.1000/xyz123", r.doi());
        assertNull(r.url());
    }

    @Test
    void pubMedIdsAndIssnsAreNoFields() {
        ParsedReference r = parser.parse("Jacobs D, Zhu R, Khan SA: Defining early-onset colon and rectal cancers. Front Oncol "
                + "2018, 8:504. PMID: 30460196; PMCID: PMC6234526");
        assertEquals("Front Oncol", r.containerTitle());
        assertEquals("8", r.volume());
        assertEquals("504", r.pages());
        assertEquals(2018, r.year());
        ParsedReference ahead = parser.parse("Smith A, Lee B: Early-onset disease in young adults. Front Oncol. 2018; 2018 Nov 6. "
                + "PMID: 30460196");
        assertNull(ahead.pages(), "the PubMed id is no page");
        ParsedReference issn = parser.parse("Berg A and Lind T 2001 Physical Review B 64 2231-2240 ISSN 0163-1829, 1095-3795");
        assertEquals("64", issn.volume());
        assertEquals("2231-2240", issn.pages());
        assertEquals("", ReferenceParser.PUBMED_ISSN.matcher(". PubMed PMID:30254579; PubMedCentral PMCID:PMCPMC6141757")
                .replaceAll(""), "both ids and their separators go");
    }

    @Test
    void aBareCapitalAfterDottedInitialsThatAWordFollowsStartsTheTitle() {
        ParsedReference r = parser.parse("Adler, S. L. & Bardeen, W. A Puzzle about the axial anomaly at two loops. "
                + "Phys. Rev. 182, 1517 (1969).");
        assertEquals(List.of("Adler", "Bardeen"), families(r));
        assertEquals("W.", r.authors().get(1).given());
        assertEquals("A Puzzle about the axial anomaly at two loops", r.title());
    }

    @Test
    void theNumberOfAStandardIsNoVolume() {
        assertNull(parser.parse("3GPP TS 23.501: \"System architecture for the 5G System (5GS); Stage 2\".").volume());
        assertNull(parser.parse("ISO 9001:2015. Quality management systems - Requirements. International Organization "
                + "for Standardization, Geneva, 2015.").volume());
        ParsedReference journal = parser.parse("Kim, J. (2019). Testing against ISO 9001 audits. Quality Journal, 9001, 12-19.");
        assertEquals("9001", journal.volume(), "a number that is also outside the standard's name stays");
    }

    @Test
    void aRangeOfDaysBesideAMonthIsNoPages() {
        assertNull(parser.parse("Working Group Meeting #51, Lisbon, Portugal, 14-18 October 2019").pageFirst());
        assertNull(parser.parse("Annual Symposium on Reservoir Logging, June 12 -15, 2007, Austin, Texas").pageFirst());
        ParsedReference pages = parser.parse("B. Ryder. Incremental dataflow analysis. ACM Transactions on Programming "
                + "Languages and Systems, 10(1) 1-25, January 1988.");
        assertEquals("1-25", pages.pages(), "pages followed by the month of the date stay pages");
    }

    @Test
    void vancouver() {
        ParsedReference r = parser.parse("Soodyall H, Vigilant L, Hill AV, Stoneking M, Jenkins T. MtDNA control-region "
                + "sequence variation. Am J Hum Genet 1996;58:595-608.");
        assertEquals(List.of("Soodyall", "Vigilant", "Hill", "Stoneking", "Jenkins"), families(r));
        assertEquals("AV", r.authors().get(2).given());
        assertEquals("MtDNA control-region sequence variation", r.title());
        assertEquals("Am J Hum Genet", r.containerTitle());
        assertEquals("58", r.volume());
        assertEquals("595-608", r.pages());
        assertEquals(1996, r.year());
    }

    @Test
    void ieeeWithQuotedTitle() {
        ParsedReference r = parser.parse("[7] F. Toschi and E. Bodenschatz, \"Lagrangian properties of particles in "
                + "turbulence,\" Annu. Rev. Fluid Mech., vol. 41, no. 2, pp. 375-404, 2009.");
        assertEquals(List.of("Toschi", "Bodenschatz"), families(r));
        assertEquals("Lagrangian properties of particles in turbulence", r.title());
        assertEquals("Annu. Rev. Fluid Mech.", r.containerTitle());
        assertEquals("41", r.volume());
        assertEquals("2", r.issue());
        assertEquals("375-404", r.pages());
        assertEquals(2009, r.year());
    }

    @Test
    void chicagoJournal() {
        ParsedReference r = parser.parse("Adams, Nicholson B. \"A Spanish Romanticist Parodies Himself.\" Proceedings of "
                + "the Modern Language Association 45 (1930): 573–77.");
        assertEquals(List.of(new CitationAuthor("Adams", "Nicholson B.")), r.authors());
        assertEquals("A Spanish Romanticist Parodies Himself", r.title());
        assertEquals("Proceedings of the Modern Language Association", r.containerTitle());
        assertEquals("45", r.volume());
        assertEquals("573", r.pageFirst());
        assertEquals("577", r.pageLast());
        assertEquals(1930, r.year());
    }

    @Test
    void physicsAbbreviatedJournalStaysIntact() {
        ParsedReference r = parser.parse("J. P. Collman, T. J. Collins. J. Am. Chem. Soc. 103, 2450 (1981).");
        assertEquals(List.of("Collman", "Collins"), families(r));
        assertEquals("J. Am. Chem. Soc.", r.containerTitle());
        assertEquals("103", r.volume());
        assertEquals("2450", r.pageFirst());
        assertEquals(1981, r.year());
        ParsedReference p = parser.parse("A. Author, Phys. Rev. Lett. 94, 102301 (2005).");
        assertEquals("Phys. Rev. Lett.", p.containerTitle());
        assertEquals("94", p.volume());
        assertEquals("102301", p.pageFirst());
        ParsedReference a = parser.parse("B. Writer, Astrophys. J. 500, L12 (1998)");
        assertEquals("Astrophys. J.", a.containerTitle());
        assertEquals("L12", a.pageFirst());
    }

    @Test
    void bookWithPublisherAndPlace() {
        ParsedReference r = parser.parse("Kuhn, T. S. (1962). The Structure of Scientific Revolutions. Chicago: "
                + "University of Chicago Press.");
        assertEquals(List.of("Kuhn"), families(r));
        assertEquals("The Structure of Scientific Revolutions", r.title());
        assertNull(r.containerTitle());
        assertEquals("University of Chicago Press", r.publisher());
        assertEquals(1962, r.year());
        assertEquals("book", r.type());
    }

    @Test
    void chapterWithEditors() {
        ParsedReference r = parser.parse("Solon, G. (1999). Intergenerational mobility in the labor market. In O. "
                + "Ashenfelter & D. Card (Eds.), Handbook of labor economics (Vol. 3, pp. 1761–1800). London: Elsevier.");
        assertEquals(List.of("Solon"), families(r));
        assertEquals("Intergenerational mobility in the labor market", r.title());
        assertEquals("Handbook of labor economics", r.containerTitle());
        assertEquals("3", r.volume());
        assertEquals("1761-1800", r.pages());
        assertEquals("Elsevier", r.publisher());
        assertEquals("chapter", r.type());
    }

    @Test
    void thesis() {
        ParsedReference r = parser.parse("Smith, J. (2010). Growth of crystals. PhD thesis, University of Oxford.");
        assertEquals("Growth of crystals", r.title());
        assertEquals("thesis", r.type());
        assertEquals("University of Oxford", r.publisher());
        assertEquals(2010, r.year());
    }

    @Test
    void report() {
        ParsedReference r = parser.parse("Jones, A. Energy outlook 2020. Technical Report NREL/TP-123, National "
                + "Renewable Energy Laboratory, Golden, CO (2020).");
        assertEquals("report", r.type());
        assertEquals(2020, r.year());
        assertEquals(List.of("Jones"), families(r));
    }

    @Test
    void arxivPreprint() {
        ParsedReference r = parser.parse("Vaswani, A. et al. Attention is all you need. arXiv:1706.03762 (2017).");
        assertEquals("1706.03762", r.arxiv());
        assertEquals("Attention is all you need", r.title());
        assertTrue(r.etAl());
        assertEquals(2017, r.year());
        assertEquals("article", r.type());
        assertEquals("hep-th/9901001", parser.parse("E. Witten, hep-th/9901001 (1999).").arxiv());
        // "arXiv preprint" names the kind of publication, not a container
        ParsedReference p = parser.parse("A. Doe and B. Roe. Sparse codes for lattices. arXiv preprint arXiv:1801.01234, 2018.");
        assertEquals("1801.01234", p.arxiv());
        assertEquals(null, p.containerTitle());
        assertEquals("article", p.type());
    }

    @Test
    void webPage() {
        ParsedReference r = parser.parse("World Health Organization. Malaria fact sheet. "
                + "https://www.who.int/news-room/fact-sheets/detail/malaria (2023). Accessed 3 May 2024.");
        assertEquals("https://www.who.int/news-room/fact-sheets/detail/malaria", r.url());
        assertEquals("Malaria fact sheet", r.title());
        assertEquals(2023, r.year());
        assertEquals(List.of("World Health Organization"), families(r));
    }

    @Test
    void doiPrefixesAndTrailingPunctuation() {
        assertEquals("10.1038/nature12373", parser.parse("Smith, J. Nature 500, 54 (2013). doi:10.1038/nature12373.").doi());
        assertEquals("10.1103/PhysRevLett.94.102301",
                parser.parse("Doe, B. Phys. Rev. Lett. 94, 102301 (2005), https://doi.org/10.1103/PhysRevLett.94.102301").doi());
    }

    @Test
    void listLabelsAreStripped() {
        assertEquals("12", ReferenceParser.label("[12] Smith, J. Nature 1, 2 (2000)."));
        assertEquals("3", ReferenceParser.label("3. Smith, J. Nature 1, 2 (2000)."));
        assertEquals(List.of("Smith"), families(parser.parse("(4) Smith, J. Nature 1, 2 (2000).")));
    }

    @Test
    void blankGivesEmptyReference() {
        ParsedReference r = parser.parse("  ");
        assertTrue(r.authors().isEmpty());
        assertNull(r.title());
        assertNull(r.year());
    }

    @Test
    void theDayOfADateIsNoVolume() {
        ParsedReference r = parser.parse("Johnson, Kirk. \"Health Care Is Spread Thin on Alaskan Frontier.\" New York Times,"
                + " May 28, 2013.");
        assertNull(r.volume(), r.toString());
        assertEquals(2013, r.year());
        // the same number as a volume elsewhere, or after "Vol.", stays the volume
        ParsedReference vol = parser.parse("He, H. On names. Journal of Buddhist Studies, Vol. 21 March, 2017, 214-254");
        assertEquals("21", vol.volume(), vol.toString());
        ParsedReference nature = parser.parse("Smith, J. A dated note. Nature 12, 34-56 (12 May 2005).");
        assertEquals("12", nature.volume(), nature.toString());
    }

    private static ParsedReference withContainer(String title, String container, String volume, Integer year) {
        return new ParsedReference(List.of(), false, title, container, volume, null, "31", null, year, null, null, null,
                null, null, List.of(), "article-journal");
    }

    @Test
    void numbersLeftAtTheEdgesOfAContainerGoWhereTheyBelong() {
        ParsedReference r = ReferenceParser.numbersAroundContainer(withContainer("A title", "JHEP 0912", null, 2009));
        assertEquals("JHEP", r.containerTitle());
        assertEquals("0912", r.volume());
        r = ReferenceParser.numbersAroundContainer(withContainer("A title", "Phys. Rev. C 86", "86", 2012));
        assertEquals("Phys. Rev. C", r.containerTitle());
        assertEquals("86", r.volume());
        r = ReferenceParser.numbersAroundContainer(withContainer("A title", "Journal of biomechanics. 2011", "44", 2011));
        assertEquals("Journal of biomechanics", r.containerTitle(), "the year is dropped, the volume kept");
        assertEquals("44", r.volume());
        r = ReferenceParser.numbersAroundContainer(withContainer("Condor summary", "TR 1069", null, 1992));
        assertEquals("TR 1069", r.containerTitle(), "a report number stays");
        assertNull(r.volume());
        r = ReferenceParser.numbersAroundContainer(withContainer("Flow at 2 .", "76TeV ,Phys .Lett .B", "720", 2013));
        assertEquals("Flow at 2 .76TeV", r.title());
        assertEquals("Phys .Lett .B", r.containerTitle());
    }

    @Test
    void aDayLeftAtTheEndOfTheContainerIsNoVolume() {
        String s = "Doe, Jane, 'A column', Daily Courier, 5 October 2011.";
        ParsedReference r = ReferenceParser.numbersAroundContainer(withContainer("A column", "Daily Courier, 5", null, 2011), s);
        assertEquals("Daily Courier", r.containerTitle());
        assertNull(r.volume());
        // without the date it is the volume, as before
        r = ReferenceParser.numbersAroundContainer(withContainer("A column", "Daily Courier, 5", null, 2011),
                "Doe, Jane, 'A column', Daily Courier, 5, 2011.");
        assertEquals("5", r.volume());
    }

    @Test
    void aRomanVolumeAfterAVolumeWordOrAtTheEndOfTheContainerIsTheVolume() {
        ParsedReference r = ReferenceParser.romanVolume(withContainer("Old things", null, null, 1970),
                "Roe, R. Old things. Vol. II. Some Press, London, 1970.");
        assertEquals("II", r.volume());
        // inside the container it is part of the book's name; two volume words: which one?
        r = ReferenceParser.romanVolume(withContainer("A chapter", "Handbook of things, vol. III: Parts", null, 1980),
                "Roe, R. A chapter. In Handbook of things, vol. III: Parts. Press, 1980.");
        assertNull(r.volume());
        r = ReferenceParser.romanVolume(withContainer("Old things", null, null, 1970), "Old things. Vol. II, Vol. III. 1970.");
        assertNull(r.volume());
        r = ReferenceParser.numbersAroundContainer(withContainer("A paper", "Review of Things, LXV", null, 1958));
        assertEquals("Review of Things", r.containerTitle());
        assertEquals("LXV", r.volume());
        r = ReferenceParser.numbersAroundContainer(withContainer("A paper", "Proceedings of ASPLOS IV", null, 1991));
        assertEquals("Proceedings of ASPLOS IV", r.containerTitle(), "after a space it is part of the name");
        assertNull(r.volume());
    }

    @Test
    void aChapterOrSectionNumberIsNoVolume() {
        String s = "Roe, R. A part. In A. Editor, editor, A Big Book, chapter 7, pages 20-63. Press, 1992.";
        assertNull(ReferenceParser.chapterIsNoVolume(withContainer("A part", "A Big Book", "7", 1992), s).volume());
        String news = "Doe, J. A story. Morning Herald, June 2, 1997, sec. 4, 1+.";
        assertNull(ReferenceParser.chapterIsNoVolume(withContainer("A story", "Morning Herald", "4", 1997), news).volume());
        String vol = "Roe, R. A part. Journal of Things 7, 20-63, chapter 7 (1992).";
        assertEquals("7", ReferenceParser.chapterIsNoVolume(withContainer("A part", "Journal of Things", "7", 1992), vol)
                .volume(), "the number occurs twice");
    }

    @Test
    void aRomanNumeralRightAfterTheContainerIsTheVolume() {
        ParsedReference r = ReferenceParser.romanVolume(withContainer("A paper", "Review of Things", null, 1965),
                "Roe, R. \"A paper.\" Review of Things, XLIII (January, 1965), pp. 49-62.");
        assertEquals("XLIII", r.volume());
        r = ReferenceParser.romanVolume(withContainer("A paper", "Review of Things", null, 1965),
                "Roe, R. \"A paper.\" Review of Things, CIVIL, 1965, pp. 49-62.");
        assertNull(r.volume(), "not a roman numeral");
    }

    @Test
    void aDayAndMonthEndingTheStringIsNoVolume() {
        String s = "Doe, J. (2012). A story. Morning Herald 4 January.";
        assertNull(ReferenceParser.dayIsNoVolume(withContainer("A story", "Morning Herald", "4", 2012), s).volume());
    }

    @Test
    void aPageCountIsNoVolume() {
        String book = "Roe, R. A book about things. 312 pp, 1990.";
        assertNull(ReferenceParser.pageCountIsNoVolume(withContainer("A book about things", null, "312", 1990), book).volume());
        assertNull(ReferenceParser.pageCountIsNoVolume(withContainer("A book", null, "88p", 2001), "Roe, R. A book. 2001. 88p.")
                .volume());
        // "12 pp. 31-40": a volume that page numbers follow
        String art = "Roe, R. A paper. Journal of Things 12 pp. 31-40 (1990).";
        assertEquals("12", ReferenceParser.pageCountIsNoVolume(withContainer("A paper", "Journal of Things", "12", 1990), art)
                .volume());
    }

    @Test
    void theInstitutionOfATechnicalReportIsItsPublisher() {
        ParsedReference r = ReferenceParser.reportInstitution(withContainer("Cassandra: planning with contingencies",
                "Institute for the Learning Sciences", null, 1993), "Pryor, L. (1993). Cassandra: planning with "
                + "contingencies. Technical report 41, Institute for the Learning Sciences, Northwestern University.");
        assertNull(r.containerTitle());
        assertEquals("Institute for the Learning Sciences", r.publisher());
        assertEquals("report", r.type());
        ParsedReference journal = withContainer("A title", "Journal of Things", "4", 1990);
        assertEquals(journal, ReferenceParser.reportInstitution(journal, "A. B. A title. Journal of Things 4, 31. TR 12."));
    }

    @Test
    void proceedingsOfScienceNameTheConferenceAsTheVolume() {
        ParsedReference r = parser.parse("A. Author and B. Writer, PoS LATTICE2019 (2020) 042 [arXiv:2001.01234].");
        assertEquals("PoS", r.containerTitle());
        assertEquals("LATTICE2019", r.volume());
        assertEquals(2020, r.year());
        assertEquals("042", r.pageFirst());
        assertNull(r.pageLast());
        ParsedReference glued = parser.parse("C. Someone, PoSLattice 2016 (2017 )311 [arXiv:1702.00001].");
        assertEquals("Lattice 2016", glued.volume());
        assertEquals(2017, glued.year());
        assertEquals("311", glued.pageFirst());
        ParsedReference last = parser.parse("A. Author, PoS LATTICE2019 (2020) 042.");
        assertEquals("LATTICE2019", last.volume());
        assertEquals("042", last.pageFirst());
    }

    @Test
    void pageRangeDashesThatPdfExtractionChangedAreDashes() {
        assertEquals("4137-4148", parser.parse("Oncogene (2002) 21, 4137 ± 4148.").pages());
        assertEquals("478-492", parser.parse("Marine and Petroleum Geology 28 (2011) 478e492").pages());
        assertEquals("61-67", ReferenceParser.ocrRanges("61\u13d067"));
        // not inside identifiers or numbers
        assertEquals("https://x.org/ab12e456", ReferenceParser.ocrRanges("https://x.org/ab12e456"));
        assertEquals("1.25e10", ReferenceParser.ocrRanges("1.25e10"));
    }

    @Test
    void thePageRangeAfterPpIsThePages() {
        ParsedReference r = parser.parse("Statistica Nova (2008), 9, 2, pp. 234–248");
        assertEquals("234", r.pageFirst());
        assertEquals("248", r.pageLast());
    }

    @Test
    void anArxivCategoryOrAStatusIsNoTitle() {
        assertNull(parser.parse("A. B. Author and C. Writer, arXiv:0804.3409[ hep-ph].").title());
        assertNull(parser.parse("D. Someone, arXiv:1101.3711v1[cond-mat.mes-hall] (2010)").title());
        assertNull(parser.parse("E. Person, private communication (2017).").title());
        assertEquals("Mathematics of the heat equation",
                parser.parse("F. Author, Mathematics of the heat equation, J. Appl. Math. 12, 33 (1999).").title());
    }

    @Test
    void aListLabelGluedToTheFirstNameIsNoPartOfIt() {
        assertEquals("Lund PA, Berg RE. Quiet harbours.", ReferenceParser.clean("17.Lund PA, Berg RE. Quiet harbours."));
        assertEquals("van der Berg JH. Quiet harbours.", ReferenceParser.clean("23.van der Berg JH. Quiet harbours."));
        assertEquals("Lund J-F, Berg A. Quiet harbours.", ReferenceParser.clean("26-Lund J-F, Berg A. Quiet harbours."));
        assertEquals("T .Lund ,J .Berg ,Quiet Phys .12 :455 ( 2005)", ReferenceParser.clean("10T .Lund ,J .Berg ,Quiet Phys .12 :455 ( 2005)"));
        assertEquals("Lund", parser.parse("32-Lund D, Berg J, Holm R. Quiet harbours of the north. J Quiet Res. 2011;8: 331-43.")
                .authors().get(0).family());
        // a chemical name keeps its number
        assertEquals("2-Methylpyridine as a quiet solvent. J. Quiet Chem. 12, 33 (1999).",
                ReferenceParser.clean("2-Methylpyridine as a quiet solvent. J. Quiet Chem. 12, 33 (1999)."));
        assertEquals("3D printing of harbours. Quiet Phys. 12 (1999) 33.", ReferenceParser.clean("3D printing of harbours. Quiet Phys. 12 (1999) 33."));
    }

    @Test
    void theNumberAfterAFullDateEndingTheStringIsTheNewspapersPage() {
        ParsedReference r = parser.parse("Lund, Karin. \u201cQuiet Harbours.\u201d Review of Tides, by Anna Berg. Northern Times Review, May 14, 2001, 12.");
        assertEquals("12", r.pageFirst());
        assertNull(r.volume());
        ParsedReference c = parser.parse("Berg, Anna. \u201cOn the Pier.\u201d Harbour Globe, 3 March 1999, C4+.");
        assertEquals("C4", c.pageFirst());
        assertNull(c.volume());
        // a volume before the date stays; only the number ending the string after the date is the page
        ParsedReference v = ReferenceParser.pageAfterDate(new ParsedReference(java.util.List.of(), false, null, null, "7", null,
                null, null, null, null, null, null, null, null, java.util.List.of(), null), "Quiet Weekly 7, June 2, 1998, 45.");
        assertEquals("7", v.volume());
        assertEquals("45", v.pageFirst());
    }
    @Test
    void shouldKeepTheBracketThatClosesOneOpenedInTheTitle() {
        // the model leaves the ")" before the title's period outside the title; the field keeps it
        ParsedReference r = parser.parse("Holm, K. (2011). Quiet harbours of the north (abstract). Journal of Harbour Studies, 12(3), 45-67.");
        assertEquals("Quiet harbours of the north (abstract)", r.title());
        assertEquals("Journal of Harbour Studies", r.containerTitle());
        ParsedReference b = parser.parse("Lund P, Berg A. Quiet harbours of the northern coast [in Norwegian]. Harbour J. 2009;12(3):45-67.");
        assertEquals("Quiet harbours of the northern coast [in Norwegian]", b.title());
        assertTrue(ModelFieldLabeller.closesOpenBracket("Quiet (abstract", ")"));
        assertTrue(ModelFieldLabeller.closesOpenBracket("Quiet [in Norwegian", "]"));
        assertFalse(ModelFieldLabeller.closesOpenBracket("Quiet (abstract)", ")"), "a closed bracket is not closed again");
        assertFalse(ModelFieldLabeller.closesOpenBracket("Quiet [in Norwegian", ")"), "only the bracket of the same kind");
    }
}
