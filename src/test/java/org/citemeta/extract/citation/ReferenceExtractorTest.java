package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.Extraction;
import org.junit.jupiter.api.Test;

class ReferenceExtractorTest {
    private final ReferenceExtractor extractor = new ReferenceExtractor();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    private static void assertYang(FoundReference r, String original) {
        assertEquals(ReferenceKind.IN_TEXT, r.kind());
        assertEquals(List.of(new CitationAuthor("Yang", "X.")), r.parsed().authors());
        assertTrue(r.parsed().etAl());
        assertEquals("Science", r.parsed().containerTitle());
        assertEquals("379", r.parsed().volume());
        assertEquals("240", r.parsed().pageFirst());
        assertEquals("243", r.parsed().pageLast());
        assertEquals(2023, r.parsed().year());
        assertEquals("X. Yang et al. Science 379, 240-243; 2023", r.raw());
        assertTrue(r.context().startsWith("The Chinese Academy of Sciences, which faces"), r.context());
        assertTrue(r.context().endsWith("(X. Yang et al. Science 379, 240-243; 2023)."), r.context());
        assertNull(r.label());
        assertEquals(0, r.order());
        String span = original.substring(r.start(), r.end());
        assertTrue(span.startsWith("X. Yang") && span.endsWith("2023"), span);
        assertEquals('(', original.charAt(r.start() - 1));
        assertEquals(')', original.charAt(r.end()));
    }

    @Test
    void bothSeedsGiveExactlyTheYangReferenceWithTheSameKey() throws IOException {
        String pdf = seed("000");
        String web = seed("001");
        List<FoundReference> a = extractor.extract(pdf);
        List<FoundReference> b = extractor.extract(web);
        assertEquals(1, a.size(), a::toString);
        assertEquals(1, b.size(), b::toString);
        assertYang(a.get(0), pdf);
        assertYang(b.get(0), web);
        assertEquals("X. Yang *et al. Science* **379**, 240–243; 2023", pdf.substring(a.get(0).start(), a.get(0).end()));
        assertEquals(a.get(0).key(), b.get(0).key());
        assertEquals("ref:yang|2023|science|379|240", a.get(0).key());
    }

    @Test
    void entityExtractorCarriesTheReferences() throws IOException {
        Extraction x = new EntityExtractor().extract(seed("001"));
        assertEquals(1, x.references().size());
        assertEquals("Science", x.references().get(0).parsed().containerTitle());
    }

    @Test
    void numberedListWithMarkers() {
        String text = "Stability remains the obstacle [1,2]. Encapsulation helped [3]. Others disagree [2–3].\n\n"
                + "## References\n"
                + "1. Green, M. A., Ho-Baillie, A. & Snaith, H. J. The emergence of perovskite solar cells. Nature "
                + "Photonics 8, 506-514 (2014).\n"
                + "2. Park, N.-G. Perovskite solar cells: an emerging photovoltaic technology. Materials Today 18, "
                + "65-72 (2015).\n"
                + "3. Grätzel, M. The light and shade of perovskite solar cells.\n   Nature Materials 13, 838-842 (2014).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(3, refs.size(), refs::toString);
        assertEquals(List.of("1", "2", "3"), refs.stream().map(FoundReference::label).toList());
        assertTrue(refs.stream().allMatch(r -> r.kind() == ReferenceKind.LIST_ENTRY));
        FoundReference third = refs.get(2);
        assertEquals("Grätzel, M. The light and shade of perovskite solar cells. Nature Materials 13, 838-842 (2014).",
                third.raw());
        assertEquals("Nature Materials", third.parsed().containerTitle());
        assertEquals(List.of("[3]", "[2–3]"), third.markers().stream().map(CitationMarker::text).toList());
        assertEquals(List.of("[1,2]", "[2–3]"), refs.get(1).markers().stream().map(CitationMarker::text).toList());
        CitationMarker m = refs.get(0).markers().get(0);
        assertEquals("[1,2]", text.substring(m.start(), m.end()));
        assertEquals("Stability remains the obstacle [1,2].", m.context());
        assertEquals("Green, M. A.", text.substring(refs.get(0).start(), refs.get(0).start() + 12));
        assertTrue(text.substring(third.start(), third.end()).endsWith("838-842 (2014)."));
    }

    @Test
    void bracketAndParenthesisedNumbersAndRefWords() {
        String text = "As shown before (1) and in ref. 2, the effect is real (refs 1,2).\n\n"
                + "**Bibliography**\n\n"
                + "(1) Smith, J. A. Nature 500, 54-58 (2013).\n"
                + "(2) Doe, B. & Roe, C. Science 340, 12 (2013).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(2, refs.size(), refs::toString);
        assertEquals(List.of("(1)", "refs 1,2"), refs.get(0).markers().stream().map(CitationMarker::text).toList());
        assertEquals(List.of("ref. 2", "refs 1,2"), refs.get(1).markers().stream().map(CitationMarker::text).toList());
    }

    @Test
    void parenthesisedAffiliationMarkersAndLineLabelsAreNoCitations() {
        String text = "Wave damping in long flumes\n\n"
                + "Ingrid Solberg(1), Paulo Mendes(2) and Kenji Arata (1,2)\n"
                + "(1) Institute of Coastal Studies, Harbour University, Norway\n"
                + "(2) Department of Physics, Lake College, Portugal\n\n"
                + "Damping grows with the square of the amplitude (2), as predicted long before\n"
                + "(1) and measured since.\n\n"
                + "References\n"
                + "1. Holm, A. J. Fluid Mech. 120, 11-19 (1982).\n"
                + "2. Vik, B. Phys. Fluids 7, 300-310 (1995).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(2, refs.size(), refs::toString);
        // only the markers of the sentence: not those of the author line, not the affiliation lines' labels
        assertEquals(List.of(text.indexOf("before\n(1)") + 7), refs.get(0).markers().stream().map(CitationMarker::start).toList());
        assertEquals(List.of(text.indexOf("amplitude (2)") + 10), refs.get(1).markers().stream().map(CitationMarker::start).toList());
    }

    /**
     * Whether a parenthesised number is a marker depends on its line (a line of names, a line's label): each line is
     * read once, not once per marker (a line of 80,000 "(1)" took minutes).
     */
    @Test
    void manyParenthesisedMarkersOnOneLongLineAreReadInLinearTime() {
        String text = "Lund (1) ".repeat(80_000) + "\n\nReferences\n1. Smith, J. A. Nature 500, 54-58 (2013).\n";
        List<FoundReference>[] refs = new List[1];
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> refs[0] = extractor.extract(text));
        assertEquals(1, refs[0].size());
        assertTrue(refs[0].get(0).markers().isEmpty()); // a line of names: affiliation marks, no citations
    }

    @Test
    void aNumberedNotesSectionGivesTheNotesThatCiteAWorkWhole() {
        String text = "The harbour guilds declined after 1850 [2].\n\n"
                + "Endnotes\n\n"
                + "1. I thank the archivists of the harbour museum for their help.\n"
                + "2. Karin Lund, Quiet Harbours and Trade (London: Quarry Press, 1961), 45. On the guilds see also the\n"
                + "   Harbour Museum's records.\n"
                + "3. Ibid., 60.\n"
                + "4. Lund, Quiet Harbours, 112-15.\n"
                + "5. Piet Vos, \"Guilds of the North Sea,\" Maritime History Review 12, no. 3 (1988): 201-19.\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of("2", "5"), refs.stream().map(FoundReference::label).toList(), refs::toString);
        assertEquals("Quiet Harbours and Trade", refs.get(0).parsed().title());
        assertEquals(1961, refs.get(0).parsed().year());
        assertEquals("Karin Lund, Quiet Harbours and Trade (London: Quarry Press, 1961), 45.", refs.get(0).raw()); // not the remark after it
        assertEquals("Maritime History Review", refs.get(1).parsed().containerTitle());
        assertEquals(List.of("[2]"), refs.get(0).markers().stream().map(CitationMarker::text).toList());
    }

    @Test
    void anIbidEntryOfAReferenceListIsNoReferenceOfItsOwn() {
        String text = "Body.\n\nReferences\n"
                + "1. Lund, K. Quiet Harbours and Trade. London: Quarry Press, 1961.\n"
                + "2. Ibid., p. 60.\n"
                + "3. Vos, P. Guilds of the North Sea. Marit. Hist. Rev. 12, 201-219 (1988).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of("1", "3"), refs.stream().map(FoundReference::label).toList(), refs::toString);
    }

    @Test
    void unnumberedListOnePerLineAndHangingWraps() {
        String text = "Body text.\n\nReferences\n"
                + "Kuhn, T. S. (1962). The Structure of Scientific Revolutions. Chicago: University of Chicago\n"
                + "    Press.\n"
                + "Smith, J. A., & Doe, B. (2019). A study of things. Journal of Stuff, 12(3), 45–67.\n"
                + "Yang, X. et al. Science 379, 240 (2023).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(3, refs.size(), refs::toString);
        assertNull(refs.get(0).label());
        assertEquals("Kuhn, T. S. (1962). The Structure of Scientific Revolutions. Chicago: University of Chicago Press.",
                refs.get(0).raw());
        assertEquals("University of Chicago Press", refs.get(0).parsed().publisher());
        assertEquals("Journal of Stuff", refs.get(1).parsed().containerTitle());
        assertEquals("Science", refs.get(2).parsed().containerTitle());
        assertEquals(List.of(0, 1, 2), refs.stream().map(FoundReference::order).toList());
    }

    @Test
    void anEntryOpeningWithADittoMarkHasTheAuthorsOfTheEntryBefore() {
        String text = "Body text.\n\nReferences\n"
                + "Lund, Karin. Quiet Waters. London: Quarry Press, 1956.\n"
                + "\u2014\u2014\u2014. Quiet Harbours and Trade. London: Quarry Press, 1961.\n"
                + "Berg, T., and Moss, A. Salt and Tides. Harbour Review 12, 3-9 (1970).\n"
                + "___. Tides Again. Harbour Review 14, 1-8 (1972).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(4, refs.size(), refs::toString);
        assertEquals(List.of(new CitationAuthor("Lund", "Karin")), refs.get(1).parsed().authors());
        assertEquals("Quiet Harbours and Trade", refs.get(1).parsed().title());
        assertEquals(1961, refs.get(1).parsed().year());
        assertEquals("---. Quiet Harbours and Trade. London: Quarry Press, 1961.", refs.get(1).raw()); // dashes normalised
        assertEquals(List.of(new CitationAuthor("Berg", "T."), new CitationAuthor("Moss", "A.")), refs.get(3).parsed().authors());
        assertEquals("Tides Again", refs.get(3).parsed().title());
        assertEquals("14", refs.get(3).parsed().volume());
    }

    @Test
    void aDittoMarkSpacedByPdfExtractionIsADittoMarkToo() {
        // the same test as DittoMarkRules on the tokens, where each dash is a token: before, the raw-string test wanted
        // the dashes together, so the entry below was parsed with no names at all
        String text = "Body text.\n\nReferences\n"
                + "Lund, Karin. Quiet Waters. London: Quarry Press, 1956.\n"
                + "\u2014 \u2014 \u2014 . Quiet Harbours and Trade. London: Quarry Press, 1961.\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(2, refs.size(), refs::toString);
        assertEquals(List.of(new CitationAuthor("Lund", "Karin")), refs.get(1).parsed().authors());
        assertEquals("Quiet Harbours and Trade", refs.get(1).parsed().title());
    }

    @Test
    void unnumberedListOnePerParagraph() {
        String text = "# Works cited\n\nGrätzel, M. The light and shade of perovskite solar cells. Nature Materials 13,\n"
                + "838-842 (2014).\n\nPark, N.-G. Perovskite solar cells. Materials Today 18, 65-72 (2015).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(2, refs.size(), refs::toString);
        assertEquals("838", refs.get(0).parsed().pageFirst());
        assertEquals("Materials Today", refs.get(1).parsed().containerTitle());
    }

    @Test
    void ordinaryParentheticalsAreNotReferences() {
        String text = "The Chinese Academy of Sciences (CAS) grew (see Fig. 2). A report (2019) said so, as did "
                + "others (Smith et al., 2019; Jones 2020). Costs rose (from 12, 13 to 14 in 2019).";
        assertEquals(List.of(), extractor.extract(text));
    }

    @Test
    void markdownEmphasisOffsetsMapToTheOriginal() {
        String text = "Big facilities attract talent (J. Smith *et al. Nature* **500**, 54–58; 2013). More text.";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(1, refs.size());
        FoundReference r = refs.get(0);
        assertEquals("J. Smith et al. Nature 500, 54-58; 2013", r.raw());
        assertEquals("J. Smith *et al. Nature* **500**, 54–58; 2013", text.substring(r.start(), r.end()));
        assertEquals("Big facilities attract talent (J. Smith et al. Nature 500, 54-58; 2013).", r.context());
        assertEquals("Nature", r.parsed().containerTitle());
    }

    @Test
    void severalReferencesInOneParenthesis() {
        String text = "It was seen twice (Smith, J. Nature 500, 54 (2013); Doe, B. Science 340, 12 (2014)).";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(2, refs.size(), refs::toString);
        assertEquals("Nature", refs.get(0).parsed().containerTitle());
        assertEquals("Science", refs.get(1).parsed().containerTitle());
        assertEquals("Doe, B. Science 340, 12 (2014)", text.substring(refs.get(1).start(), refs.get(1).end()));
    }

    @Test
    void headlessNumberedListAtTheEnd() {
        String text = "Data matter (ref. 1).\n\n1. Wilkinson, M. D. et al. Sci. Data 3, 160018 (2016).\n"
                + "2. Keller, T. & Raman, P. Data Sci. J. 21, 14 (2022).\n\nThe author is a fellow.";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(2, refs.size(), refs::toString);
        assertEquals("Sci. Data", refs.get(0).parsed().containerTitle());
        assertEquals("ref. 1", refs.get(0).markers().get(0).text());
        assertEquals("Data matter (ref. 1).", refs.get(0).markers().get(0).context());
    }

    // ---- layouts of reference lists (thirteenth session, helper X1; ReferenceListLayouts)

    private static final String BERG = "Berg, T. (2011). Harbour trade in the Baltic. Journal of Maritime History, 23(2), 101-118.";
    private static final String COSTA = "Costa, R., & Lima, F. (2015). Urban heat islands in Lisbon. Urban Climate, 14, 33-47.";
    private static final String DUARTE = "Duarte, P. (2019). Water governance. Cambridge University Press.";

    @Test
    void headingsInOtherLanguagesAndFormsOpenAList() {
        for (String heading : List.of("Bibliografía", "Cited Works", "Sources and literature", "Literaturverzeichnis",
                "Referências", "<h2>References</h2>", "Supplementary References")) {
            String text = "Body text (Berg, 2011).\n\n" + heading + "\n\n" + BERG + "\n" + COSTA + "\n" + DUARTE + "\n";
            List<FoundReference> refs = extractor.extract(text);
            assertEquals(3, refs.size(), heading + ": " + refs);
            assertEquals(DUARTE, refs.get(2).raw());
        }
    }

    @Test
    void entriesLabelledOneParenthesisAreNumbered() {
        String text = "Mixing matters [2].\n\nReferences:\n"
                + "1) Moreau, J. & Petit, L. Tidal mixing revisited. Ocean Model. 77, 12-20 (2014).\n"
                + "2) Nakamura, H. Sediment plumes and turbidity. Mar. Geol. 390, 210-224 (2019).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of("1", "2"), refs.stream().map(FoundReference::label).toList(), refs::toString);
        assertEquals("Nakamura, H. Sediment plumes and turbidity. Mar. Geol. 390, 210-224 (2019).", refs.get(1).raw());
        assertEquals(List.of("[2]"), refs.get(1).markers().stream().map(CitationMarker::text).toList());
    }

    @Test
    void markdownBulletsStartEntriesAndAreNotPartOfThem() {
        String text = "Body text.\n\n**References**\n\n* " + BERG + "\n* " + COSTA + "\n- " + DUARTE + "\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of(BERG, COSTA, DUARTE), refs.stream().map(FoundReference::raw).toList());
        assertEquals("Berg", text.substring(refs.get(0).start(), refs.get(0).start() + 4));
    }

    @Test
    void aPageNumberOrPageFooterInsideAListIsNoPartOfAnEntry() {
        String text = "Intro [1]-[3].\n\nREFERENCES\n"
                + "[1] M. Lindqvist and T. Hertel, \"Wave damping,\" J. Fluid Mech., vol. 812, pp. 101-119,\n2017.\n"
                + "Page 7 of 9\n"
                + "[2] C. A. Okafor, \"Salt marsh carbon budgets,\" Estuar. Coast. Shelf Sci., vol. 201, pp. 45-52,\n"
                + "8\n"
                + "2018.\n"
                + "[3] J. Moreau and L. Petit, \"Tidal mixing revisited,\" Ocean Model., vol. 77, pp. 12-20, 2014.\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(3, refs.size(), refs::toString);
        assertTrue(refs.get(0).raw().endsWith("pp. 101-119, 2017."), refs.get(0).raw());
        assertTrue(refs.get(1).raw().endsWith("pp. 45-52, 2018."), refs.get(1).raw());
    }

    @Test
    void aListHeadingEndsTheSectionBeforeIt() {
        String notes = "Text with a note.\n\nNotes\n\n"
                + "1. Karin Lund, Quiet Harbours and Trade (London: Quarry Press, 1961), 45.\n2. Ibid., 60.\n\n"
                + "Bibliography\n\n" + BERG + "\n" + COSTA + "\n";
        assertEquals(List.of("Karin Lund, Quiet Harbours and Trade (London: Quarry Press, 1961), 45.", BERG, COSTA),
                extractor.extract(notes).stream().map(FoundReference::raw).toList());
        String two = "Body [1].\n\nReferences\n\n1. Moreau, J. Tidal mixing. Ocean Model. 77, 12-20 (2014).\n\n"
                + "Supplementary Information\n\nMore figures.\n\nSupplementary References\n\n"
                + "1. Haugen, E. Flume calibration. Exp. Fluids 60, 1-9 (2019).\n";
        List<FoundReference> refs = extractor.extract(two);
        assertEquals(2, refs.size(), refs::toString);
        assertEquals("Exp. Fluids", refs.get(1).parsed().containerTitle());
    }

    @Test
    void anUnnumberedListEndsAtACaptionOrABiography() {
        String text = "Body (Berg, 2011).\n\nReferences\n\n" + BERG + "\n" + COSTA + "\n\n"
                + "Table 1. Sites and years of the survey, 2011-2015.\n\n" + DUARTE + "\n";
        assertEquals(List.of(BERG, COSTA), extractor.extract(text).stream().map(FoundReference::raw).toList());
        String bio = "Body.\n\nReferences\n\n" + BERG + "\n\n" + COSTA + "\n\n"
                + "Maria Lindqvist is a professor of coastal engineering at Harbour University, Norway.\n";
        assertEquals(List.of(BERG, COSTA), extractor.extract(bio).stream().map(FoundReference::raw).toList());
    }

    @Test
    void htmlIshHeadingsAndEntriesLoseTheirTags() {
        String text = "<p>Waves damp [1].</p>\n<h2>References</h2>\n<ol>\n<li>" + BERG + "</li>\n<li>" + COSTA
                + "</li>\n</ol>\n</body></html>\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of(BERG, COSTA), refs.stream().map(FoundReference::raw).toList(), refs::toString);
        String br = "<p>Waves damp [1].</p>\n<h2>References</h2>\n<p>[1] " + BERG + "<br>\n[2] " + COSTA + "</p>\n";
        List<FoundReference> numbered = extractor.extract(br);
        assertEquals(List.of("1", "2"), numbered.stream().map(FoundReference::label).toList(), numbered::toString);
        assertEquals(COSTA, numbered.get(1).raw());
        assertEquals(1, numbered.get(0).markers().size());
    }

    @Test
    void layoutPatternsStayFastOnLongRuns() {
        String run = "a".repeat(10_000);
        for (String text : List.of("References\n\n<" + run + " " + run, "References\n\n- " + "-".repeat(10_000),
                "References\n\n" + "<b>".repeat(3_000) + run + "</b>".repeat(3_000), "References\n\nPage " + "1".repeat(10_000),
                "References\n\n1. Moreau, J. Tidal mixing. Ocean\n" + "14\nJournal of Coastal Studies\n".repeat(5_000))) {
            long t = System.nanoTime();
            extractor.extract(text);
            assertTrue(System.nanoTime() - t < 5_000_000_000L);
        }
    }

    @Test
    void anAuthorYearListAtTheEndWithoutAHeadingIsAList() {
        String text = "Trade grew (Berg, 2011), and cities warmed (Costa & Lima, 2015).\n\n"
                + BERG + "\n" + COSTA + "\n" + DUARTE + "\n";
        assertEquals(List.of(BERG, COSTA, DUARTE), extractor.extract(text).stream().map(FoundReference::raw).toList());
        // two entries are too few; prose naming authors and years is no list
        assertEquals(List.of(), extractor.extract("Trade grew.\n\n" + BERG + "\n" + COSTA + "\n"));
        assertEquals(List.of(), extractor.extract("Results\n\nBerg (2011) found that harbour trade grew; Costa and "
                + "Lima (2015) saw heat islands.\nDuarte (2019) wrote on governance.\n"));
    }

    @Test
    void aRunningHeaderNextToAPageNumberInsideAListIsNoPartOfAnEntry() {
        String header = "Journal of Coastal Studies 12 (2021)";
        String text = header + "\n\nTidal mixing matters [1].\n\n13\n" + header + "\n\nReferences\n\n"
                + "1. Moreau, J. & Petit, L. Tidal mixing revisited. Ocean\n14\n" + header + "\nModel. 77, 12-20 (2014).\n"
                + "2. Nakamura, H. Sediment plumes and turbidity. Mar. Geol.\n390, 210-224 (2019).\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals("Moreau, J. & Petit, L. Tidal mixing revisited. Ocean Model. 77, 12-20 (2014).", refs.get(0).raw());
        assertEquals(2, refs.size(), refs::toString);
    }

    @Test
    void alphabeticLabelsStartEntriesAndTheirMarkersAreLinked() {
        String text = "As shown in [Lin17] and [Oka18], not in [Xyz99].\n\nReferences\n\n"
                + "[Lin17] M. Lindqvist and T. Hertel. Wave damping in long flumes. J. Fluid Mech., 812:101-119, 2017.\n"
                + "[Oka18] C. A. Okafor. Salt marsh carbon budgets. Estuar. Coast. Shelf Sci., 201:45-52,\n   2018.\n"
                + "[MP14] J. Moreau and L. Petit. Tidal mixing revisited. Ocean Model., 77:12-20, 2014.\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of("Lin17", "Oka18", "MP14"), refs.stream().map(FoundReference::label).toList(), refs::toString);
        assertEquals("C. A. Okafor. Salt marsh carbon budgets. Estuar. Coast. Shelf Sci., 201:45-52, 2018.", refs.get(1).raw());
        assertEquals(List.of("[Lin17]"), refs.get(0).markers().stream().map(CitationMarker::text).toList());
        assertEquals(List.of("[Oka18]"), refs.get(1).markers().stream().map(CitationMarker::text).toList());
    }

    @Test
    void aNumberedEntryBrokenByAPageBreakGoesOnAfterIt() {
        String text = "Body [1], [3].\n\nReferences\n\n"
                + "1. Lindqvist, M. Wave damping. J. Fluid Mech. 812, 101-119 (2017).\n"
                + "2. Moreau, J. & Petit, L. Tidal mixing revisited. Ocean\n\n14\n\nModel. 77, 12-20 (2014).\n"
                + "3. Nakamura, H. Sediment plumes. Mar. Geol. 390, 210-224 (2019).\n\n"
                + "Maria Lindqvist is a professor at Harbour University.\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of("1", "2", "3"), refs.stream().map(FoundReference::label).toList(), refs::toString);
        assertEquals("Moreau, J. & Petit, L. Tidal mixing revisited. Ocean Model. 77, 12-20 (2014).", refs.get(1).raw());
        assertEquals("Nakamura, H. Sediment plumes. Mar. Geol. 390, 210-224 (2019).", refs.get(2).raw()); // not the bio
    }

    @Test
    void theItemsOfAnHtmlOrderedListAreNumberedAndTheirMarkersLinked() {
        String text = "<p>Heat islands grew [2].</p>\n<h2>References</h2>\n<ol>\n<li>" + BERG + "</li>\n<li>" + COSTA
                + "</li>\n</ol>\n";
        List<FoundReference> refs = extractor.extract(text);
        assertEquals(List.of("1", "2"), refs.stream().map(FoundReference::label).toList(), refs::toString);
        assertEquals(List.of("[2]"), refs.get(1).markers().stream().map(CitationMarker::text).toList());
        // an unordered list stays unlabelled
        String ul = text.replace("<ol>", "<ul>").replace("</ol>", "</ul>");
        assertEquals(Arrays.asList(null, null), extractor.extract(ul).stream().map(FoundReference::label).toList());
    }

    /**
     * The ditto mark's pattern repeated a group once per dash, by recursion: a list entry opening with a run of 10,000
     * dashes overflowed the stack and failed the whole document (the fuzzer of 7 Dec 2026,
     * src/test/java/org/citemeta/fuzz/README.md). A ditto mark of many dashes still reads as one.
     */
    @Test
    void shouldReadAListEntryOpeningWithAVeryLongRunOfDashes() {
        String doc = "Widgets matter [1, 2].\n\nReferences\n1. Lund, K. Quiet Harbours. London: Widget Press, 2001.\n2. "
                + "\u2014".repeat(100_000) + ". Loud Harbours. London: Widget Press, 2005.\n";
        List<FoundReference> refs = extractor.extract(doc);
        assertEquals(2, refs.size());
        assertEquals("Lund", refs.get(1).parsed().authors().get(0).family());
        String ditto = "1. Lund, K. Quiet Harbours. London: Widget Press, 2001.\n2. " + "- ".repeat(40_000)
                + ". Loud Harbours. London: Widget Press, 2005.";
        assertEquals("Lund", extractor.extract("References\n" + ditto).get(1).parsed().authors().get(0).family());
    }

    /**
     * A run of combining marks in a document: every {@code \\b} of the engine's patterns looked back over the run at
     * each position (the reference markers' pattern alone took 7 s on 16,000 marks and grew with the square of the
     * run) before normalisation kept at most four marks in a row. The bound is far above what extraction needs.
     */
    @Test
    void shouldFinishOnADocumentWithALongRunOfCombiningMarks() {
        EntityExtractor entities = new EntityExtractor();
        entities.extract("Widgets [1].\n\nReferences\n1. Lund K. Widgets. Nature 1, 2 (2000).");
        String doc = "Jane Doe of the University of Oxford said so [1].\n\nReferences\n1. Lund K. Widgets. Nature 1, 2 (2000)."
                + "\u0301".repeat(60_000) + "\n2. Berg T. Gadgets. Nature 3, 4 (2001).\n";
        Extraction[] x = new Extraction[1];
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> x[0] = entities.extract(doc), "a run of combining marks made the engine's \\b look back over the run");
        assertEquals(2, x[0].references().size());
        assertEquals("Nature", x[0].references().get(0).parsed().containerTitle());
    }

    /**
     * The rule labeller's publisher cut split the whole rest of the text at every ". " before a capital: a list entry of
     * initials only "A. A. A. …" cost the square of its length (32 s for 48,000 characters, 4 s after on a busy
     * machine: the bound is generous, not a speed target).
     */
    @Test
    void shouldFinishOnAListEntryOfInitialsOnly() {
        extractor.extract("References\n1. Lund K. Widgets. Nature 1, 2 (2000).\n"); // loads the model outside the bound
        String doc = "Widgets [1].\n\nReferences\n1. Lund K. Widgets. Nature 1, 2 (2000).\n2. " + "A. ".repeat(32_000)
                + "\n3. Berg T. Gadgets. Nature 3, 4 (2001).\n";
        List<FoundReference>[] refs = new List[1];
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> refs[0] = extractor.extract(doc), "the publisher cut split the rest of the entry at each of its pieces");
        assertTrue(refs[0].stream().anyMatch(r -> r.raw().startsWith("Berg T. Gadgets")), refs[0].toString());
    }

    @Test
    void anEntryWhoseAuthorsASpacedSlashSeparatesStartsAnEntryOfItsOwn() {
        List<FoundReference> refs = extractor.extract("Die Quellen sind vielfältig.\n\nLiteraturverzeichnis\n\n"
                + "Holm, Anna (2012): Die Häfen des Nordens. Kiel: Quarry Verlag.\n"
                + "Berg, A.; Lund, B. (2019): Salzhandel im Ostseeraum. In: Zeitschrift für Hafengeschichte 46 (3), "
                + "S. 401-432.\n"
                + "Strand, Karl / Vik, Lena (2008): Kaufleute und Kräne. Stuttgart: Quarry Verlag.\n");
        // the third entry was read as the tail of the second (its names were no start of an entry)
        assertEquals(3, refs.size(), refs::toString);
        assertEquals(List.of(new CitationAuthor("Strand", "Karl"), new CitationAuthor("Vik", "Lena")),
                refs.get(2).parsed().authors(), refs.get(2)::toString);
    }
}
