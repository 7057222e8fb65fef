package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StyleVarietyRules}, on invented references. */
class StyleVarietyRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldEndTheTitleBeforeADescriptionInBrackets() {
        ParsedReference r = parser.parse("Lindholm, S. (2018). Wave loading on offshore structures (Doctoral"
                + " dissertation). Norwegian University of Science and Technology, Trondheim.");
        assertEquals("Wave loading on offshore structures", r.title(), r.toString());
        assertEquals("thesis", r.type(), r.toString());
        ParsedReference q = parser.parse("Andersson, K., & Petrov, D. (2021). Sediment cores from the Baltic Sea,"
                + " 2015-2019 (Version 2) [Data set]. Zenodo. https://doi.org/10.5281/zenodo.4567890");
        assertEquals("Sediment cores from the Baltic Sea, 2015-2019", q.title(), q.toString());
        assertNull(q.issue(), q.toString());
        ParsedReference v = parser.parse("Brightwater Developers. (2023). wavecalc (v3.1.0) [Software]."
                + " https://github.com/brightwater/wavecalc");
        assertEquals("wavecalc", v.title(), v.toString());
        assertNull(v.volume(), v.toString());
        ParsedReference t = parser.parse("Alvarez, R. (2010). Ondas internas en fiordos (Tesis de maestría)."
                + " Universidad de Chile.");
        assertEquals("Ondas internas en fiordos", t.title(), t.toString());
        assertEquals("thesis", t.type(), t.toString());
    }

    @Test
    void shouldReadNoVolumeIssueOrPagesFromAPatentNumber() {
        ParsedReference r = parser.parse("Harrow, J. B., & Lin, M. (2019). Tidal turbine blade assembly (U.S. Patent"
                + " No. 10,345,678). U.S. Patent and Trademark Office.");
        assertNull(r.volume(), r.toString());
        assertNull(r.issue(), r.toString());
        assertNull(r.pageFirst(), r.toString());
        assertEquals("Tidal turbine blade assembly", r.title(), r.toString());
    }

    @Test
    void shouldReadNoVolumeOrPagesFromABiorxivIdentifier() {
        ParsedReference r = parser.parse("Quint, A. et al. Single-cell atlas of the zebrafish fin. bioRxiv"
                + " 2022.03.14.484321 (2022).");
        assertNull(r.volume(), r.toString());
        assertNull(r.pageFirst(), r.toString());
        ParsedReference q = parser.parse("Kim, S., Park, J. (2021). Gut microbiome of sea otters. bioRxiv,"
                + " 2021.05.11.443210.");
        assertNull(q.volume(), q.toString());
        assertEquals("Gut microbiome of sea otters", q.title(), q.toString());
    }

    @Test
    void shouldReadAChicagoPhdDissAsAThesis() {
        ParsedReference r = parser.parse("Lang, M. (2011). Salt trade on the Baltic. PhD diss., Stockholm University.");
        assertEquals("thesis", r.type(), r.toString());
        ParsedReference q = parser.parse("Ortiz, Ramon. 2008. \"Lighthouse Keepers of Maine.\" Ph.D. diss., University"
                + " of Maine.");
        assertEquals("thesis", q.type(), q.toString());
        assertNull(q.containerTitle(), q.toString());
    }

    @Test
    void shouldReadAGroupAuthorTheLabellerTookForTheTitleOrContainer() {
        ParsedReference r = parser.parse("Marine Conservation Society. (2022). Beach clean report 2022. Retrieved"
                + " March 1, 2023, from https://www.mcsuk.org/beachclean2022");
        assertEquals(List.of(new CitationAuthor("Marine Conservation Society", null)), r.authors(), r.toString());
        assertEquals("Beach clean report 2022", r.title(), r.toString());
        ParsedReference q = parser.parse("Harbour Trust of Wales. (2019). Annual review of moorings. Harbour Trust"
                + " Press.");
        assertEquals(List.of(new CitationAuthor("Harbour Trust of Wales", null)), q.authors(), q.toString());
        assertEquals("Annual review of moorings", q.title(), q.toString());
        assertNull(q.containerTitle(), q.toString());
    }

    @Test
    void shouldReadADataOrSoftwareRepositoryAsThePublisher() {
        ParsedReference aas = parser.parse("Kerr, A. 2021, Zenodo, doi:10.5281/zenodo.4400001");
        assertEquals("Zenodo", aas.publisher(), aas.toString());
        assertEquals(null, aas.title(), aas.toString());
        ParsedReference apa = parser.parse("Holm, T. (2022). tidekit (Version 1.4.2) [Computer software]. GitHub."
                + " https://github.com/holm/tidekit");
        assertEquals("GitHub", apa.publisher(), apa.toString());
        assertEquals(null, apa.containerTitle(), apa.toString());
        assertEquals("article", apa.type(), apa.toString());
        ParsedReference fig = parser.parse("Moe, K. (2021). Quiet harbour survey data. figshare."
                + " https://doi.org/10.6084/m9.figshare.1234567");
        assertEquals("figshare", fig.publisher(), fig.toString());
        assertEquals("Quiet harbour survey data", fig.title(), fig.toString());
        // a journal with a volume keeps its name
        ParsedReference j = parser.parse("Lund, P. (2020). Quiet code. Journal of GitHub Studies, 4, 12-19.");
        assertEquals(null, j.publisher(), j.toString());
    }

    @Test
    void shouldSplitGermanNameListsAtTheirSlashes() {
        ParsedReference r = parser.parse("Fischer, A./Koch, B. (2017): Handbuch der Meeresökologie. Berlin: Springer.");
        assertEquals(List.of(new CitationAuthor("Fischer", "A."), new CitationAuthor("Koch", "B.")), r.authors(),
                r.toString());
        ParsedReference q = parser.parse("Weber, K./Braun, L./Vogel, S. (2016): Die Elbe als Wasserstraße. In:"
                + " Zeitschrift für Binnenschifffahrt 12 (4), S. 33-41.");
        assertEquals(List.of(new CitationAuthor("Weber", "K."), new CitationAuthor("Braun", "L."),
                new CitationAuthor("Vogel", "S.")), q.authors(), q.toString());
        ParsedReference e = parser.parse("Sommer, H.-J./Winter, M. (Hrsg.) (2014): Deiche und Sperrwerke. Bremen:"
                + " Hauschild.");
        // before "(Hrsg.)" the names are the editors of an edited book, as one name before it is
        assertEquals(List.of(new CitationAuthor("Sommer", "H.-J."), new CitationAuthor("Winter", "M.")), e.editors(),
                e.toString());
        assertEquals(List.of(), e.authors(), e.toString());
    }

    @Test
    void shouldTellWhereUnnumberedEntriesBeginAndEnd() {
        assertTrue(StyleVarietyRules.opensWithGroupAuthor("Office for National Statistics (2022) Coastal towns."));
        assertTrue(StyleVarietyRules.opensWithGroupAuthor("Marine Conservation Society. (2022, June 8). Beach report."));
        assertFalse(StyleVarietyRules.opensWithGroupAuthor("Journal of Quay Studies (2019) 12, 33-41."));
        assertFalse(StyleVarietyRules.opensWithGroupAuthor("Quiet Harbours (2019). London: Quarry Press."));
        assertTrue(StyleVarietyRules.opensWithGroupAuthor("ISO 9001:2015, Quality management systems. Geneva."));
        assertTrue(StyleVarietyRules.opensWithGroupAuthor("DIN EN 1991-1-4:2010-12, Eurocode 1: Wind actions."));
        assertFalse(StyleVarietyRules.opensWithGroupAuthor("ISO standards in practice. London: Quarry Press."));
        assertTrue(StyleVarietyRules.endsWithBibcode("Fairweather, T. 2022, MNRAS, 512, 1024, 2022MNRAS.512.1024F"));
        assertTrue(StyleVarietyRules.endsWithBibcode("Rudd, J. 2020, A&A, 641, A52, 2020A&A...641A..52R"));
        assertFalse(StyleVarietyRules.endsWithBibcode("Fairweather, T. 2022, MNRAS, 512, 1024, and see"));
    }

    @Test
    void shouldSplitAOneLinePerEntryListAtGroupAuthorsAndBibcodes() {
        String doc = "Notes on harbours\n\nText.\n\nReferences\n\n"
                + "Hemming, J. (2018) 'Seagrass loss in estuaries', Marine Quays, 592, pp. 1-14.\n"
                + "Office for National Statistics (2022) Coastal towns in England. Available at: https://example.org/ct\n"
                + "Fairweather, T., & Ng, W. 2022, MNRAS, 512, 1024, 2022MNRAS.512.1024F\n"
                + "Halberg, S. et al. Tidal forcing of quays. Nature 580, 212-216 (2020).\n"
                + "ISO 4711:2011, Mooring lines - Requirements. Geneva: ISO.\n";
        List<FoundReference> refs = new ReferenceExtractor().extract(doc);
        assertEquals(5, refs.size(), refs.toString());
        assertTrue(refs.get(1).raw().startsWith("Office for National Statistics"), refs.toString());
        assertTrue(refs.get(3).raw().startsWith("Halberg"), refs.toString());
        assertTrue(refs.get(4).raw().startsWith("ISO 4711"), refs.toString());
    }

    @Test
    void shouldReadAWorkInABookWithItsEditorsAsAChapter() {
        ParsedReference r = parser.parse("Brennan, Tomas. \"Weather in the Novel.\" The Oxford Handbook of Climate"
                + " Fiction, edited by Ana Ruiz, Oxford UP, 2018, pp. 45-67.");
        assertEquals("chapter", r.type(), r.toString());
        ParsedReference q = parser.parse("Carrow, L. (2019) 'Flood defences and the parish', in Baines, R. (ed.) Local"
                + " Government and the Sea. Manchester: Manchester University Press, pp. 77-98.");
        assertEquals("chapter", q.type(), q.toString());
        ParsedReference j = parser.parse("Halvorsen, Ingrid. \"Salt Roads.\" Journal of Maritime Rhetoric, vol. 14,"
                + " no. 3, 2019, pp. 211-34.");
        assertEquals("article-journal", j.type(), j.toString());
    }

    @Test
    void shouldReadAStandardsDesignationAsNoNameYearOrPage() {
        ParsedReference r = parser.parse("DIN EN 1991-1-4:2010-12, Eurocode 1: Actions on structures - Part 1-4:"
                + " Wind actions. Beuth, Berlin.");
        assertTrue(r.authors().isEmpty(), r.toString());
        assertEquals(2010, r.year(), r.toString());
        assertNull(r.pageFirst(), r.toString());
        ParsedReference q = parser.parse("ISO 9001:2015, Quality management systems - Requirements. International"
                + " Organization for Standardization, Geneva, 2015.");
        assertNull(q.pageFirst(), q.toString());
        assertEquals(2015, q.year(), q.toString());
        ParsedReference a = parser.parse("ASTM D638-14, Standard Test Method for Tensile Properties of Plastics. ASTM"
                + " International, West Conshohocken, PA, 2014.");
        assertEquals("Standard Test Method for Tensile Properties of Plastics", a.title(), a.toString());
    }

    @Test
    void shouldReadANewspapersSectionPageAsThePage() {
        ParsedReference r = parser.parse("Greene, M. (2021, March 14). Storm surge floods coastal towns. The New York"
                + " Times, A12.");
        assertNull(r.volume(), r.toString());
        assertEquals("A12", r.pageFirst(), r.toString());
        ParsedReference q = parser.parse("Tamsin Hale, \"Ferry Fares to Double,\" Wall Street Journal, 3 May 2017, B1.");
        assertNull(q.volume(), q.toString());
        assertEquals("B1", q.pageFirst(), q.toString());
    }

    @Test
    void shouldStartAnUnsignedEntryWithAQuotedTitleAfterALink() {
        String doc = "Notes on harbours\n\nText.\n\nWorks Cited\n\n"
                + "Fenwick, Rosa. \"The Drowned Archive.\" Harbour Lines, 4 June 2021, harbourlines.example.org/archive.\n"
                + "\"Tide gauge.\" Quaypedia, 3 Jan. 2023, quaypedia.example.org/wiki/Tide_gauge.\n"
                + "\"Ferry Fares to Double.\" Harbour News, 2 May 2017, https://harbournews.example.com/fares\n"
                + "Lund, Karin. Quiet Harbours. Quarry Press, 1961.\n";
        List<FoundReference> refs = new ReferenceExtractor().extract(doc);
        assertEquals(4, refs.size(), refs.toString());
        assertTrue(refs.get(1).raw().startsWith("\"Tide gauge"), refs.toString());
        assertFalse(StyleVarietyRules.quotedTitleAfterLink("Lund, Karin. 2009.", "\"Quiet Cranes.\" Quay Studies 4: 1-9."));
    }
}
