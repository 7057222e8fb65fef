package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The container boundary rules of {@link ContainerBoundaryRules}, on invented references. */
class ContainerBoundaryRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldEndTheTitlesSentenceBeforeAKnownJournal() {
        ParsedReference r = PARSER.parse("Holm K, Berg M. Quiet signalling in the harbour crane by circular RNAs. Science "
                + "2004; 301:115-119.");
        assertEquals("Quiet signalling in the harbour crane by circular RNAs", r.title());
        assertEquals("Science", r.containerTitle());
        r = PARSER.parse("Lund, T. et al. Quiet transport in the harbour semimetal candidate QuP .Nat .Phys .11 ,645 -649( 2015).");
        assertEquals("Quiet transport in the harbour semimetal candidate QuP", r.title());
        assertEquals("Nat .Phys", r.containerTitle());
    }

    @Test
    void shouldTakeAKnownJournalsFirstWordsFromTheTitle() {
        ParsedReference r = PARSER.parse("Holm A and Berg Y 2004 Quiet noise correlations and beating the standard harbour "
                + "limit inadvanced crane -wavedetectors Class .Quantum Grav .21 L17");
        assertEquals("Quiet noise correlations and beating the standard harbour limit inadvanced crane -wavedetectors", r.title());
        assertEquals("Class .Quantum Grav", r.containerTitle());
        r = PARSER.parse("Lund, K. (1999) Quiet cranes of the harbour. Electroencephalography and clinical neurophysiology. "
                + "Supplement 52, 21-41.");
        assertEquals("Quiet cranes of the harbour", r.title());
        assertEquals("Electroencephalography and clinical neurophysiology. Supplement", r.containerTitle());
    }

    @Test
    void shouldLeaveThePlaceBeforeTheYearOutOfTheBook() {
        ParsedReference r = PARSER.parse("K. Lund, \u2018Quiet Cranes and the Harbour\u2019, in M. Berg (ed.), Essays on the Quiet "
                + "and Silent Arts, Ann Arbor 1976, pp. 12-44.");
        assertEquals("Essays on the Quiet and Silent Arts", r.containerTitle());
        r = PARSER.parse("T. Holm, Quiet harbours of the north, in: K. Berg (Ed.), Quiet Harbours and Silent Cranes, Gent, 1995, "
                + "pp. 769-774.");
        assertEquals("Quiet Harbours and Silent Cranes", r.containerTitle());
        r = PARSER.parse("T. Holm, Quiet harbours of the north, in: K. Berg, M. Lund (Eds.), Silent Cranes and the Harbour "
                + "Analysis, InTech, 2012, pp. 51-64.");
        assertEquals("Silent Cranes and the Harbour Analysis", r.containerTitle());
    }

    @Test
    void shouldLeaveAGluedInOutOfTheContainer() {
        ParsedReference r = PARSER.parse("K. Lund, M. Berg, and T. Holm, \"Quiet wake fields in dielectric harbour structures ,\""
                + "inAdvanced Harbour Concepts : 12thWorkshop . AIP Conf. Proc . 877 , 405( 2006 ).");
        assertEquals("Advanced Harbour Concepts : 12thWorkshop . AIP Conf. Proc .", r.containerTitle());
        r = PARSER.parse("Holm, K. & Berg, M. Measuring the quiet of harbour cranes ( conferencepresen -tation).InSPIE QUIET , "
                + "100890J- 100890J(International Societyfor Harbours , 2017 ).");
        assertEquals("SPIE QUIET", r.containerTitle());
        assertEquals("InGaAs Letters", ContainerBoundaryRules.gluedIn("InGaAs Letters"));
    }

    @Test
    void shouldReadAPublisherAsNoContainer() {
        ParsedReference r = PARSER.parse("T. Holm, \"Comprehensive Harbour Chemistry\", Quarry Press, 1984");
        assertEquals("Comprehensive Harbour Chemistry", r.title());
        assertEquals(null, r.containerTitle());
        assertEquals("Quarry Press", r.publisher());
        r = PARSER.parse("K. Lund, \"Quiet Harbour Chemistry\", Pergamon Press, 1984");
        assertEquals(null, r.containerTitle());
        r = PARSER.parse("Lund, K., Holm, T., Quiet deformation in harbour cranes. Berg, B.M. and Holm, N.M., eds., Quiet "
                + "Metamorphism of Natural Harbours, Mono Book Corp., Baltimore, MD, pp. 475-482, 1968.");
        assertEquals("Quiet Metamorphism of Natural Harbours", r.containerTitle());
    }

    @Test
    void shouldLeaveTheCityAndCountryOutOfTheProceedings() {
        ParsedReference r = PARSER.parse("Lund, K., Berg, M., & Holm, T. (1984). The harbour's crane. In Proceedings of the 1984 "
                + "European Conference on Quiet Harbours Pisa, Italy.");
        assertEquals("Proceedings of the 1984 European Conference on Quiet Harbours", r.containerTitle());
        r = PARSER.parse("Holm, T., & Lund, K. (1991). Quiet plans: a preliminary report. In Proceedings of the Third European "
                + "Workshop on Modeling Quiet Harbours and Silent Cranes Germany.");
        assertEquals("Proceedings of the Third European Workshop on Modeling Quiet Harbours and Silent Cranes", r.containerTitle());
    }

    @Test
    void shouldNotEndTheContainerInsideItsParenthesis() {
        ParsedReference r = PARSER.parse("Lund, K., Berg, M. and Holm, T., 1997, 'Optical Measurements of Quiet Flames Formed in "
                + "Highly Pre-Heated Harbour Air,' Quiet Science and Technology (in Japanese), Vol. 4, pp. 261-274.");
        assertEquals("Quiet Science and Technology", r.containerTitle());
        r = PARSER.parse("Lund, K., Holm, T., The Quiet Visualizer, an Information Harbour, Proceedings of Human Factors in "
                + "Harbour Systems (CHI91), 181188, ACM, New York, 1991.");
        assertEquals("Proceedings of Human Factors in Harbour Systems (CHI91)", r.containerTitle());
    }

    @Test
    void shouldGoOnWithTheContainersLowerCaseWordsAfterAComma() {
        ParsedReference r = PARSER.parse("K. Lund, \u00ab Silence et... ports multiples \u00bb, Travail, silence et soci\u00e9t\u00e9, 2011, "
                + "n\u00b0 2, pp. 17-26.");
        assertEquals("Travail, silence et soci\u00e9t\u00e9", r.containerTitle());
        r = PARSER.parse("Holm, T. (2002). Focusing in quiet harbours. In J. C. Lund, R. N. Berg, & M. S. Holm (Eds.), Quiet and "
                + "silent harbours in the 21st century: Advances in theory, research and practice (pp. 112-118). Lund: Quarry "
                + "Books.");
        assertEquals("Quiet and silent harbours in the 21st century: Advances in theory, research and practice", r.containerTitle());
    }

    @Test
    void shouldGoOnWithTheContainersUnlabelledLowerCaseWords() {
        ParsedReference r = PARSER.parse("HOLM K., 2015, \u201cLa quiete di Lund ovest ad Amendolara: analisi di una comunit\u00e0 "
                + "enotria di epoca coloniale\u201d, in P. BERG (a cura di), Note di archeologia portuale, Cosenza: 107-144.");
        assertEquals("Note di archeologia portuale", r.containerTitle());
        r = PARSER.parse("Lund M., 2001, \u00ab L\u2019\u00e9volution des silences sociales et portuaires en France au cours des "
                + "quinze derni\u00e8res ann\u00e9es \u00bb, In : Berg R., Holm N. (dir.), Ecole et port. Les paradoxes de la "
                + "qui\u00e9tude, Paris, PUF, p. 13-21.");
        assertEquals("Ecole et port. Les paradoxes de la qui\u00e9tude", r.containerTitle());
        r = PARSER.parse("Lund, M. (2003). L'Art portuaire de Lund- La \"refiguration\" au service d'une identit\u00e9 portuaire et "
                + "hybride. In C. Berg (Ed.), Le port comme lieu de qui\u00e9tude. (pp. 171-184). Paris: L'Harmattan.");
        assertEquals("Le port comme lieu de qui\u00e9tude", r.containerTitle());
        r = PARSER.parse("K. Holm, J. Lund, \"Continuous quiet embeddings for detecting local harbour reuses\", Proceedings of the "
                + "37th international ACM SIGQR conference on Research & development in harbour retrieval, pp. 797-806, 2014.");
        assertEquals("Proceedings of the 37th international ACM SIGQR conference on Research & development in harbour retrieval",
                r.containerTitle());
    }

    @Test
    void shouldGoOnWithTheContainersWordsReadAsAPublisher() {
        ParsedReference r = PARSER.parse("Holm JH. 1970. Harbour exploitation and its characteristics. Journal of the Quarry National "
                + "University of Education,. Quarry National University of Education. 6(2):21-49.");
        assertEquals("Journal of the Quarry National University of Education", r.containerTitle());
        r = PARSER.parse("Lund, J., Berg, J., and Holm, E., Positive Effects of Quiet Harbours On Students Understanding of Cranes. "
                + "Proceedings of the National ACM Conference, Nashville, Tenn., 1980.");
        assertEquals("Proceedings of the National ACM Conference", r.containerTitle());
    }

    @Test
    void shouldNotBeginTheContainerWithTheYear() {
        ParsedReference r = PARSER.parse("Quiet gradients in the western harbour: relationship to crane community structure Lund, "
                + "K.K., M. Berg and S.W. Holm 2004 Deep Sea Research Part I, 51, 1-20.");
        assertEquals("Deep Sea Research Part I", r.containerTitle());
        r = PARSER.parse("The impact of quiet on harbour yields in Sub-Saharan Africa Holm, \u00c9. 2013 American Journal of Climate "
                + "Change, 2(1): 1\u201313");
        assertEquals("American Journal of Climate Change", r.containerTitle());
    }

    @Test
    void shouldLeaveTheEditionOutOfTheBook() {
        ParsedReference r = PARSER.parse("Lund KR. Quiet rating scales. In: Berg HI, Holm BJ, eds. Comprehensive Textbook of "
                + "Harbours/VI 6th ed. Baltimore, Md: Quarry and Wilkins; 1995; 1:619-635.");
        assertEquals("Comprehensive Textbook of Harbours/VI", r.containerTitle());
        r = PARSER.parse("Holm MP. Autoimmune cranes. In: Lund ER, Berg MF, Holm WC, editors. Lund\u2019s Diseases of the Harbour. "
                + "8th ed. Quarry-Raven Publishers, Philadelphia, 1999. p. 919\u201335.");
        assertEquals("Lund's Diseases of the Harbour", r.containerTitle());
    }

    @Test
    void shouldLeaveTheVolumeWordOutOfTheContainer() {
        ParsedReference r = PARSER.parse("Lund MJ. 1979. [Implantation de grues portuaires au cours de la saison froide]. Ann Rech "
                + "Portuaires Tome (1): 253-263. French.");
        assertEquals("Ann Rech Portuaires", r.containerTitle());
        r = PARSER.parse("J. Quiet. Microbiol. -Voi. 38 (1993), 384-387");
        assertEquals("J. Quiet. Microbiol.", r.containerTitle());
    }
}
