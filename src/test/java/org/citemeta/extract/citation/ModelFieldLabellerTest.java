package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the trained labeller: tokens, features, model file, decoding constraints, name splitting. */
class ModelFieldLabellerTest {

    @Test
    void shouldKeepIdentifiersWholeAndSplitASectionLetterFromItsVolume() {
        ModelTokens t = ModelTokens.of("Phys. Rev. D46, 229 (1992), doi:10.1103/PhysRevD.46.229. e1234 2005a");
        assertEquals(List.of("Phys.", "Rev.", "D", "46", ",", "229", "(", "1992", ")", ",", "doi:10.1103/PhysRevD.46.229",
                ".", "e1234", "2005a"), List.of(t.word));
    }

    @Test
    void shouldForbidAYearWithoutDigitsAndADoiThatIsNoIdentifier() {
        ModelTokens t = ModelTokens.of("Trio 1990");
        int l = RefLabel.COUNT;
        float[] emit = new float[2 * l];
        emit[RefLabel.YEAR] = 100f; // the model would like "Trio" to be a year
        emit[l + RefLabel.YEAR] = 1f;
        LinearChainModel.constrain(emit, t, l);
        int[] y = LinearChainModel.viterbi(emit, 2, l, new float[(l + 1) * l], null);
        assertEquals(RefLabel.O, y[0]);
        assertEquals(RefLabel.YEAR, y[1]);
    }

    @Test
    void shouldAllowAVolumeInRomanNumeralsOfOneCaseOnly() {
        ModelTokens t = ModelTokens.of("Il XIV iv Vi");
        int l = RefLabel.COUNT;
        float[] emit = new float[t.count * l];
        LinearChainModel.constrain(emit, t, l);
        assertEquals(LinearChainModel.FORBIDDEN, emit[RefLabel.VOLUME], "\"Il\" (\"Il Nuovo Cimento\") is no numeral");
        assertEquals(0f, emit[l + RefLabel.VOLUME]);
        assertEquals(0f, emit[2 * l + RefLabel.VOLUME]);
        assertEquals(LinearChainModel.FORBIDDEN, emit[3 * l + RefLabel.VOLUME]);
    }

    @Test
    void shouldReadBackTheModelItWrote() throws Exception {
        int l = RefLabel.COUNT;
        float[] w = new float[2 * l];
        w[RefLabel.TITLE] = 1.5f;
        w[l + RefLabel.YEAR] = -2f;
        float[] trans = new float[(l + 1) * l];
        trans[3] = 0.25f;
        LinearChainModel.FeatureIndex index = new LinearChainModel.FeatureIndex(2);
        long a = ReferenceFeatures.key(ReferenceFeatures.WORD, "a");
        long b = ReferenceFeatures.key(ReferenceFeatures.WORD, "b");
        index.add(a);
        index.add(b);
        LinearChainModel m = new LinearChainModel(l, index, w, trans);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LinearChainModel back = LinearChainModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(l, back.labels);
        assertEquals(1.5f, back.weights[back.index.get(a) * l + RefLabel.TITLE]);
        assertEquals(-2f, back.weights[back.index.get(b) * l + RefLabel.YEAR]);
        assertEquals(-1, back.index.get(ReferenceFeatures.key(ReferenceFeatures.WORD, "c")));
        assertArrayEquals(trans, back.trans);
    }

    @Test
    void shouldReadBackEdgeWeightsAndUseThemWhenDecoding() throws Exception {
        int l = RefLabel.COUNT;
        ModelTokens t = ModelTokens.of("Widget Gears");
        long[][] features = {{ReferenceFeatures.key(ReferenceFeatures.BIAS)}, {ReferenceFeatures.key(ReferenceFeatures.BIAS)}};
        LinearChainModel.FeatureIndex index = new LinearChainModel.FeatureIndex(1);
        index.add(features[0][0]);
        float[] w = new float[l];
        w[RefLabel.TITLE] = 1f; // alone, both tokens are title
        long[][] edges = ReferenceFeatures.edges(t, null);
        assertEquals(0, edges[0].length, "no boundary before the first token");
        LinearChainModel.FeatureIndex edgeIndex = new LinearChainModel.FeatureIndex(edges[1].length);
        for (long f : edges[1]) {
            edgeIndex.add(f);
        }
        float[] e = new float[edgeIndex.size() * l * l];
        e[RefLabel.TITLE * l + RefLabel.CONTAINER] = 5f; // this boundary is where a title gives way to a container
        LinearChainModel m = new LinearChainModel(l, index, w, new float[(l + 1) * l], edgeIndex, e);
        assertArrayEquals(new int[] {RefLabel.TITLE, RefLabel.TITLE}, m.decode(t, features, null));
        assertArrayEquals(new int[] {RefLabel.TITLE, RefLabel.CONTAINER}, m.decode(t, features, edges));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LinearChainModel back = LinearChainModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(back.hasEdges());
        assertArrayEquals(new int[] {RefLabel.TITLE, RefLabel.CONTAINER}, back.decode(t, features, edges));
    }

    @Test
    void shouldGiveEdgeFeaturesOfTheRulesLabelsOnBothSides() {
        ModelTokens t = ModelTokens.of("Widgets. Gears");
        byte[] rule = {RefLabel.TITLE, RefLabel.CONTAINER};
        long[][] edges = ReferenceFeatures.edges(t, rule);
        long pair = ReferenceFeatures.key(ReferenceFeatures.E_RULE, "TITLE", "CONTAINER");
        assertTrue(java.util.Arrays.stream(edges[1]).anyMatch(x -> x == pair), "the rules' label pair at the boundary");
    }

    @Test
    void shouldSplitNamesTheScannerCouldNotRead() {
        assertEquals(List.of(new CitationAuthor("Villmann", "T."), new CitationAuthor("Der", "R.")),
                NameRules.simpleNames("Villmann, T., Der, R."));
        assertEquals(List.of(new CitationAuthor("Davoine", "X."), new CitationAuthor("Gallot", "G.")),
                NameRules.simpleNames("Davoine X. ,Gallot G ."));
    }

    @Test
    void shouldGiveTokenFeaturesWithTheRuleAnswer() {
        ModelTokens t = ModelTokens.of("Smith J. Nature 12, 1 (2005).");
        long[][] f = ReferenceFeatures.extract(t, new byte[t.count], null);
        assertEquals(t.count, f.length);
        assertEquals("Xx", ReferenceFeatures.shape("Smith"));
        assertEquals("dddd", ReferenceFeatures.shape("2005"));
        long ruleO = ReferenceFeatures.key(ReferenceFeatures.RULE, "O");
        assertTrue(java.util.Arrays.stream(f[0]).anyMatch(x -> x == ruleO));
        long yearlike = ReferenceFeatures.key(ReferenceFeatures.YEARLIKE);
        assertTrue(java.util.Arrays.stream(f[7]).anyMatch(x -> x == yearlike));
        assertTrue(java.util.Arrays.stream(f[0]).noneMatch(x -> x == yearlike));
    }

    @Test
    void shouldParseWithTheShippedModelWhenPresent() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("A. Author, Phys. Rev. Lett. 94, 102301 (2005).");
        assertEquals("Phys. Rev. Lett.", r.containerTitle());
        assertEquals("94", r.volume());
        assertEquals("102301", r.pageFirst());
        assertEquals(2005, r.year());
        assertEquals(List.of(new CitationAuthor("Author", "A.")), r.authors());
    }

    @Test
    void shouldKeepATitleWordThatStartsWithAlOutOfEtAl() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Doe J, Roe R. Alternative routes to stable lattices. J Appl Phys 12:33-40, 1999.");
        assertEquals("Alternative routes to stable lattices", r.title());
        assertEquals(false, r.etAl());
        assertEquals(true, parser.parse("Doe J, et al. Alternative routes to stable lattices. J Appl Phys 12:33-40, 1999.").etAl());
    }

    @Test
    void shouldNotTakeAJournalWordAsOneMoreAuthor() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("K. L. M. Doe, J. Appl. Math., 12, 277-295 (1999).");
        assertEquals(List.of(new CitationAuthor("Doe", "K. L. M.")), r.authors());
        assertEquals("J. Appl. Math.", r.containerTitle());
        // but the initial of the last author stays with the names
        ParsedReference s = parser.parse("Roe, J. Nature 500, 54 (2013)");
        assertEquals(List.of(new CitationAuthor("Roe", "J.")), s.authors());
        assertEquals("Nature", s.containerTitle());
    }

    @Test
    void shouldKnowJournalNamesWhateverTheirCaseAndPeriods() {
        assertTrue(Journals.size() > 25_000, "journal list loaded: " + Journals.size());
        ModelTokens t = ModelTokens.of("Phys Rev Lett | PHYS. REV. LETT. | Astron. Astrophys. | Regular periods of eye motility");
        assertTrue(Journals.known(t, 0, 2));
        assertTrue(Journals.known(t, 4, 6));
        assertTrue(Journals.known(t, 8, 9));
        assertEquals(8, Journals.longestEndingAt(t, 0, 9));
        assertEquals(-1, Journals.longestEndingAt(t, 0, t.count - 1));
    }

    @Test
    void shouldKeepTheModelsContainerAfterAKnownJournalNameAndANumberInTheTitle() {
        // "Pattern Recognition" is a known journal and a number follows it, but the model's container comes after
        // that number: the name is the title's end (the title was cut on "to" and the journal lost)
        ParsedReference r = modelParser().parse("Quist, A., Lund, B. Harbour Methods Applied to Pattern Recognition 2007"
                + " Int. J. of Harbour and Coastal Modelling 41 1225-1232");
        assertEquals("Harbour Methods Applied to Pattern Recognition", r.title());
        assertEquals("Int. J. of Harbour and Coastal Modelling", r.containerTitle());
        assertEquals("41", r.volume());
    }

    @Test
    void shouldTakeAKnownJournalBeforeTheVolumeAsTheContainer() {
        ReferenceParser parser = modelParser();
        // the model took "Space" for the end of the names and gave "Sci. Rev." alone
        assertEquals("Space Sci. Rev.", parser.parse("F. Stecker and M. Salamon Space Sci. Rev. 75 (1996) 341.").containerTitle());
        // title and journal were one container
        ParsedReference r = parser.parse("M. Cacciari, G.P. Salam and G. Soyez, FastJet User Manual, Eur. Phys. J. C 72 (2012) 1896.");
        assertEquals("FastJet User Manual", r.title());
        assertEquals("Eur. Phys. J. C", r.containerTitle());
        // a journal the model read as one more name
        ParsedReference m = parser.parse("M. A. MICHEL, G. MOUSSET et J. SIMONET. J. Electroanal. Chem. 98, 319 (1979).");
        assertEquals("J. Electroanal. Chem.", m.containerTitle());
        assertEquals(3, m.authors().size());
        assertEquals("Tetrahedron", parser.parse("D. MCLENNAN. Tetrahedron, 31, 2999 (1975).").containerTitle());
        // a longer name than the list knows stays whole
        assertEquals("Ann. Rev. Astron. Astrophys.",
                parser.parse("Allen, S. W., Evrard, A. E., & Mantz, A. B. 2011, Ann. Rev. Astron. Astrophys., 49, 409").containerTitle());
        // a one-word journal after the period that ends the title
        ParsedReference cell = parser.parse("Lund K, Berg A. A quiet structure for harbour RNA. Cell (1991) 67:343-353.");
        assertEquals("A quiet structure for harbour RNA", cell.title());
        assertEquals("Cell", cell.containerTitle());
        // what the model read as container before the journal goes back to the title, through a parenthesis and a
        // connector it left out
        ParsedReference paren = parser.parse("Lund K, Berg A. A quiet promoter in the harbour gene (QH-12). Cancer Res 1991; 51:120-128.");
        assertEquals("A quiet promoter in the harbour gene (QH-12)", paren.title());
        assertEquals("Cancer Res", paren.containerTitle());
        assertEquals("Recent Developments in QCD Harbour Energy Loss",
                parser.parse("K. Berg, Recent Developments in QCD Harbour Energy Loss, Nucl. Phys. A 931 (2014)160.").title());
        // a connector with no word before it (only punctuation) is left alone, and nothing fails
        assertEquals("Nucl. Phys. A", parser.parse("( in QCD Harbour Jet Energy Loss, Nucl. Phys. A 956 (2016) 168.").containerTitle());
    }

    @Test
    void shouldReadThePageAfterVolumeAndYearOrAfterASecondVolume() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("G.Y. Qin, A. Majumder, H. Song and U. Heinz, Energy and momentum deposited into a "
                + "QCDmedium by a jet shower ,Phys .Rev .Lett .103 ( 2009)152303 [ arXiv:0903.2255][ INSPIRE].");
        assertEquals("103", r.volume());
        assertEquals("152303", r.pageFirst());
        ParsedReference s = parser.parse("Rev . Mod. Phys.24 ,258 ( 1952)");
        assertEquals("24", s.volume());
        assertEquals("258", s.pageFirst());
        // the model swapped volume and article number; the rules' order is kept
        ParsedReference j = parser.parse("A. Author, JHEP 0707 (2007) 044 [hep-lat/0705123].");
        assertEquals("0707", j.volume());
        assertEquals("044", j.pageFirst());
    }

    @Test
    void shouldKeepTheAcronymInParenthesesAfterTheContainer() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("M. Lane and T. Ruiz. Cache-aware scheduling of loop nests. In Proceedings of the Fifth "
                + "Conference on Parallel Architectures (PARCON-V), Austin, TX, May 1997.");
        assertEquals("Proceedings of the Fifth Conference on Parallel Architectures (PARCON-V)", r.containerTitle());
        assertEquals("Cache-aware scheduling of loop nests", r.title());
    }

    @Test
    void shouldEndABookTitleBeforeItsPlaceAndPublisher() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lindqvist, Maren. Harbours of the Northern Sea. Grand Forks, ND: Meridian House, 1994.");
        assertEquals("Harbours of the Northern Sea", r.title());
        assertEquals("Meridian House", r.publisher());
        assertEquals(null, r.containerTitle());
        // a subtitle after the colon stays in the title
        assertEquals("Harbours of the Northern Sea: A social history", parser.parse(
                "Lindqvist, M. (1994). Harbours of the Northern Sea: A social history. Upper Saddle River, NJ: Meridian Books.").title());
    }

    @Test
    void shouldKeepTheProceedingsOfAPaperWhoseTitleSaysReport() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Okafor, T., & Lind, M. (1998). Planning under uncertainty: A progress report. In "
                + "Proceedings of the Annual Conference on Robot Learning, pp. 112-119.");
        assertEquals("Proceedings of the Annual Conference on Robot Learning", r.containerTitle());
        assertEquals("Planning under uncertainty: A progress report", r.title());
        // a report outside the title still has an institution, not a container
        assertEquals(null, parser.parse("Doe, J. (1999). Cache models for small machines. Technical Report TR-12, "
                + "Department of Computing, Example University.").containerTitle());
    }

    @Test
    void shouldTakeTheWholeBookAfterItsEditorsAsTheContainer() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Rossi, P. (2003). Memory and the city. In A. Berg (Ed.), The lives of harbours. "
                + "A reader in social history. London: Hill.");
        assertEquals("Memory and the city", r.title());
        assertEquals("The lives of harbours. A reader in social history", r.containerTitle());
    }

    @Test
    void shouldReadNoContainerVolumeOrPagesFromAPatentNumber() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Hale, R. M., \"Folding ladder with a locking hinge\". US Patent 5 123 456, March 3, 1992.");
        assertEquals(null, r.containerTitle());
        assertEquals(null, r.volume());
        assertEquals(null, r.pageFirst());
        assertEquals("Folding ladder with a locking hinge", r.title());
    }

    @Test
    void shouldKeepTheFirstWordOfATitleThatStartsWithIn() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Jonas P. Werther, In the Shadow of Mills: Labour and Memory in Industrial Towns, "
                + "University of Leeds Press, 1998, p 14.");
        assertEquals("In the Shadow of Mills: Labour and Memory in Industrial Towns", r.title());
    }

    @Test
    void shouldGiveTitleWordsReadAsMoreNamesBackToTheTitle() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("T. K. Moreau, Quantum Optics and Laser Physics (Elsevier, 2009).");
        assertEquals(List.of(new CitationAuthor("Moreau", "T. K.")), r.authors());
        assertEquals("Quantum Optics and Laser Physics", r.title());
        ParsedReference s = parser.parse("P. Lindqvist, H. Ortega, Stochastic Processes and Random Fields, Dover (2001).");
        assertEquals(List.of(new CitationAuthor("Lindqvist", "P."), new CitationAuthor("Ortega", "H.")), s.authors());
        assertEquals("Stochastic Processes and Random Fields", s.title());
    }

    @Test
    void shouldTakeTheCollaborationNamedAfterEtAl() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("K. Lindahl et al. (KRONOS Collaboration), Nucl. Phys. A 912, 44 (2013).");
        assertEquals(List.of(new CitationAuthor("Lindahl", "K."), new CitationAuthor("KRONOS Collaboration", null)), r.authors());
        assertEquals(true, r.etAl());
    }

    @Test
    void shouldTakeTheNameInParenthesesAfterACollaboration() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("KRONOS Collab. (M. Halvorsen et al.), Phys. Rev. D 91, 072004 (2015).");
        assertEquals(2, r.authors().size());
        assertEquals(new CitationAuthor("Halvorsen", "M."), r.authors().get(1));
        assertEquals(true, r.etAl());
    }

    @Test
    void shouldGiveTheArticleNumberItsPrefixLetter() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("M. Cacciari, G. P. Salam and G. Soyez, J. Stat. Mech. P02015 (2008).");
        assertEquals("J. Stat. Mech.", r.containerTitle());
        assertEquals("P02015", r.pageFirst());
        ParsedReference noVolume = parser.parse("Dunne K A and Wright L 2009 Critical exponents of dense loop models J. Stat. Mech. P04011");
        assertEquals("J. Stat. Mech.", noVolume.containerTitle());
        assertEquals("P04011", noVolume.pageFirst());
        assertEquals(2009, noVolume.year());
    }

    @Test
    void shouldEndTheNamesAtThePeriodTheRulesClosedThemWithBeforeATitleHead() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("A. Brandt, K. L. Ito, R. Moss, and M. Lundqvist. Grid-Sync: Fast barriers for clusters "
                + "of workstations. IEEE Micro, 14(3), 40-52, June 1998.");
        assertEquals(4, r.authors().size());
        assertEquals(new CitationAuthor("Lundqvist", "M."), r.authors().get(3));
        assertEquals("Grid-Sync: Fast barriers for clusters of workstations", r.title());
    }

    @Test
    void shouldReadATitleInSingleQuotesAsWhatTheQuotesHold() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("P. Lindqvist, ‘Shepherds and Their Songs’, Bulletin of the Institute of Classical "
                + "Folklore 17 (1962), pp. 44-70.");
        assertEquals("Shepherds and Their Songs", r.title());
        assertEquals("Bulletin of the Institute of Classical Folklore", r.containerTitle());
        ParsedReference cjk = parser.parse("王小明, 2015, '城市绿地规划研究', 城市规划学刊, 第12-18页.");
        assertEquals("城市绿地规划研究", cjk.title());
        ParsedReference comma = parser.parse("佐藤 太郎, 山田 花子, '地域経済の将来像,' Regional Review, Vol.3, No.2, pp.10-19, 2018.");
        assertEquals("地域経済の将来像", comma.title());
        assertEquals("Regional Review", comma.containerTitle());
        ParsedReference inner = parser.parse("Moore KT, Ali R. The 'quiet patient': a study of silence in clinics. "
                + "Clin Commun 2004; 12: 33-41.");
        assertEquals("The 'quiet patient': a study of silence in clinics", inner.title(), "a quoted word inside the title");
        ParsedReference nested = parser.parse("Karin Lund, \u2018Reading the \u2018Quiet Harbour\u2019: Some Late Notes\u2019, "
                + "Coastal Affairs, 12: 4 (2011), 101-119.");
        assertEquals("Reading the 'Quiet Harbour': Some Late Notes", nested.title(), "quotes inside the quoted title");
        assertEquals("Coastal Affairs", nested.containerTitle());
        ParsedReference afterComma = parser.parse("李华, 周强,2010,'乡村道路规划研究', 规划论坛, 第105页.");
        assertEquals("乡村道路规划研究", afterComma.title(), "a quote glued to the comma before it opens");
        ParsedReference apostrophe = parser.parse("Lund, Karin, \u2018So, what\u2019s this Harbour Talk?\u2019, Courier, 3 March 2009.");
        assertEquals("Courier", apostrophe.containerTitle(), "the apostrophe of \"what's\" closes no quote");
    }

    @Test
    void shouldReadTheUnitAfterACjkNumberAsItsField() {
        ReferenceParser parser = modelParser();
        ParsedReference page = parser.parse("李华, 2010, '乡村道路规划', 规划论坛, 第105页.");
        assertNull(page.volume(), "页 counts pages");
        assertEquals("105", page.pageFirst());
        ParsedReference alone = parser.parse("张伟(2011). 园林小记. 园林学刊. 第4期.: 21-30.");
        assertEquals("4", alone.volume(), "期 without a volume unit is the volume");
        assertEquals("园林小记", alone.title());
        assertEquals("园林学刊", alone.containerTitle(), "the word before the number is the journal");
        ParsedReference korean = parser.parse("김민수, '도시 숲 연구', 한국조경학회지 제12권 제3호 (2015).");
        assertEquals("12", korean.volume());
        assertEquals("3", korean.issue());
        ParsedReference japanese = parser.parse("佐藤 花子, 2016, '地域の森林管理', 森林科学 45巻 2号, 131-132頁.");
        assertEquals("45", japanese.volume());
        assertEquals("2", japanese.issue());
        assertEquals("131", japanese.pageFirst());
        assertEquals("132", japanese.pageLast());
    }

    @Test
    void shouldReadATitleInDoubleQuotesAfterTheNamesAndNotAPhraseQuotedInsideIt() {
        ReferenceParser parser = modelParser();
        ParsedReference names = parser.parse("Quiet Machines Group, K. Lund et al., \"Review of Quiet Machines,\" Chin. Mach. J. C38( 2014)090001 .");
        assertEquals("Review of Quiet Machines", names.title());
        ParsedReference inner = parser.parse("Moore, Linda P. \u2018Poe on the Street: \u201cTales of the Town\u201d as Urban, Penny Press "
                + "Journalism\u2019. Journal of the Early Towns 2, no. 7 (1987): 147\u2013165.");
        assertEquals("Poe on the Street: \"Tales of the Town\" as Urban, Penny Press Journalism", inner.title());
        ParsedReference phrase = parser.parse("Kerr AB, Olsen T. The \"quiet patient\": a study of silence in clinics. "
                + "Clin Commun 2004; 12: 33-41.");
        assertEquals("The \"quiet patient\": a study of silence in clinics", phrase.title());
    }

    @Test
    void shouldReadANumberEndingTheContainerAsTheVolume() {
        ReferenceParser parser = modelParser();
        ParsedReference glued = parser.parse("M. Ruiz, P. Olsen, \"Sharp photodetector arrays for imaging,\" NanoLetters12 , 1201 \u22121207 (2012) .");
        assertEquals("NanoLetters", glued.containerTitle());
        assertEquals("12", glued.volume());
        ParsedReference page = parser.parse("K. Osei, and R. Lund, \"Flow of granular matter in porous beds,\" Phys. Rev. E71no . 3, "
                + "(2005 )031302, arXiv: 0401.5555[cond -mat].");
        assertEquals("Phys. Rev. E", page.containerTitle());
        assertEquals("71", page.volume(), "the model's volume after the year is the page");
        assertEquals("031302", page.pageFirst());
    }

    @Test
    void shouldStartTheContainerAfterIn() {
        ParsedReference r = modelParser().parse("Hartmann, Lea et al. (2015). \"Cell fate decisions in plant roots\". eng. In: "
                + "Frontiers in Root Biology 8. PMID: 12345678, pp. 101-110.");
        assertEquals("Frontiers in Root Biology", r.containerTitle(), "biblatex's language field is no part of the name");
    }

    @Test
    void shouldReadABareYearBetweenTitleAndJournalAsTheYear() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Moreau, P. Bootstrap aggregation of trees 1997 Machine Learning 26 123--140");
        assertEquals("Bootstrap aggregation of trees", r.title());
        assertEquals("Machine Learning", r.containerTitle());
        assertEquals(1997, r.year());
        ParsedReference ieee = parser.parse("Lund, K., Berg, P., Osei, M. Mapping river deltas with sparse satellite data 2008 "
                + "IEEE Transactions on Geoscience and Remote Sensing 46 (3) 1012-1020");
        assertEquals("IEEE Transactions on Geoscience and Remote Sensing", ieee.containerTitle());
    }

    @Test
    void shouldReadNoPagesFromAPeriodOfYearsInATitle() {
        ParsedReference r = modelParser().parse("Kowal, Peter. Mill Towns of the Upper Valley, 1820\u20131910. Boston: Beacon Press, 1962.");
        assertNull(r.pageFirst(), "the rules read the period as pages too");
        assertNull(r.pageLast());
        assertEquals(1962, r.year());
        ParsedReference journal = modelParser().parse("Kowal, P. Mill towns and their workers. Labor Hist. 12, 1820-1910 (1962).");
        assertEquals("1820", journal.pageFirst(), "with a volume, the range is the pages");
    }

    @Test
    void shouldReadANameCitedAloneAsTheTitle() {
        ReferenceParser parser = modelParser();
        ParsedReference proc = parser.parse("T. Varga et al., Proc. 31st ICRC, Lodz, 2009.");
        assertEquals("Proc. 31st ICRC", proc.title());
        assertNull(proc.containerTitle());
        ParsedReference workshop = parser.parse("M. Ruiz, Proceedings of the Fifth Workshop on Quiet Machines, Bergen, Norway.");
        assertEquals("Proceedings of the Fifth Workshop on Quiet Machines", workshop.title());
        ParsedReference journal = parser.parse("Lund, K., Berg, P. 2016, The Astronomical Journal, arXiv:1612.00001");
        assertEquals("The Astronomical Journal", journal.containerTitle(), "a journal's name stays the container");
        assertNull(journal.title());
    }

    @Test
    void shouldReadACollaborationGluedToItsHeadWithTheRulesWhereTheModelReadNoName() {
        ParsedReference r = modelParser().parse("QuasarCollaboration .2019b ,A&A ,611 , A42");
        assertEquals(List.of(new CitationAuthor("QuasarCollaboration", null)), r.authors());
        assertEquals(2019, r.year());
        ParsedReference glued = modelParser().parse("K. Lindqvist Astroparticle Physics 7 (1997) 41.");
        assertEquals(List.of(new CitationAuthor("Lindqvist", "K.")), glued.authors(),
                "the model's container began in the names, a known journal follows them");
        assertEquals("Astroparticle Physics", glued.containerTitle());
    }

    @Test
    void shouldEndTheTitleBeforeAnEditionOrTheCredits() {
        ReferenceParser parser = modelParser();
        ParsedReference edition = parser.parse("Marsh, T (ed.) 2011, The Coastal atlas, 4th edn, Harbour Press, Perth.");
        assertEquals("The Coastal atlas", edition.title());
        ParsedReference film = parser.parse("Back to the Harbour. Dir. Tom Berg. Northlight Foundation, 1991.");
        assertEquals("Back to the Harbour", film.title());
        ParsedReference status = parser.parse("K. Lund, P. Berg, A Calculus of Quiet Machines, to appear in Transactions on Quiet Systems.");
        assertEquals("A Calculus of Quiet Machines", status.title());
    }

    @Test
    void shouldKeepTheNameThatHeadsATitleAfterTheSameAuthor() {
        ParsedReference r = modelParser().parse("Lindqvist, Anna. Lindqvist: Letters and Journals. Edited by Tom Berg. "
                + "Oslo: Northlight, 1990.");
        assertEquals("Lindqvist: Letters and Journals", r.title());
    }

    @Test
    void shouldReadAKnownJournalAtTheStartAsTheContainerOfAnUnsignedReference() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Ann. N.Y. Acad. Sci. 1012, 5-12 (2004).");
        assertEquals(List.of(), r.authors());
        assertEquals("Ann. N.Y. Acad. Sci.", r.containerTitle());
        assertEquals("1012", r.volume());
        assertEquals("5-12", r.pages());
        ParsedReference runningHead = parser.parse("INFECTION AND IMMUNITY, Sept. 1996, p. 1452-1461 Vol. 16, No. 9");
        assertEquals(List.of(), runningHead.authors(), "the month of the issue may come between the name and the numbers");
        assertEquals("INFECTION AND IMMUNITY", runningHead.containerTitle());
        assertEquals("16", runningHead.volume());
    }

    /** The parser with the shipped model; the test is skipped when the model is absent. */
    private static ReferenceParser modelParser() {
        LinearChainModel model = ModelFieldLabeller.loadDefault();
        org.junit.jupiter.api.Assumptions.assumeTrue(model != null, "no shipped model");
        return new ReferenceParser(new ModelFieldLabeller(model));
    }
    /** Labels written as the show tool prints them ("AU TI - CO"), one per token. */
    private static int[] labels(ModelTokens t, String codes) {
        String[] c = codes.trim().split("\\s+");
        assertEquals(t.count, c.length, "one label per token: " + List.of(t.word));
        int[] y = new int[c.length];
        for (int k = 0; k < c.length; k++) {
            String code = c[k];
            y[k] = code.equals("-") ? RefLabel.O
                    : RefLabel.NAMES.stream().filter(n -> n.startsWith(code)).map(RefLabel.NAMES::indexOf).findFirst().orElseThrow();
        }
        return y;
    }

    /** The text labelled {@code label} after {@code rule} ran on the tokens of {@code s} labelled {@code codes}. */
    private static String after(String s, String codes, java.util.function.BiConsumer<ModelTokens, int[]> rule, int label) {
        ModelTokens t = ModelTokens.of(s);
        int[] y = labels(t, codes);
        rule.accept(t, y);
        return text(t, y, label);
    }

    private static String text(ModelTokens t, int[] y, int label) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < t.count; k++) {
            if (y[k] == label) {
                b.append(b.length() == 0 ? "" : " ").append(t.word[k]);
            }
        }
        return b.toString();
    }

    @Test
    void shouldGiveATitleThatIsOnlyTheLastFamilyNameBackToTheNames() {
        ModelTokens t = ModelTokens.of("K. Lindqvist et al. Quiet Phys. 12 (2001) 345.");
        int[] y = labels(t, "AU TI TI TI CO CO VO - YE - PA -");
        NameRules.familyAloneNotTitle(t, y, List.of(new CitationAuthor("Lindqvist", "K.")));
        assertEquals("K. Lindqvist", text(t, y, RefLabel.AUTHOR));
        assertEquals("", text(t, y, RefLabel.TITLE));
        ModelTokens one = ModelTokens.of("K. Lindqvist. Harbours. Quiet Phys. 12 (2001) 345.");
        int[] y1 = labels(one, "AU AU TI CO CO VO - YE - PA -");
        NameRules.familyAloneNotTitle(one, y1, List.of(new CitationAuthor("Lindqvist", "K.")));
        assertEquals("Harbours.", text(one, y1, RefLabel.TITLE), "a one-word title that is no author's name stays");
    }

    @Test
    void shouldReadCapitalisedWordsAfterAnInitialBeforeTheJournalAsTheFamilyName() {
        assertEquals("B. Lund et X. BERGQVIST.", after("B. Lund et X. BERGQVIST. Quiet J. Chem. 12, 345 (1988).",
                "AU AU AU AU TI CO CO CO VO - PA - YE - -", NameRules::familyAfterInitial, RefLabel.AUTHOR));
        assertEquals("Harbours.", after("Lund B. Harbours. Quiet J. Chem. 12, 345 (1988).", "AU AU TI CO CO CO VO - PA - YE - -",
                NameRules::familyAfterInitial, RefLabel.TITLE), "names written family first end with the initial");
    }

    @Test
    void shouldReadAnArticleNumberAfterTheVolumeAsThePagesNotTheTitle() {
        String s = "Lund, K. 2016, A&A, 594, A7";
        ModelTokens t = ModelTokens.of(s);
        int[] y = labels(t, "AU AU AU YE - CO CO CO - VO - TI TI");
        LabelledFields r = new LabelledFields();
        r.pageFirst = "A7";
        NumberRules.pagesNotTitle(s, t, y, r);
        assertEquals("", text(t, y, RefLabel.TITLE));
        assertEquals("A 7", text(t, y, RefLabel.PAGES));
    }

    @Test
    void shouldTakeTheTitleWordsOfAKnownJournalEndingWithTheContainer() {
        String s = "Lund, K. Quiet machines, Annals of Physics 12 (2001) 345.";
        String codes = "AU AU AU TI TI - TI TI CO VO - YE - PA -";
        assertEquals("Quiet machines", after(s, codes, ContainerRules::journalAcrossTitle, RefLabel.TITLE));
        assertEquals("Annals of Physics", after(s, codes, ContainerRules::journalAcrossTitle, RefLabel.CONTAINER));
    }

    @Test
    void shouldReadAPeriodicalCitedAloneAsOneContainer() {
        ModelTokens t = ModelTokens.of("Lund, K. 2016, The Quiet Journal, arXiv:1612.00001");
        int[] y = labels(t, "AU AU AU YE - TI TI CO - DO");
        ContainerRules.periodicalCitedAlone(t, y, new LabelledFields());
        assertEquals("The Quiet Journal", text(t, y, RefLabel.CONTAINER));
        int[] withVolume = labels(ModelTokens.of("Lund, K. 2016, The Quiet Journal 12"), "AU AU AU YE - TI TI CO VO");
        ContainerRules.periodicalCitedAlone(ModelTokens.of("Lund, K. 2016, The Quiet Journal 12"), withVolume,
                new LabelledFields());
        assertEquals(RefLabel.TITLE, withVolume[5], "with a volume the model's split stands");
    }

    @Test
    void shouldKeepALonePublisherWordInsideTheBookAfterItsEditors() {
        assertEquals("The lives of harbours. A reader in history.", after("Memory. In A. Berg (Ed.), The lives of harbours. A reader "
                + "in history. London: Hill.", "TI - ED ED ED ED - - CO CO CO CO PU TI TI TI PL - PU", ContainerRules::bookAfterEditors,
                RefLabel.CONTAINER));
    }

    @Test
    void shouldReadAYearWithALetterThatTheModelReadAsASecondVolumeAsTheYear() {
        ModelTokens t = ModelTokens.of("Lund K. et al., 2016a, QJRS, 461, 2658");
        int[] y = labels(t, "AU AU AU AU - VO - CO - VO - PA");
        byte[] rule = new byte[t.count];
        rule[9] = RefLabel.VOLUME;
        NumberRules.yearNotVolume(t, y, rule);
        assertEquals("2016a", text(t, y, RefLabel.YEAR));
        assertEquals("461", text(t, y, RefLabel.VOLUME));
    }

    @Test
    void shouldTakeAKnownJournalAtTheStartBeforeVolumeWrittenOut() {
        ParsedReference r = modelParser().parse("HYBRIDOMA AND HYBRIDOMICS Volume12 ,Number 4 ,2004");
        assertEquals("HYBRIDOMA AND HYBRIDOMICS", r.containerTitle());
        assertEquals(List.of(), r.authors());
        assertEquals("12", r.volume());
    }

    @Test
    void shouldDropANameWithoutALetterAndSplitAnInitialGluedToTheTitle() {
        ReferenceParser parser = modelParser();
        assertEquals(List.of(new CitationAuthor("Berg", "G."), new CitationAuthor("Moss", "F."), new CitationAuthor("Lund", "C.")),
                parser.parse("Berg, G., Moss, F. & Lund, C.Real -time tides in quiet harbours. Nat. Phot. 9, 12-19 (2015).").authors());
        assertEquals(List.of(), parser.parse("Meeting #131, Quarry Town, Quarryland, 26 -30 August 2019").authors());
        // and the title keeps the word glued to the last initial
        assertEquals("Real -time tides in quiet harbours",
                parser.parse("Berg, G., Moss, F. & Lund, C.Real -time tides in quiet harbours. Nat. Phot. 9, 12-19 (2015).").title());
    }

    @Test
    void shouldTakeTheLowerCaseWordsBeforeTheVolumeIntoAJournalWrittenInSentenceCase() {
        ParsedReference r = modelParser().parse("Lund, K. & Berg, A. The voyage of the harbour seal: tides and currents in "
                + "coastal waters. Current opinion in marine biology 25, 483-488 (2013).");
        assertEquals("Current opinion in marine biology", r.containerTitle());
        assertEquals("25", r.volume());
    }

    @Test
    void shouldReadAJournalAndItsNumbersAloneAsTheContainerWithoutNamesOrTitle() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Clinical, Coastal and Investigational Harbours 2009:2 39–48");
        assertEquals(List.of(), r.authors());
        assertEquals("Clinical, Coastal and Investigational Harbours", r.containerTitle());
        ParsedReference c = parser.parse("Current Treatment Options in Tides 2009, 11:186–190");
        assertNull(c.title());
        assertEquals("Current Treatment Options in Tides", c.containerTitle());
        assertEquals("11", c.volume());
        assertEquals("FOLIA HARBOURIA", parser.parse("FOLIA HARBOURIA, 52, 2: 109-112.2008").containerTitle());
        // a book and its year, and names before a dated newspaper, stay as they were
        assertEquals("Quiet Harbours of the North", parser.parse("Karin Lund, Quiet Harbours of the North, Tide Press 1987.").title());
    }

    @Test
    void shouldNotReadTheYearFromANewStyleArxivId() {
        ReferenceParser parser = modelParser();
        assertEquals(2020, parser.parse("Lund, K., Berg, A., and Moss, F. Quietbert: Harbour-enhanced tides with tangled "
                + "attention. ArXiv, abs/2006.04321, 2020.").year());
        assertNull(parser.parse("QUARRY collaboration, First measurement of tide mass in quiet harbours at the coast,"
                + "arXiv :1702.01234[ INSPIRE].").year());
    }

    @Test
    void shouldNotEndABookTitleAtAPhraseQuotedInsideIt() {
        ParsedReference r = modelParser().parse("Berg, Anna. Mothers and Sailors: A Study of the \u201cHarbour\u201d Songs of "
                + "the Coast. Massachusetts: Tide Press, 2011.");
        assertEquals("Mothers and Sailors: A Study of the \"Harbour\" Songs of the Coast", r.title());
        assertNull(r.containerTitle());
    }

    @Test
    void shouldReadNoNameFromProceedingsOfScienceOrAThesis() {
        ReferenceParser parser = modelParser();
        assertEquals(List.of(new CitationAuthor("Lund", "A.")),
                parser.parse("A.Lund,PoS LAT2009 (2009 ) 011 [ arXiv:1002 . 4459[hep-lat] ].").authors());
        assertEquals(List.of(new CitationAuthor("Lundqvist", "S.")),
                parser.parse("S.Lundqvist,PoSLATTICE 2008( 2008) 004 [ arXiv :0810. 2419 [hep-lat]] .").authors());
        assertEquals(List.of(), parser.parse("PoS LAT 2005 (2006)021 [ hep-lat/0509026].").authors());
        assertEquals(List.of(new CitationAuthor("LUNDQVIST", "B.")), parser.parse("B. LUNDQVIST. Thèse de Docteur-Ingénieur "
                + "n° 4, 12 mars 1986, Université de Quarry, France.").authors());
    }

    @Test
    void shouldReadNoPersonalNamesFromTheDesignationOfAStandard() {
        ReferenceParser parser = modelParser();
        assertEquals(List.of(), parser.parse("3GPP TS 99.123: \"Quiet Harbour Interface; general aspects\".").authors());
        assertEquals(List.of(), parser.parse("ISO/IEC 99001-2: 2019: \"Quiet harbour streaming over tides\".").authors());
        assertEquals(List.of(), parser.parse("Recommendation ITU-T P.999: \"Quiet assessment methods\".").authors());
        // a family name that merely starts like one is still a name
        assertEquals("Isola", parser.parse("Isola K. and Lund B., Quiet J. 12, 3 (1999).").authors().get(0).family());
    }

    @Test
    void shouldTakeAKnownThreeLetterJournalWithACapitalInsideBeforeItsNumbers() {
        ParsedReference r = modelParser().parse("LundH .,Berg K .,2002 ,ApJ ,565 ,385");
        assertEquals("ApJ", r.containerTitle());
        assertEquals("565", r.volume());
    }

    @Test
    void shouldTakeBackANamePartReadFromTheJournal() {
        ReferenceParser parser = modelParser();
        assertEquals(List.of(new CitationAuthor("Lundqvist", "B.")),
                parser.parse("B. Lundqvist Astropart. Phys. 3 (1995) 295.").authors());
        assertEquals(List.of(new CitationAuthor("Bergmann", null)),
                parser.parse("Bergmann, Curr. Opin. Cell Biol. 10: 262-267 (1998)").authors());
        // a known name that starts in the names after a comma
        ParsedReference c = parser.parse("B. Lundqvist, C. R. Acad. Sci., 30, 301-305 (1941).");
        assertEquals(List.of(new CitationAuthor("Lundqvist", "B.")), c.authors());
        assertEquals("C. R. Acad. Sci.", c.containerTitle());
        assertEquals("Expert. Opin. Ther. Targets",
                parser.parse("Bergmann, Expert. Opin. Ther. Targets (2002) 6(1): 103-113").containerTitle());
        // an initial is no journal word, even where the journal starts with "J."
        assertEquals(List.of(new CitationAuthor("Lund", "K.")),
                parser.parse("Lund K., J. Phys. G: Nucl. Part. Phys., 34 (2007) 959.").authors());
    }

    @Test
    void shouldPutBackTheSpaceBeforeAKnownJournalGluedToTheTitle() {
        assertEquals("a wave detector Class .Quantum Grav .32 024001",
                ModelFieldLabeller.splitGluedJournal("a wave detectorClass .Quantum Grav .32 024001"));
        assertEquals("Lund K 2013 Logarithmic field theories J .Phys .A 46 494001",
                ModelFieldLabeller.splitGluedJournal("Lund K 2013 Logarithmic field theoriesJ .Phys .A 46 494001"));
        // a capital inside a name, or one that starts no known journal, stays
        assertEquals("Berg K. A study of McDonald and DeGroot models. Quiet J 12, 3 (1999)",
                ModelFieldLabeller.splitGluedJournal("Berg K. A study of McDonald and DeGroot models. Quiet J 12, 3 (1999)"));
        assertEquals("the quarryHarbour Review 12", ModelFieldLabeller.splitGluedJournal("the quarryHarbour Review 12"));
        ParsedReference r = modelParser().parse(
                "Lund A, Berg K 2005 Monolithic anti-spring bladesNucl .Instrum .Methods Phys .Res .A 540 502 -19");
        assertEquals("Monolithic anti-spring blades", r.title());
        assertEquals("Nucl .Instrum .Methods Phys .Res .A", r.containerTitle());
        assertEquals("540", r.volume());
    }

    @Test
    void shouldEndTheTitleWithAWordTheModelReadAsTheNextField() {
        ReferenceParser parser = modelParser();
        ParsedReference c = parser.parse("Moss, Berit 1968 Quenish Numerical Classifiers: A Study in Ethnographic Semantics. Mouton.");
        assertEquals("Quenish Numerical Classifiers: A Study in Ethnographic Semantics", c.title());
        assertNull(c.containerTitle());
        ParsedReference p = parser.parse("Berit Moss, Social Origins of Harbours and Trade: Lord and Peasant in the Making of "
                + "the Modern World (Boston: Quarry Press, 1966)");
        assertEquals("Social Origins of Harbours and Trade: Lord and Peasant in the Making of the Modern World", p.title());
        assertEquals("Quarry Press", p.publisher());
    }

    @Test
    void shouldReadNoVolumeOrIssueFromAnOrdinalOrAChapter() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Quarry's Pharmaceutical Handbook, Lund Publishing Company, Easton, Pa., 19th Edition (1995)");
        assertNull(r.volume());
        assertEquals(1995, r.year());
        ParsedReference c = parser.parse("D. Berg, \"Thermal Imaging Systems\", Imaging Processes and Materials, Moss, 8th ed., "
                + "compiled by J. Lund, Chapter 9, p.279, (1989)");
        assertNull(c.volume());
        assertNull(c.issue());
        assertEquals("279", c.pageFirst());
        assertNull(parser.parse("Meeting #31, Quarry Town, Quarryland, 14th -18th August 2019").volume(), "days of a meeting");
    }

    @Test
    void shouldReadNoVolumeOrTitleWordsFromAReportNumber() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Q. Lund et al., Upgrade of the muon chambers, XLAB-PROJ-2016-0412 (2016).");
        assertEquals("Upgrade of the muon chambers", r.title());
        assertNull(r.volume());
        assertEquals(2016, r.year());
        ParsedReference t = parser.parse("S. Berg and K. Moss. A survey of cache models. Technical Report XLAB-TR-95-141, "
                + "Quarry Research Center, Bowie, MD, 1995.");
        assertEquals("A survey of cache models", t.title());
        assertNull(t.volume());
        assertNull(t.pageFirst());
    }

    @Test
    void shouldNotTakeTheRulesIssueFromASymbolInBracketsInsideTheTitle() {
        String s = "Berg K, Lund A. A locus on chromosome 12q21 (KDM7) causes kidney disease. Quiet J 1998; 9:177-181.";
        ModelTokens t = ModelTokens.of(s);
        LabelledFields r = new RuleFieldLabeller().label(s);
        assertEquals("KDM7", r.issue, "the rules read the symbol in brackets as the issue");
        int[] y = labels(t, "AU AU AU AU AU TI TI TI TI TI TI TI TI TI TI TI TI TI CO CO YE - VO - PA PA PA -");
        LabelledFields f = ModelFieldLabeller.assemble(s, t, y, r, ModelFieldLabeller.project(s, t, r));
        assertNull(f.issue);
        assertEquals("9", f.volume);
        // the issue after the volume is still the rules' one
        String i = "Berg K, Lund A. Kidney disease in mice. Quiet J 1998; 9(KD2):177-181.";
        LabelledFields ri = new RuleFieldLabeller().label(i);
        ModelTokens ti = ModelTokens.of(i);
        int[] yi = labels(ti, "AU AU AU AU AU TI TI TI TI CO CO YE - VO - TI - - PA PA PA -");
        assertEquals("KD2", ModelFieldLabeller.assemble(i, ti, yi, ri, ModelFieldLabeller.project(i, ti, ri)).issue);
    }

    @Test
    void shouldNotReadTheNumberOfAnArticleNumberAsTheIssue() {
        String s = "Lund, K. 1999, Quiet J., 526, L1";
        ModelTokens t = ModelTokens.of(s);
        LabelledFields r = new RuleFieldLabeller().label(s);
        assertEquals("L1", r.pageFirst, "the rules read the article number as the page");
        int[] y = labels(t, "AU AU AU YE - CO CO - VO - - IS");
        LabelledFields f = ModelFieldLabeller.assemble(s, t, y, r, ModelFieldLabeller.project(s, t, r));
        assertNull(f.issue);
        assertEquals("L1", f.pageFirst);
    }

    @Test
    void shouldNotCutAKnownJournalAtAnAbbreviationThatLooksLikeASentenceEnd() {
        assertEquals("Compos. Sci. Technol.", after("Lund K. Quiet machines. Compos. Sci. Technol. 62, 1327 (2002).",
                "AU AU TI TI CO CO CO VO - PA - YE - -", ContainerRules::containerAfterSentence, RefLabel.CONTAINER));
        assertEquals("Science", after("Lund K. Quiet periods during sleep. Science 118, 273 (1953).",
                "AU AU TI TI TI CO CO VO - PA - YE - -", ContainerRules::containerAfterSentence, RefLabel.CONTAINER),
                "a lower-case word ending a sentence still ends the title");
        assertEquals("Quiet termination.", after("Lund, K. Quiet termination. In Proceedings of the Quiet Symposium on Machines. "
                + "Salt Lake City, 1984, pages 46-53.", "AU AU AU TI TI - CO CO CO CO CO CO CO CO CO CO - YE - - PA PA PA -",
                ContainerRules::containerAfterSentence, RefLabel.TITLE), "a container after \"In\" keeps its first sentence");
    }

    @Test
    void shouldNotReadThePiecesOfTheRulesArxivIdAsNumbers() {
        ModelTokens t = ModelTokens.of("K. Lund et al. arXiv.org: astro-ph/0612345 (2005).");
        int[] y = labels(t, "AU AU AU AU TI TI - TI - IS - YE - -");
        LabelledFields r = new LabelledFields();
        r.arxiv = "astro-ph/0612345";
        NumberRules.arxivPieces(t, y, r);
        assertEquals(RefLabel.O, y[9], "0612345 is the id's number");
        ModelTokens version = ModelTokens.of("Lund, K. Quiet machines, arXiv :1006.1234v2.");
        int[] y1 = labels(version, "AU AU AU TI TI - PU - PA - YE PA -");
        LabelledFields r1 = new LabelledFields();
        r1.arxiv = "1006.1234v2";
        NumberRules.arxivPieces(version, y1, r1);
        assertEquals("", text(version, y1, RefLabel.PAGES), "neither the id's numbers nor its version are pages");
    }

    @Test
    void shouldTellAJournalAbbreviationFromTheEndOfASentence() {
        assertTrue(Journals.abbreviation("Compos."), "a known name abbreviates it so (\"Compos. Sci. Technol.\")");
        assertFalse(TitleRules.sentenceEnd("Compos."));
        assertTrue(TitleRules.sentenceEnd("Asians."));
        assertFalse(Journals.abbreviation("Vancomycin."));
    }

    @Test
    void shouldGiveTheNamesTheirLastInitialAndAJournalHeadOnlyItsAbbreviations() {
        String s = "Lund, J. E. Phys Rev Lett 1999, 83, 1834.";
        String codes = "AU AU AU TI CO CO CO YE - VO - PA -";
        assertEquals("Lund , J. E.", after(s, codes, ContainerRules::journalHead, RefLabel.AUTHOR));
        assertEquals("Phys Rev Lett", after(s, codes, ContainerRules::journalHead, RefLabel.CONTAINER));
        assertEquals("Quietamycin.", after("Lund MP. Quietamycin. Mayo Clin Proc 1991; 66:1165.", "AU AU TI CO CO CO YE - VO - PA -",
                ContainerRules::journalHead, RefLabel.TITLE), "a word no journal abbreviates so is the title");
    }

    @Test
    void shouldReadTheNumberBeforeTheParenthesisedYearAsTheVolume() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("K. Lund, et al., Quiet harbour tracking for the Oslo high-level trigger,J .Phys .:Conf .Ser .417 ( 2013)012031 .");
        assertEquals("417", r.volume());
        assertEquals("012031", r.pageFirst());
        ParsedReference s = parser.parse("Berg, A. Quiet groups and their harbour modules .Rev .Math .Phys .9 ( 1997),no .4 ,211 -238.");
        assertEquals("9", s.volume());
        assertEquals("4", s.issue());
        assertEquals("211", s.pageFirst());
        // a journal without volumes: the number before the year, with nothing after it, stays the page
        assertEquals(RefLabel.PAGES, labelled("J. Lund. Bull. Soc. Quiet Fr. 2185 (1971).",
                "AU AU CO CO CO CO PA - YE - -", NumberRules::volumeBeforeParenYear)[6]);
        assertEquals(RefLabel.VOLUME, labelled("J. Lund. Quiet Phys. 12 (1971) 345.",
                "AU AU CO CO PA - YE - PA -", NumberRules::volumeBeforeParenYear)[4]);
    }

    private static int[] labelled(String s, String codes, java.util.function.BiConsumer<ModelTokens, int[]> rule) {
        ModelTokens t = ModelTokens.of(s);
        int[] y = labels(t, codes);
        rule.accept(t, y);
        return y;
    }

    @Test
    void shouldReadThePageAfterVolumeAndYearWhereTheModelReadASecondVolumeOrAnIssueIsBetween() {
        assertEquals("345", after("K. Lund, Quiet Phys. 12 ( 2001)345 [ hep-th/0101234].",
                "AU AU - CO CO VO - YE - VO - - - - - -", NumberRules::pagesAfterVolume, RefLabel.PAGES));
        assertEquals("48012", after("K. Lund, Quiet Lett. 87 ( 4)( 2009)48012 .",
                "AU AU - CO CO VO - IS - - YE - - -", NumberRules::pagesAfterVolume, RefLabel.PAGES));
    }

    @Test
    void shouldKeepTheIssueOfVolumeColonIssueInParentheses() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund, K. 2017. 'Quiet harbours of the north,' Journal of Quiet Studies (18:1), pp. 117-138.");
        assertEquals("18", r.volume());
        assertEquals("1", r.issue());
        assertEquals("117", r.pageFirst());
        ParsedReference k = parser.parse("김하나, 이두리 2016. '조용한 항구의 경제학,' 항구경영연구 (21:3), pp. 45-67.");
        assertEquals("21", k.volume());
        assertEquals("3", k.issue());
        assertEquals("45", k.pageFirst());
    }

    @Test
    void shouldKeepTheSpaceBetweenASupplementWordAndItsNumber() {
        ReferenceParser parser = modelParser();
        assertEquals("Supplement 1", parser.parse("Lund K, Berg A. Quiet harbours of the north. J Quiet Res. 2005; 24(Supplement 1):7-11.").issue());
        assertEquals("Pt 2", parser.parse("Lund K, Berg A. Quiet harbours of the north. J Quiet Physiol. 2005;566(Pt 2):407-17.").issue());
        assertEquals("2-3", RuleFieldLabeller.issue("2 - 3"));
        assertEquals("Suppl. 3", RuleFieldLabeller.issue("Suppl.  3"));
    }

    @Test
    void shouldReadAJournalAtTheStartThatTheModelReadAsNamesAsTheContainer() {
        ParsedReference r = modelParser().parse("Northern J. of Harbours, Vol. 35, No. 9, pp.1394-1401 (1999)");
        assertEquals("Northern J. of Harbours", r.containerTitle());
        assertTrue(r.authors().isEmpty());
        // not when another word that could be the journal follows the names
        ModelTokens t = ModelTokens.of("Lund H ., Berg K ., 2002 , Quiet , 565 , 385");
        int[] y = labels(t, "AU AU AU AU AU AU AU - YE - - - VO - PA");
        byte[] rule = new byte[t.count];
        java.util.Arrays.fill(rule, 0, 7, (byte) RefLabel.CONTAINER);
        ContainerRules.journalReadAsNames(t, y, rule);
        assertEquals(RefLabel.AUTHOR, y[0]);
        ModelTokens u = ModelTokens.of("Quiet Harbour Letters 2011, 27(2), 232-236");
        int[] yu = labels(u, "AU AU AU YE - VO - IS - - PA PA PA");
        byte[] ru = new byte[u.count];
        java.util.Arrays.fill(ru, 0, 3, (byte) RefLabel.CONTAINER);
        ContainerRules.journalReadAsNames(u, yu, ru);
        assertEquals("Quiet Harbour Letters", text(u, yu, RefLabel.CONTAINER));
    }

    @Test
    void shouldGiveTheSentencesBeforeACjkJournalToTheTitle() {
        String s = "陈明. 山水小记. 园林杂志. 2012. 第2期.";
        String codes = "AU CO CO YE - - VO -";
        assertEquals("山水小记.", after(s, codes, CjkRules::cjkTitleSentence, RefLabel.TITLE));
        assertEquals("园林杂志.", after(s, codes, CjkRules::cjkTitleSentence, RefLabel.CONTAINER));
        String society = "李华(2001). 乡村道路研究. 规划学会. 规划学会志, 2(1), 5-9.";
        String societyCodes = "AU - YE - - TI CO CO - VO - IS - - PA PA PA -";
        assertEquals("乡村道路研究.", after(society, societyCodes, CjkRules::cjkTitleSentence, RefLabel.TITLE),
                "after a title the sentence between is no title");
        assertEquals("规划学会志", after(society, societyCodes, CjkRules::cjkTitleSentence, RefLabel.CONTAINER));
        assertEquals("乡村.道路学会志", after("李华. 规划研究. 乡村.道路学会志, 2(1).", "AU TI CO CO - VO - IS - -",
                CjkRules::cjkTitleSentence, RefLabel.CONTAINER).replace(" ", ""), "a period glued to the next word is the name's");
        ParsedReference parsed = modelParser().parse("周立(1998). 古园小议(上). 北方园艺. 3(-): 12-15.");
        assertEquals("古园小议(上)", parsed.title());
        assertEquals("北方园艺", parsed.containerTitle());
    }
    @Test
    void shouldKeepTheNumberThatEndsTheTitle() {
        ParsedReference version = modelParser().parse("K. Lund and A. Berg, Report on the Quiet Language Harbour, version 2.3. "
                + "Quiet Notices, 27(5), 1994.");
        assertEquals("Report on the Quiet Language Harbour, version 2.3", version.title());
        assertEquals("Quiet retraction syndrome ( type 2 )", after("Lund K. Quiet retraction syndrome (type 2). Harbour Med J 1984; 12:100-104.",
                "AU AU TI TI TI TI TI - - - CO CO CO YE - VO - PA PA PA -", TitleRules::titleNumberTail, RefLabel.TITLE),
                "with the parenthesis it closes");
        assertEquals("Quiet history.", after("Lund, Karl (1971): Quiet history. 9. Auflage. Berlin: Harbour",
                "AU AU AU - YE - - TI TI - - - PL - PU", TitleRules::titleNumberTail, RefLabel.TITLE),
                "a number after the title's sentence is an edition's");
    }
    @Test
    void shouldReadANumberedMeetingAsTheTitleAndItsPlaceAsNothing() {
        ReferenceParser parser = modelParser();
        ParsedReference comma = parser.parse("Meeting #57, Quarry Town, Quarryland, 3-7 May 2021");
        assertEquals("Meeting #57", comma.title());
        assertNull(comma.containerTitle());
        assertNull(comma.volume());
        assertEquals(2021, comma.year());
        ParsedReference glued = parser.parse("Meeting #58-bis Harbour City, Quarryland, 2 nd -6 th June 2021");
        assertEquals("Meeting #58-bis", glued.title(), "the place after the number without a comma is no title");
        assertEquals(List.of(), glued.authors());
        assertNull(glued.pageFirst());
    }
    @Test
    void shouldNotTakeTheOrganisationBeforeTheYearForTheTitle() {
        assertEquals("Harbour Safety Rules.", after("Quarry Harbour Council (QHC). 2011. Harbour Safety Rules.",
                "TI TI TI TI TI - - YE - TI TI TI", TitleRules::organisationBeforeYear, RefLabel.TITLE));
        assertEquals("Quiet Harbours in Winter. Harbour Rules for Boats.", after("Quiet Harbours in Winter. (1995). Harbour Rules for Boats.",
                "TI TI TI TI - YE - - TI TI TI TI", TitleRules::organisationBeforeYear, RefLabel.TITLE),
                "without a word of an organisation the words before the year stay a title");
    }
    @Test
    void shouldNotBeginTheContainerInsideAParenthesisOfTheTitle() {
        String s = "Lund K. Quiet seals treated by N-(4-quietphenyl) amide. Harbour Res 1991; 51:36-41.";
        String codes = "AU AU TI TI TI TI CO CO CO CO CO CO - - CO CO YE - VO - PA PA PA -";
        assertEquals("Quiet seals treated by N - ( 4 - quietphenyl ) amide.", after(s, codes,
                TitleRules::containerInParentheses, RefLabel.TITLE));
        assertEquals("Harbour Res", after(s, codes, TitleRules::containerInParentheses, RefLabel.CONTAINER));
        String gene = "Lund K. Quiet tone of the harbour synthase (HOS 2) gene. Harbour Res 1997; 81:31-41.";
        assertEquals("Harbour Res", after(gene, "AU AU TI TI TI TI TI TI - CO CO - - CO CO YE - VO - PA PA PA -",
                TitleRules::containerInParentheses, RefLabel.CONTAINER), "the \"(\" left out before the container");
    }
    @Test
    void shouldLeaveTheSocietyAfterAKnownJournalOutOfItsName() {
        String s = "Lund, K. (2009), 'Quiet walls', J. Struct. Eng., ASCE, 135(11), 1367-1376.";
        String codes = "AU AU AU - YE - - - TI TI - CO CO CO - CO - VO - IS - - PA PA PA -";
        assertEquals("J. Struct. Eng.", after(s, codes, ContainerRules::societyAfterJournal, RefLabel.CONTAINER));
        assertEquals("Quiet Journal QJA", after("Lund, K. (2009), 'Quiet walls', Quiet Journal, QJA, 135(11), 1367-1376.",
                "AU AU AU - YE - - - TI TI - CO CO - CO - VO - IS - - PA PA PA -", ContainerRules::societyAfterJournal,
                RefLabel.CONTAINER), "only after a known journal");
    }
    @Test
    void shouldReadThePlaceBeforeTheYearOfABookAsNoContainer() {
        String s = "K. Lund, Quiet Harbours of the North, Ann Arbor 1976.";
        String codes = "AU AU - TI TI TI TI TI - CO CO YE -";
        assertEquals("", after(s, codes, TitleRules::placeBeforeYear, RefLabel.CONTAINER));
        assertEquals("Ann Arbor", after(s, codes, TitleRules::placeBeforeYear, RefLabel.PLACE));
        assertEquals("HARBOURMETRICS.", after("Lund, K. Quiet seals. HARBOURMETRICS. 1989.", "AU AU AU TI TI CO YE -",
                TitleRules::placeBeforeYear, RefLabel.CONTAINER), "a name in capitals is a journal");
        assertEquals("Quiet Seals", after("Lund, K. Quiet seals, Quiet Seals 1989; 12: 3-9.", "AU AU AU TI TI - CO CO YE - VO - PA PA PA -",
                TitleRules::placeBeforeYear, RefLabel.CONTAINER), "a journal has a volume");
    }
    @Test
    void shouldEndTheTitleBeforeThePartOfTheBookCited() {
        assertEquals("Quiet Harbour Modems", after("K. Lund, Quiet Harbour Modems, Chapter 14, pp. 512-518 (Quarry Hill 1997)",
                "AU AU - TI TI TI - TI TI - - PA PA PA - PU PU YE -", TitleRules::titleIn, RefLabel.TITLE));
        assertEquals("Quiet Harbours", after("K. Lund, Quiet Harbours, page 346. Quarry Press, 1994.",
                "AU AU - TI TI - TI TI - PU PU - YE -", TitleRules::titleIn, RefLabel.TITLE));
        assertEquals("Quiet Chapter Two.", after("K. Lund, Quiet Chapter Two. Quarry Press, 1994.",
                "AU AU - TI TI TI PU PU - YE -", TitleRules::titleIn, RefLabel.TITLE), "only after a comma and before a number");
    }
    @Test
    void shouldEndTheTitleOfAMeetingBeforeItsVenue() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Quarry Western Regional Meeting held in Harbour Town, Quarryland, USA, 3-5 May 2011.");
        assertEquals("Quarry Western Regional Meeting", r.title());
        assertNull(r.containerTitle());
        ParsedReference glued = parser.parse("the 2001 Quarry Annual Technical Conference and Exhibitionheld in Harbour Town ,Quarryland ,3 -6October 2001 .");
        assertEquals("the 2001 Quarry Annual Technical Conference and Exhibition", glued.title());
        assertNull(glued.containerTitle());
    }

    @Test
    void shouldReadTheTitleAfterAnInvertedNameWithCommasOnly() {
        ReferenceParser parser = modelParser();
        ParsedReference edited = parser.parse("Lundqvist, Marta, Stille Wasser, Karl Bergmann (ed.), 2 vols. (Bremen: Quarry Verlag, 1986).");
        assertEquals(1, edited.authors().size());
        assertEquals("Lundqvist", edited.authors().get(0).family());
        assertEquals("Stille Wasser", edited.title());
        ParsedReference translated = parser.parse("Holmberg, Pierre, Quiet Harbours, Anna Lindgren (trans.) (Quarry University Press, 1988).");
        assertEquals(1, translated.authors().size());
        assertEquals("Quiet Harbours", translated.title());
        ParsedReference article = parser.parse("Lundqvist, Marta, Reading Machines and Minds, Mind 59, pp 433–460 (1950)");
        assertEquals(1, article.authors().size());
        assertEquals("Reading Machines and Minds", article.title());
        assertEquals("Mind", article.containerTitle());
        ParsedReference names = parser.parse("Lundqvist, Marta, Karl Bergmann, Anna Holm, Stille Wasser, Quarry, 1986.");
        assertEquals(3, names.authors().size(), "a list of names with a title after it stays a list of names");
        assertEquals("Stille Wasser", names.title());
    }
    @Test
    void shouldReadTheSentenceOfATranslatorOrProducerAsNoContainerOrTitle() {
        ReferenceParser parser = modelParser();
        ParsedReference translated = parser.parse("Holm, Anna. “Notes on the Quiet Harbour.” Trans. Karl Lundqvist. Quarry Inquiry 13.2 (1989): 287-292.");
        assertEquals("Quarry Inquiry", translated.containerTitle());
        assertEquals("Notes on the Quiet Harbour", translated.title());
        ParsedReference film = parser.parse("Quiet Harbour. Dir, Anna Holmberg. Prod. Karl Lundqvist. Screenplay, Marta Berg. Quarry Artists, 1979.");
        assertTrue(film.title() == null || !film.title().contains("Lundqvist"), film.title());
        assertEquals("Trans. Quarry Soc.", parser.parse("K. Lund. Quiet harbours. Trans. Quarry Soc. 66, 2805 (1970).").containerTitle(),
                "a journal's name that opens with \"Trans.\" stays the container");
    }
    @Test
    void shouldReadTheEditorsBeforeTheirMarkerAsNoContainer() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund, Marta. “Quiet Harbours from the Standpoint of a General Theory.” in Karl Bergmann, ed. "
                + "Quiet Harbours: Defining Perspectives in Harbour Studies, Vol. 1. New York: Quarry Publishing, 1994.");
        assertEquals("Quiet Harbours: Defining Perspectives in Harbour Studies", r.containerTitle());
        assertEquals("Higher Harbour Theory", parser.parse("Anna Holm, Peter Lind, Harbourisation. In Higher Harbour Theory, "
                + "eds. Karl Bergmann and Marta Lundqvist. Quarry Mathematics vol. 230, Amer. Math. Soc., 1998. pp. 1-36.")
                .containerTitle(), "a book's title before the marker and its editors after it stays the container");
    }
    @Test
    void shouldReadTheNumbersAfterVolsAsTheVolume() {
        ParsedReference r = modelParser().parse("Lund, Karl. Glossa in libros harbouri. Bibliotheca Quarriana scholastica medii aevi, vols. 12–15. Rome, 1951.");
        assertEquals("12", r.volume());
        assertNull(r.pageFirst());
    }
    @Test
    void shouldReadTheWorkReviewedAsNoContainer() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund, Karl. “Quiet Company.” Review of Harbours, by Anna Holmberg. Quarry Times Book Review, June 21, 1998, 11.");
        // the review's sentence is the title's (TitleContainerSplitRules.reviewSentenceInTitle, 7 Dec 2026)
        assertEquals("Quiet Company.\" Review of Harbours, by Anna Holmberg", r.title());
        assertEquals("Quarry Times Book Review", r.containerTitle());
        assertEquals("Quarry Globe", parser.parse("Holm, Anna. “On the Quay.” Review of Harbours, by Karl Lundqvist. Quarry Globe, June 7, 1998, C1+.")
                .containerTitle());
    }

    @Test
    void shouldNotTakeANumberOfTheTitleAsThePages() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund K, Berg T. Effects of 2,4-dinitrophenol on the harbour seals of the north. Quarry Med J 1999; 41:233-239.");
        assertEquals("233", r.pageFirst());
        assertEquals("239", r.pageLast());
        assertEquals("41", r.volume());
        ParsedReference s = parser.parse("Lund K, Berg T. Survival of 1,200 harbour seals after release. Quarry Med J 1999; 41:233-239.");
        assertEquals("233", s.pageFirst());
        assertEquals("239", s.pageLast());
    }
    @Test
    void shouldReadAPageRangeWhoseFirstPageEndsWithACapital() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund K, Berg T. Harbour seals in winter. Quarry Med J 1999; 41:12S-19S.");
        assertEquals("12S", r.pageFirst());
        assertEquals("19S", r.pageLast());
        ParsedReference s = parser.parse("Lund K, Berg T. Harbour seals in winter. Quarry Med J 1999; 41:233A-240.");
        assertEquals("233A", s.pageFirst());
        assertEquals("240", s.pageLast());
    }
    @Test
    void shouldReadAPublisherBeforeTheVolumeOfAnUntitledReferenceAsItsJournal() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund K., et al., Harbouritas; 8: 217, 1986");
        assertEquals("Harbouritas", r.containerTitle());
        assertNull(r.publisher());
        assertEquals("8", r.volume());
        ParsedReference s = parser.parse("Lund et al. (Quarrology, 1999, 54, 385)");
        assertEquals("Quarrology", s.containerTitle());
        assertNull(s.publisher());
    }
    @Test
    void shouldEndABookTitleAtTheCommaBeforeItsPlace() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("K.L. Lund, Silence and Song: A Study in the Harbour Art of Quarrymen, Berkeley 1981");
        assertEquals("Silence and Song: A Study in the Harbour Art of Quarrymen", r.title());
        assertEquals("Berkeley", r.publisher());
        ParsedReference s = parser.parse("J.M. Berg, Tidal Voices: From Sound to Meaning in Northern Sea Ballads, Bloomington 1993.");
        assertEquals("Tidal Voices: From Sound to Meaning in Northern Sea Ballads", s.title());
    }
    @Test
    void shouldTakeTheYearBeforeANoteOnAnotherEdition() {
        ReferenceParser parser = modelParser();
        assertEquals(1981, parser.parse("K.L. Lund, Songs of the Northern Quarry, Harbour Town and Quarryville 1981 (Rpt. 1994).").year());
        assertEquals(1977, parser.parse("K.L. Lund, Canti del porto I, Firenze 1977 (Harbour Songs, London 1950)").year());
    }
    @Test
    void shouldNotReadTheDayOfADateAsTheIssue() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Harbour Research, 51, 672-675, Jan. 15, 1991");
        assertNull(r.issue());
        assertEquals("51", r.volume());
        assertEquals("672", r.pageFirst());
        assertNull(parser.parse("Quarry Research, 44, 1201-1204, Dec. 3,1990").issue());
        assertNull(parser.parse("Lund K. et al., QUARRY-CONF-2013-017, Sept .14 ,2013 .").issue());
    }
    @Test
    void shouldTakeTheJournalThatEndsTheTitleWithoutAPeriod() {
        ReferenceParser parser = modelParser();
        ParsedReference r = parser.parse("Lund K, Berg T. Seasonal moulting of harbour seals in the northern quarry Harbourtherapy (2001) 12:340-346.");
        assertEquals("Seasonal moulting of harbour seals in the northern quarry", r.title());
        assertEquals("Harbourtherapy", r.containerTitle());
        ParsedReference s = parser.parse("Lund K, Berg T. Seasonal moulting of harbour seals in cold water Quarry Science (1999) 40:12-19.");
        assertEquals("Seasonal moulting of harbour seals in cold water", s.title());
        assertEquals("Quarry Science", s.containerTitle());
    }
}
