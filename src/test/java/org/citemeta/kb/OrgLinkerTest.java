package org.citemeta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.citemeta.extract.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrgLinkerTest {

    static OrgLinker fixture;

    @BeforeAll
    static void load() throws Exception {
        OrgLinker.Builder b = OrgLinker.builder(KnowledgeBase.builtIn());
        RorDumpReader.read(new ByteArrayInputStream(RorDumpReaderTest.fixture()), b::add);
        fixture = b.build();
    }

    static LinkCandidate chosen(List<LinkCandidate> candidates) {
        List<LinkCandidate> chosen = candidates.stream().filter(LinkCandidate::chosen).toList();
        assertTrue(chosen.size() <= 1, "at most one chosen: " + candidates);
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    @Test
    void shouldChooseAnExactName() {
        LinkCandidate c = chosen(fixture.match("Chinese Academy of Sciences"));
        assertEquals("034t30j35", c.org().id());
        assertEquals(MatchingType.EXACT, c.matchingType());
        assertEquals(1.0, c.score(), 0.05);
        assertEquals("Chinese Academy of Sciences", c.substring());
    }

    @Test
    void shouldNeverChooseAnAcronymAlone() {
        List<LinkCandidate> found = fixture.match("CAS");
        assertNull(chosen(found));
        assertEquals(Set.of("034t30j35", "053avzc18"), Set.copyOf(found.stream().map(c -> c.org().id()).toList()));
        assertTrue(found.stream().allMatch(c -> c.matchingType() == MatchingType.ACRONYM));
    }

    @Test
    void shouldChooseAnAcronymByTheCountryAroundIt() {
        assertEquals("034t30j35", chosen(fixture.match("CAS, Beijing, China")).org().id());
        assertEquals("053avzc18", chosen(fixture.match("CAS, Prague, Czech Republic")).org().id());
        assertEquals("034t30j35", chosen(fixture.match("CAS", Set.of("CN"))).org().id());
        assertEquals(MatchingType.ACRONYM, chosen(fixture.match("CAS", Set.of("CN"))).matchingType());
    }

    @Test
    void shouldLinkTheInstitutionOfAnAffiliationString() {
        LinkCandidate c = chosen(fixture.match("Department of Physics, Tsinghua University, 30 Shuangqing Road, Haidian"
                + " District, Beijing 100084, China"));
        assertEquals("03cve4549", c.org().id());
        assertEquals(MatchingType.PHRASE, c.matchingType());
        assertEquals("Tsinghua University", c.substring());
        // accents, case and punctuation do not matter
        assertEquals("01ggx4157", chosen(fixture.match("organisation europeenne pour la recherche nucleaire, GENEVA")).org().id());
    }

    @Test
    void shouldFindAbbreviatedAndMisspelledNamesByCommonTerms() {
        List<LinkCandidate> abbreviated = fixture.match("Dept. of Physics, Tsinghua Univ., Beijing, China");
        LinkCandidate c = chosen(abbreviated);
        assertEquals("03cve4549", c.org().id());
        assertEquals(MatchingType.COMMON_TERMS, c.matchingType());
        assertEquals("Tsinghua Univ", c.substring());
        LinkCandidate typo = chosen(fixture.match("Tsinghua Universty, Beijing, China"));
        assertEquals("03cve4549", typo.org().id());
        assertEquals(MatchingType.FUZZY, typo.matchingType());
        // without the country in the string it stays a candidate, not a choice
        List<LinkCandidate> bare = fixture.match("Tsinghua Universty");
        assertNull(chosen(bare));
        assertEquals(MatchingType.FUZZY, bare.get(0).matchingType());
        assertEquals("03cve4549", bare.get(0).org().id());
    }

    @Test
    void shouldSayWhenARuleChose() {
        LinkCandidate c = chosen(fixture.match("Department of Physics, University of Nottingham, University Park, Nottingham NG7 2RD,"
                + " University of Nottingham Ningbo China"));
        assertEquals("01ee9ar58", c.org().id(), "parent and child named: the parent");
        assertEquals(MatchingType.HEURISTICS, c.matchingType());
    }

    @Test
    void shouldRefuseANameInAnotherCountryThanTheStringNames() {
        List<LinkCandidate> found = fixture.match("Tsinghua University, Prague, Czech Republic");
        assertNull(chosen(found));
        assertTrue(found.get(0).score() < 0.6, found.toString());
    }

    @Test
    void shouldPreferTheParentWhenBothAreNamed() {
        // "University of Chinese Academy of Sciences" contains its parent's name; both are named
        LinkCandidate c = chosen(fixture.match("School of Physics, University of Chinese Academy of Sciences, Chinese Academy of Sciences"));
        assertEquals("034t30j35", c.org().id());
        assertEquals("05qbk4x57", chosen(fixture.match("University of Chinese Academy of Sciences, Beijing")).org().id());
    }

    @Test
    void shouldLinkTheSeedEntitiesByNameAliasOrSupportedAcronym() {
        assertEquals("01ggx4157", fixture.linkEntity("CERN", List.of("European Organization for Nuclear Research"), "CH", Set.of()).org().id());
        assertEquals("0567hb468", fixture.linkEntity("SESAME", List.of(), "JO", Set.of("JO", "CN")).org().id());
        assertEquals("0451nna70", fixture.linkEntity("Sirius", List.of(), "BR", Set.of()).org().id());
        assertEquals("03y4dt428", fixture.linkEntity("University of Nottingham Ningbo China", List.of("UNNC"), "CN", Set.of()).org().id());
        assertEquals("034t30j35", fixture.linkEntity("CAS", List.of(), null, Set.of("CN", "US")).org().id());
        assertNull(fixture.linkEntity("CAS", List.of(), null, Set.of()));
        assertNull(fixture.linkEntity("Sirius", List.of(), "US", Set.of()), "never across countries");
        assertNull(fixture.linkEntity("Nature Index", List.of(), null, Set.of()));
    }

    @Test
    void shouldChooseTheChineseAcademyAmongTheNineCasOfTheSubset() {
        assumeTrue(Files.isRegularFile(SharedData.ROR_SUBSET), SharedData.ROR_SUBSET.toAbsolutePath() + " is absent: subset test skipped");
        OrgLinker subset = SharedData.subsetLinker();
        List<LinkCandidate> alone = subset.match("CAS");
        assertNull(chosen(alone));
        assertTrue(alone.size() >= 8, alone.toString());
        LinkCandidate c = subset.linkEntity("CAS", List.of(), null, Set.of("CN"));
        assertNotNull(c);
        assertEquals("034t30j35", c.org().id());
        // two Czech organisations (the Academy, the Archaeological Society) answer to CAS: the country is not enough
        List<LinkCandidate> czech = subset.match("CAS, Prague, Czech Republic");
        assertNull(chosen(czech));
        assertTrue(czech.stream().anyMatch(x -> x.org().id().equals("053avzc18")));
        assertTrue(czech.stream().anyMatch(x -> x.org().id().equals("032h9wv69")));
        for (String[] seed : new String[][] {{"University of Nottingham Ningbo China", "CN", "03y4dt428"},
                {"Chinese Academy of Sciences", "CN", "034t30j35"}, {"CERN", "CH", "01ggx4157"},
                {"SESAME", "JO", "0567hb468"}, {"Sirius", "BR", "0451nna70"}}) {
            LinkCandidate s = subset.linkEntity(seed[0], List.of(), seed[1], Set.of());
            assertNotNull(s, seed[0]);
            assertEquals(seed[2], s.org().id(), seed[0]);
        }
    }

    // ---- choices made on small hand-written bases (each test builds its own)

    private static OrgRecord org(String id, String name, String status, String country, String city, List<String> types,
                                 List<OrgRecord.Name> aliases, List<OrgRecord.Relation> relations) {
        List<OrgRecord.Name> names = new java.util.ArrayList<>(aliases);
        names.add(0, new OrgRecord.Name(name, "label", "en"));
        return new OrgRecord(id, name, status, country, null, city, null, types, names, List.of(), relations, "2");
    }

    /** The organisation chosen for {@code text}, asserted to be {@code id}. */
    private static LinkCandidate assertChosen(OrgLinker l, String text, String id) {
        LinkCandidate c = chosen(l.match(text));
        assertNotNull(c, "nothing chosen for " + text);
        assertEquals(id, c.org().id(), text);
        return c;
    }

    /** An active education organisation without aliases or relations. */
    private static OrgRecord university(String id, String name, String country, String city) {
        return org(id, name, "active", country, city, List.of("education"), List.of(), List.of());
    }

    /**
     * A linker over {@code records} and eight more organisations named "<Town>ville {@code common}", so the words of
     * {@code common} weigh as little as common words do in a real base.
     */
    private static OrgLinker linkerWithFillers(String common, String country, OrgRecord... records) {
        List<OrgRecord> base = new java.util.ArrayList<>(List.of(records));
        for (String town : List.of("Aa", "Bb", "Cc", "Dd", "Ee", "Ff", "Gg", "Hh")) {
            base.add(org("0" + town.toLowerCase() + "000000", town + "ville " + common, "active", country, town,
                    List.of("education"), List.of(), List.of()));
        }
        return linker(base.toArray(new OrgRecord[0]));
    }

    private static OrgLinker linker(OrgRecord... records) {
        OrgLinker.Builder b = OrgLinker.builder(KnowledgeBase.builtIn());
        for (OrgRecord r : records) {
            b.add(r);
        }
        return b.build();
    }

    @Test
    void shouldLinkTheSuccessorOfAWithdrawnOrganisation() {
        OrgLinker l = linker(
                org("0old00000", "Old Town School of Medicine", "withdrawn", "US", "Springfield", List.of("education"),
                        List.of(), List.of(new OrgRecord.Relation("successor", "0new00000", "Springfield University"))),
                university("0new00000", "Springfield University", "US", "Springfield"));
        LinkCandidate c = assertChosen(l, "Department of Surgery, Old Town School of Medicine", "0new00000");
        assertEquals(MatchingType.HEURISTICS, c.matchingType());
        assertEquals("Old Town School of Medicine", c.substring(), "the substring is the name that was found");
    }

    @Test
    void shouldLinkTheActiveParentOfARetiredSchoolWithoutASuccessor() {
        OrgLinker l = linker(
                org("0psd00000", "Pembrook School of Dentistry", "withdrawn", "US", "Pembrook", List.of("education"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0tar00000", "Tarrant University"))),
                university("0tar00000", "Tarrant University", "US", "Pembrook"),
                org("0pgl00000", "Pembrook Glass Laboratory", "withdrawn", "US", "Pembrook", List.of("facility"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0tar00000", "Tarrant University"))));
        LinkCandidate c = assertChosen(l, "Department of Orthodontics, Pembrook School of Dentistry", "0tar00000");
        assertEquals(MatchingType.HEURISTICS, c.matchingType());
        assertNull(chosen(l.match("Optics Group, Pembrook Glass Laboratory")), "a retired laboratory is no school");
    }

    /** An organisation established in {@code established}, with its name as its one label. */
    private static OrgRecord founded(String id, String name, String status, Integer established, List<OrgRecord.Relation> relations) {
        return new OrgRecord(id, name, status, "NZ", null, "Marlow", established, List.of("education"),
                List.of(new OrgRecord.Name(name, "label", "en")), List.of(), relations, "2");
    }

    @Test
    void shouldChooseNoSuccessorFoundedAfterTheRetiredOrganisationOrByAMerger() {
        OrgLinker l = linker(
                // merged in 2024 into a new university: a text naming the old one may be older than the merger
                founded("0mtc00000", "Marlow Tidal College", "inactive", 1961,
                        List.of(new OrgRecord.Relation("successor", "0msu00000", "Marlow Sound University"))),
                founded("0msu00000", "Marlow Sound University", "active", 2024,
                        List.of(new OrgRecord.Relation("predecessor", "0mtc00000", "Marlow Tidal College"))),
                // absorbed into an older university: the university, as before
                founded("0mks00000", "Marlow Kelp School", "inactive", 1932,
                        List.of(new OrgRecord.Relation("successor", "0mou00000", "Marlow Old University"))),
                founded("0mou00000", "Marlow Old University", "active", 1870, List.of()),
                // a year unknown: the successor, as before
                founded("0mrs00000", "Marlow Reef Seminary", "inactive", null,
                        List.of(new OrgRecord.Relation("successor", "0mnu00000", "Marlow New University"))),
                founded("0mnu00000", "Marlow New University", "active", 2024, List.of()));
        OrgLinker merged = linker(
                // merged with another into a new institute of unknown founding year
                founded("0mfi00000", "Marlow Fjord Institute", "inactive", null,
                        List.of(new OrgRecord.Relation("successor", "0mmi00000", "Marlow Marine Institute"))),
                founded("0mli00000", "Marlow Lagoon Institute", "inactive", null,
                        List.of(new OrgRecord.Relation("successor", "0mmi00000", "Marlow Marine Institute"))),
                founded("0mmi00000", "Marlow Marine Institute", "active", null,
                        List.of(new OrgRecord.Relation("predecessor", "0mfi00000", "Marlow Fjord Institute"),
                                new OrgRecord.Relation("predecessor", "0mli00000", "Marlow Lagoon Institute"))));
        assertNull(chosen(merged.match("Fjord Ecology Group, Marlow Fjord Institute")), "merged into a new institute");
        List<LinkCandidate> found = l.match("Department of Oceanography, Marlow Tidal College");
        assertNull(chosen(found), "founded after the retired college: " + found);
        assertTrue(found.stream().anyMatch(c -> c.org().id().equals("0mtc00000")), "the retired college stays a candidate");
        assertChosen(l, "Department of Algae, Marlow Kelp School", "0mou00000");
        assertChosen(l, "Department of Corals, Marlow Reef Seminary", "0mnu00000");
    }

    @Test
    void shouldNotTakeACityInsideANameForALocation() {
        // one alias names the Australian university after its city; the British one has it as its label
        OrgLinker l = linker(
                org("0au000000", "University of Newcastle Australia", "active", "AU", "Newcastle", List.of("education"),
                        List.of(new OrgRecord.Name("Newcastle University", "alias", "en")), List.of()),
                university("0gb000000", "Newcastle University", "GB", "Newcastle upon Tyne"));
        assertEquals("0gb000000", chosen(l.match("Centre for Bacterial Cell Biology, Newcastle University")).org().id());
        assertEquals("0au000000", chosen(l.match("School of Engineering, Newcastle University, Newcastle, Australia")).org().id());
    }

    @Test
    void shouldNotChooseTheTailOfALongerUnknownName() {
        OrgLinker l = linker(org("0crc00000", "Cancer Research Center", "active", "US", "Boston", List.of("facility"),
                List.of(), List.of()));
        assertNull(chosen(l.match("Division of Human Biology, Fred Hutchinson Cancer Research Center")));
        assertTrue(l.match("Division of Human Biology, Fred Hutchinson Cancer Research Center").stream()
                .anyMatch(c -> c.org().id().equals("0crc00000")), "still a candidate");
        assertEquals("0crc00000", chosen(l.match("Division of Human Biology, Cancer Research Center")).org().id());
        assertEquals("0crc00000", chosen(l.match("Imaging Core, at the Cancer Research Center")).org().id());
    }

    @Test
    void shouldMatchANameWrittenWithItsInitialsJoined() {
        OrgLinker l = linker(org("0ubk00000", "U.S. Bureau of Kelp Studies", "active", "US", "Seattle", List.of("government"),
                List.of(), List.of()));
        LinkCandidate c = assertChosen(l, "Algae Unit, US Bureau of Kelp Studies", "0ubk00000");
        assertEquals("US Bureau of Kelp Studies", c.substring());
        assertChosen(l, "Algae Unit, U. S. Bureau of Kelp Studies", "0ubk00000");
    }

    @Test
    void shouldMatchBritishAndAmericanSpellingsOfAName() {
        OrgLinker l = linker(org("0uke00000", "University Medical Center Hamburg-Eppendorf", "active", "DE", "Hamburg",
                List.of("healthcare"), List.of(), List.of()));
        LinkCandidate c = assertChosen(l, "Institute of Systems Neuroscience, University Medical Centre Hamburg-Eppendorf",
                "0uke00000");
        assertEquals("University Medical Centre Hamburg-Eppendorf", c.substring());
    }

    @Test
    void shouldTellNamesakesApartByTheirChildNamedBeside() {
        OrgLinker l = linker(
                org("0nihus000", "National Institutes of Health", "active", "US", "Bethesda", List.of("government"),
                        List.of(), List.of(new OrgRecord.Relation("child", "0nhlbi000", "NHLBI"))),
                org("0nihmy000", "National Institutes of Health", "active", "MY", "Shah Alam", List.of("government"),
                        List.of(), List.of(new OrgRecord.Relation("child", "0imr00000", "IMR"))),
                org("0imr00000", "Institute for Medical Research", "active", "MY", "Kuala Lumpur", List.of("government"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0nihmy000", "NIH"))),
                org("0nhlbi000", "National Heart Lung and Blood Institute", "active", "US", "Bethesda",
                        List.of("facility"), List.of(), List.of(new OrgRecord.Relation("parent", "0nihus000", "NIH"))));
        assertNull(chosen(l.match("National Institutes of Health")), "two namesakes, each with an institute, and nothing to tell them apart");
        // the parent, told apart from its Malaysian namesake by its institute
        assertChosen(l, "Light Microscopy Core, National Heart, Lung and Blood Institute, National Institutes of Health",
                "0nihus000");
    }

    @Test
    void shouldKeepTheAgencyOfAGovernmentBodyNamedWithIt() {
        OrgLinker l = linker(
                org("0dla00000", "Department of Lunar Affairs", "active", "US", "Marlow", List.of("government"),
                        List.of(), List.of()),
                org("0trs00000", "Tide Research Service", "active", "US", "Pembrook", List.of("government"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0dla00000", ""))),
                university("0qui00000", "Quillonby University", "US", "Marlow"),
                org("0qtl00000", "Quillonby Tide Laboratory", "active", "US", "Marlow", List.of("facility"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0qui00000", ""))));
        assertChosen(l, "Department of Lunar Affairs, Tide Research Service", "0trs00000");
        assertChosen(l, "Quillonby Tide Laboratory, Quillonby University", "0qui00000"); // a university's unit: the university
    }

    @Test
    void shouldTakeChinaForTheCountryOfAHongKongOrganisation() {
        OrgLinker l = linker(university("0hkq00000", "Harbour University of Quillon Studies", "HK", "Hong Kong"));
        assertChosen(l, "Thrust of Tides, Harbour University of Quillon Studies (Marlow), Marlow, China", "0hkq00000");
        assertNull(chosen(l.match("Thrust of Tides, Harbour University of Quillon Studies, Marlow, Japan")));
    }

    @Test
    void shouldTellNamesakesApartByTheirChildrenWhenNothingElseDoes() {
        OrgLinker l = linker(
                org("0nwus0000", "Northwestern University", "active", "US", "Evanston", List.of("education"),
                        List.of(), List.of(new OrgRecord.Relation("child", "0lurie000", "Lurie"))),
                university("0nwph0000", "Northwestern University", "PH", "Laoag"),
                org("0lurie000", "Robert H. Lurie Comprehensive Cancer Center", "active", "US", "Chicago",
                        List.of("healthcare"), List.of(), List.of(new OrgRecord.Relation("parent", "0nwus0000", "NU"))));
        assertEquals("0nwus0000", chosen(l.match("Department of Pharmacology, Northwestern University")).org().id());
        assertEquals("0nwph0000", chosen(l.match("College of Nursing, Northwestern University, Laoag City, Philippines"))
                .org().id(), "the country named wins over the children");
    }

    @Test
    void shouldTellNamesakesApartByWhoseDisplayNameItIs() {
        OrgLinker l = linker(
                university("0icr00000", "The Institute of Glass Research", "GB", "Sutton"),
                org("0icr00001", "Institut de Recherche Verrière", "active", "FR", "Nantes", List.of("facility"),
                        List.of(new OrgRecord.Name("Institute of Glass Research", "label", "en")), List.of()),
                university("0zz000000", "Zephyr University", "US", "Dover"),
                university("0zz000001", "Zephyr University", "CA", "Halton"));
        assertChosen(l, "Division of Optics, The Institute of Glass Research", "0icr00000");
        assertChosen(l, "Institute of Glass Research", "0icr00000");
        assertChosen(l, "Division of Optics, Institut de Recherche Verrière", "0icr00001");
        assertNull(chosen(l.match("Department of Biology, Zephyr University")), "the display name of both");
    }

    @Test
    void shouldKnowANameWithoutItsCityWhenNoOtherOrganisationSharesIt() {
        OrgLinker l = linker(
                university("0jgu00000", "Johannes Gutenberg University Mainz", "DE", "Mainz"),
                university("0umb00000", "University of Massachusetts Boston", "US", "Boston"),
                university("0uma00000", "University of Massachusetts Amherst", "US", "Amherst"),
                university("0sfx00000", "Faculty of Medicine of Sfax", "TN", "Sfax"));
        LinkCandidate c = assertChosen(l, "Institute of Developmental Biology, Johannes Gutenberg University", "0jgu00000");
        assertEquals("Johannes Gutenberg University", c.substring());
        assertNull(chosen(l.match("Department of Surgery, University of Massachusetts")),
                "the name of a system of campuses without a city is none of them");
        assertNull(chosen(l.match("University of La Laguna, Faculty of Medicine")), "a faculty is no name without its city");
    }

    /** A facility of {@code parent}. */
    private static OrgRecord unitOf(String id, String name, String parent) {
        return org(id, name, "active", "US", "Marlow", List.of("facility"), List.of(),
                List.of(new OrgRecord.Relation("parent", parent, "")));
    }

    @Test
    void shouldKnowTheFlagshipCampusByTheNameItSharesWithTheOthers() {
        OrgLinker l = linker(
                university("0uqm00000", "University of Quillon at Marlow", "US", "Marlow"),
                university("0uqp00000", "University of Quillon at Pembrook", "US", "Pembrook"),
                unitOf("0uqm00001", "Marlow Tide Laboratory", "0uqm00000"),
                unitOf("0uqm00002", "Marlow Kelp Center", "0uqm00000"),
                university("0uta00000", "University of Tarrant Ashby", "US", "Ashby"),
                university("0utb00000", "University of Tarrant Brill", "US", "Brill"),
                unitOf("0uta00001", "Ashby Tide Laboratory", "0uta00000"),
                unitOf("0uta00002", "Ashby Kelp Center", "0uta00000"),
                unitOf("0utb00001", "Brill Kelp Center", "0utb00000"));
        assertChosen(l, "Department of Botany, University of Quillon", "0uqm00000");
        assertChosen(l, "Department of Botany, University of Quillon Pembrook", "0uqp00000");
        assertNull(chosen(l.match("Department of Botany, University of Tarrant")),
                "no campus with ten times as many children as the others");
    }

    @Test
    void shouldKnowTheNameBeforeASpacedDash() {
        OrgLinker l = linker(
                org("0qit00000", "Quillon Institute of Tides - Pembrook Centre (QIT)", "active", "DE", "Marlow",
                        List.of("facility"), List.of(), List.of()),
                org("0zrl00000", "Zylo Research Laboratory \u2013 Ashby Site", "active", "DE", "Ashby",
                        List.of("facility"), List.of(), List.of()),
                org("0zrl00001", "Zylo Research Laboratory \u2013 Brill Site", "active", "DE", "Brill",
                        List.of("facility"), List.of(), List.of()));
        assertChosen(l, "Department of Currents, Quillon Institute of Tides", "0qit00000");
        assertNull(chosen(l.match("Department of Currents, Zylo Research Laboratory")), "the head of two names");
    }

    @Test
    void shouldTakeAOneWordAcronymBeforeASpacedDashForAnAcronymAndAOneWordNameForAName() {
        OrgLinker l = linker(
                org("0qvx00000", "QVX - Quillon Vortex Institute", "active", "DE", "Marlow", List.of("facility"), List.of(),
                        List.of()),
                org("0zor00000", "Zorbé - Universitätsklinik Ashby", "active", "DE", "Ashby", List.of("healthcare"),
                        List.of(), List.of()));
        List<LinkCandidate> found = l.match("Department of Eddies, QVX");
        assertNull(chosen(found), "an acronym alone, without a country to support it");
        assertTrue(found.stream().allMatch(c -> c.matchingType() == MatchingType.ACRONYM), found.toString());
        assertChosen(l, "Department of Eddies, QVX, Marlow, Germany", "0qvx00000");
        assertChosen(l, "Department of Eddies, Zorbé", "0zor00000");
    }

    @Test
    void shouldKnowAUniversityNamedInAnotherLanguageWithTheEnglishWord() {
        OrgLinker l = linker(
                university("0uqa00000", "Université Quillon Alpes", "FR", "Marlow"),
                org("0zha00000", "Zylo Health Agency", "active", "FR", "Marlow", List.of("government"), List.of(), List.of()),
                university("0ua000000", "Université Ashby", "FR", "Ashby"),
                university("0ua000001", "Universidad Ashby", "ES", "Ashby"),
                university("0ub000000", "Universität Brill", "DE", "Brill"),
                university("0ub000001", "University Brill", "US", "Brill"));
        assertChosen(l, "Team of Tides, University Quillon Alpes, Zylo Health Agency", "0uqa00000");
        assertChosen(l, "Team of Tides, University Ashby, Zylo Health Agency", "0zha00000"); // no name of two universities
        assertChosen(l, "Department of Currents, University Brill", "0ub000001"); // nor one another organisation has
    }

    @Test
    void shouldTakeACityForTheLocationOnlyWhereAnAddressPutsIt() {
        OrgLinker l = linker(
                university("0zz000000", "Zephyr University", "US", "Dover"),
                university("0zz000001", "Zephyr University", "CA", "Halton"));
        assertNull(chosen(l.match("Dover Kelp Research Group, Zephyr University")), "a city opening a unit's name");
        assertChosen(l, "Kelp Research Group, Zephyr University, Dover", "0zz000000");
        assertChosen(l, "Kelp Research Group, Zephyr University, Dover DE 19901", "0zz000000");
        assertChosen(l, "Kelp Research Group, Zephyr University, Halton 40213 Canada", "0zz000001");
        assertChosen(l, "Kelp Research Group, Zephyr University, Halton HX3 7QB", "0zz000001"); // a postcode after it
    }

    @Test
    void shouldLinkTheUniversityAnInstitutesNameEndsWithAfterAComma() {
        OrgLinker l = linker(
                university("0mit00000", "Marine Institute of Tides, Central Valley University", "CN", "Changsha"),
                university("0cvu00000", "Central Valley University", "CN", "Changsha"),
                university("0rvt00000", "University at Rivertown, State University of Nowhere", "US", "Rivertown"),
                university("0sun00000", "State University of Nowhere", "US", "Albany"));
        LinkCandidate c = assertChosen(l, "Division of Currents, Marine Institute of Tides, Central Valley University", "0cvu00000");
        assertEquals(MatchingType.HEURISTICS, c.matchingType());
        assertChosen(l, "Department of Biology, University at Rivertown, State University of Nowhere", "0rvt00000"); // a campus
    }

    @Test
    void shouldLinkTheOrganisationRatherThanThoseItIsAMemberOf() {
        OrgLinker l = linker(
                org("0cha00000", "Charité - Universitätsmedizin Berlin", "active", "DE", "Berlin", List.of("healthcare"),
                        List.of(new OrgRecord.Name("Charité – Universitätsmedizin Berlin", "alias", "de")), List.of()),
                university("0hub00000", "Humboldt-Universität zu Berlin", "DE", "Berlin"),
                university("0fub00000", "Freie Universität Berlin", "DE", "Berlin"));
        assertChosen(l, "Department of Neurology, Charité – Universitätsmedizin Berlin, corporate member of Freie "
                + "Universität Berlin and Humboldt-Universität zu Berlin", "0cha00000");
        assertChosen(l, "Charité – Universitätsmedizin Berlin; Humboldt-Universität zu Berlin", "0hub00000");
    }

    @Test
    void shouldReadAnAcronymWrittenTwiceAsOneOrganisation() {
        OrgLinker l = linker(
                org("0kai00000", "Korea Advanced Institute of Zoology", "active", "KR", "KAIZ"),
                org("0kai00001", "Kiel Academy of Industrial Zoning", "active", "DE", "KAIZ"));
        LinkCandidate c = assertChosen(l, "KAIZ Stem Cell Center, KAIZ, Daejeon, Republic of Korea", "0kai00000");
        assertEquals(MatchingType.ACRONYM, c.matchingType());
        assertNull(chosen(l.match("KAIZ Stem Cell Center, KAIZ")), "an acronym alone is never chosen without context");
    }

    @Test
    void shouldChooseAnAcronymSpelledOutBeforeItsBracket() {
        OrgLinker l = linker(
                org("0qim00000", "Quarrelton Institute of Marine Chemistry", "active", "KR", "QIMC"),
                org("0qim00001", "Queensmoor Institute of Mining Careers", "active", "AU", "QIMC"));
        LinkCandidate c = assertChosen(l, "Division of Polymers, Institute of Marine Chemistry (QIMC)", "0qim00000");
        assertEquals(MatchingType.ACRONYM, c.matchingType());
        assertChosen(l, "Institute of Mining Careers (QIMC)", "0qim00001");
        assertNull(chosen(l.match("Division of Polymers (QIMC)")), "words that spell out no name of either");
        assertNull(chosen(l.match("Institute of Marine Chemistry, QIMC")), "no bracket: an acronym alone");
    }

    @Test
    void shouldKnowAUniversityWithItsCityWrittenOnTheOtherSide() {
        OrgLinker l = linker(
                university("0vie00000", "Medical University of Vienburg", "AT", "Vienburg"),
                university("0inn00000", "Innsburg Medical University", "AT", "Innsburg"),
                university("0zta00000", "Zedburg Technical University", "DE", "Zedburg"),
                university("0ztb00000", "Technical University of Zedburg", "DE", "Zedburg"));
        LinkCandidate c = assertChosen(l, "Department of Neurophysiology, Vienburg Medical University", "0vie00000");
        assertEquals("Vienburg Medical University", c.substring());
        assertChosen(l, "Institute of Cell Biology, Medical University of Innsburg", "0inn00000");
        assertChosen(l, "Zedburg Technical University", "0zta00000"); // a name of its own is never taken over
        assertChosen(l, "Technical University of Zedburg", "0ztb00000");
        OrgLinker named = linker(
                university("0ara00000", "Aurelius University of Aradia", "RO", "Aradia"),
                university("0alp00000", "Alphonse University of Ybor", "FR", "Ybor"),
                university("0bet00000", "Bertrand University of Ybor", "FR", "Ybor"));
        assertEquals("University of Aradia", assertChosen(named, "Department of Chemistry, University of Aradia",
                "0ara00000").substring());
        assertNull(chosen(named.match("Department of Chemistry, University of Ybor")), "two universities of Ybor");
    }

    @Test
    void shouldKnowAUniversityHospitalOfACityInItsOtherEnglishForms() {
        OrgLinker l = linker(org("0ukq00000", "Universitätsklinikum Quellbach", "active", "DE", "Quellbach",
                List.of("healthcare"), List.of(), List.of()));
        assertChosen(l, "Institut für Obstbau, Quellbach University Hospital", "0ukq00000");
        assertChosen(l, "University Hospital Quellbach, Department of Surgery", "0ukq00000");
        assertChosen(l, "Department of Surgery, University Hospital of Quellbach", "0ukq00000");
    }

    @Test
    void shouldLinkTheUniversityAHospitalsNameEndsWithAfterAComma() {
        OrgLinker l = linker(
                org("0zhu00000", "Zhuyang Hospital, Central Valley University", "active", "CN", "Changsha",
                        List.of("healthcare"), List.of(), List.of()),
                university("0cvu00000", "Central Valley University", "CN", "Changsha"),
                university("0rvt00000", "University at Rivertown, State University of Nowhere", "US", "Rivertown"),
                university("0sun00000", "State University of Nowhere", "US", "Albany"));
        LinkCandidate c = assertChosen(l, "Department of Surgery, Zhuyang Hospital, Central Valley University", "0cvu00000");
        assertEquals(MatchingType.HEURISTICS, c.matchingType());
        assertChosen(l, "Department of Biology, University at Rivertown, State University of Nowhere", "0rvt00000");
    }

    @Test
    void shouldPreferAUniversityNamedAsOneAmongSeveralEducationOrganisations() {
        OrgLinker l = linker(
                university("0bon00000", "University of Bonnland", "DE", "Bonnland"),
                org("0phy00000", "Physiologisches Institut", "active", "DE", "Kiel", List.of("education"),
                        List.of(new OrgRecord.Name("Institute of Physiology", "alias", "en")), List.of()),
                university("0eth00000", "Zurich Polytechnic", "CH", "Zurich"),
                university("0uzh00000", "University of Zurichland", "CH", "Zurich"),
                university("0ukn00000", "University of Koblenzland", "DE", "Koblenz"));
        assertEquals(MatchingType.HEURISTICS, assertChosen(l, "University of Bonnland, Faculty of Medicine, Institute of "
                + "Physiology II", "0bon00000").matchingType());
        assertChosen(l, "Neuroscience Center, University of Zurichland, Zurich Polytechnic", "0uzh00000");
        assertChosen(l, "Zurich Polytechnic, University of Zurichland", "0uzh00000");
        // universities listed each as a segment: the first one named (the last one before 6 Dec 2026, helper-S)
        assertChosen(l, "University of Bonnland, University of Koblenzland", "0bon00000");
    }

    @Test
    void shouldReadHtmlCharacterReferencesLeftInMetadata() {
        OrgLinker l = linker(university("0zsu00000", "Zorkutsk State University", "RU", "Zorkutsk"));
        LinkCandidate c = assertChosen(l, "FSBEI of HE &quot;Zorkutsk State University&quot;", "0zsu00000");
        assertEquals("Zorkutsk State University", c.substring());
        assertEquals("Texas A&M, Women's \"Health\" & <Care> &unknown; &#", OrgLinker.entities(
                "Texas A&amp;M, Women&#39;s &quot;Health&quot; &#x26; &lt;Care&gt; &unknown; &#"));
    }

    @Test
    void shouldReadACyrillicLookAlikeInALatinWordAndTheQuotedNameOfASegment() {
        OrgLinker l = linker(university("0ksu00000", "Petrovsky Korvel State University", "RU", "Korvel"));
        // the "а" of "Stаte" is Cyrillic; the name is quoted after the legal form, its words in another order
        LinkCandidate c = assertChosen(l, "FSBEI of HE \u00ABKorvel St\u0430te Petrovsky University\u00BB", "0ksu00000");
        assertEquals("Korvel St\u0430te Petrovsky University", c.substring());
        assertChosen(l, "FSBEI of HE &quot;Korvel State Petrovsky University&quot;", "0ksu00000");
        assertEquals("state", OrgLinker.latin("st\u0430te"));
        assertEquals("\u0441\u0430\u0440", OrgLinker.latin("\u0441\u0430\u0440"), "a Cyrillic word stays Cyrillic");
    }

    @Test
    void shouldTakeAOneWordCompanyNameFollowedByItsLegalFormAsWhole() {
        OrgLinker l = linker(org("0zen00000", "Zentech", "active", "US", "South San Francisco", List.of("company"),
                List.of(), List.of()));
        LinkCandidate c = assertChosen(l, "Zentech Inc., Neuroscience", "0zen00000");
        assertEquals("Zentech", c.substring());
        assertChosen(l, "Department of Oncology, Zentech Corp", "0zen00000");
        assertNull(chosen(l.match("Zentech Biology, Neuroscience")), "a single word in a longer segment is no name");
    }

    @Test
    void shouldTakeAOneWordNameFollowedByAFootnoteNumberAsWhole() {
        OrgLinker l = linker(org("0zbx00000", "Zorbex", "active", "FR", "Lyon", List.of("government"), List.of(), List.of()));
        assertEquals("Zorbex", assertChosen(l, "Zorbex 12 , Lyon, France", "0zbx00000").substring());
        assertNull(chosen(l.match("Zorbex Biology 12, Lyon, France")), "a single word in a longer segment is no name");
    }

    @Test
    void shouldKnowACompanyWithoutTheCountryRorAddsToItsName() {
        OrgLinker l = linker(
                new OrgRecord("0zyl00000", "Zylo Pharmaceuticals (Canada)", "active", "CA", "Canada", "Burnaby", null,
                        List.of("company"), List.of(new OrgRecord.Name("Zylo Pharmaceuticals (Canada)", "label", "en")),
                        List.of(), List.of(), "2"),
                new OrgRecord("0qrt00000", "Quartz Biologics (Canada)", "active", "US", "United States", "Boston", null,
                        List.of("company"), List.of(new OrgRecord.Name("Quartz Biologics (Canada)", "label", "en")),
                        List.of(), List.of(), "2"));
        LinkCandidate c = assertChosen(l, "In Vitro Biology, Zylo Pharmaceuticals Inc", "0zyl00000");
        assertEquals("Zylo Pharmaceuticals", c.substring());
        assertEquals(MatchingType.PHRASE, c.matchingType());
        assertEquals(MatchingType.EXACT, assertChosen(l, "Zylo Pharmaceuticals", "0zyl00000").matchingType());
        assertNull(chosen(l.match("Quartz Biologics")), "brackets that are not the organisation's country stay");
    }

    @Test
    void shouldPreferAHospitalToAUniversityNamedByItsMedicalSchool() {
        OrgLinker l = linker(
                org("0hvu00000", "Harvardia University", "active", "US", "Cambridge", List.of("education"),
                        List.of(new OrgRecord.Name("Harvardia Medical School", "alias", "en")), List.of()),
                org("0hos00000", "Springfield General Hospital", "active", "US", "Boston", List.of("healthcare"),
                        List.of(), List.of()),
                university("0sch00000", "Icarus School of Medicine", "US", "New York"),
                org("0ins00000", "Quokka Research Institute", "active", "US", "Boston", List.of("nonprofit"),
                        List.of(), List.of()));
        assertEquals(MatchingType.HEURISTICS, assertChosen(l, "Department of Surgery, Springfield General Hospital, "
                + "Harvardia Medical School", "0hos00000").matchingType());
        assertChosen(l, "Harvardia Medical School, Springfield General Hospital", "0hos00000");
        assertChosen(l, "Springfield General Hospital, Icarus School of Medicine", "0sch00000"); // a school of its own
        assertChosen(l, "Quokka Research Institute, Harvardia Medical School", "0hvu00000"); // no hospital
        assertChosen(l, "Springfield General Hospital, Harvardia University", "0hvu00000"); // not named by its school
    }

    @Test
    void shouldNotTakeANameRightAfterAnotherNameForTheTailOfALongerOne() {
        OrgLinker l = linker(
                org("0cam00000", "Campus Meridien", "active", "FR", "Paris", List.of("facility"), List.of(), List.of()),
                university("0uli00000", "Université de Limoges", "FR", "Limoges"));
        LinkCandidate c = assertChosen(l, "School of Education, Campus Meridien Université de Limoges", "0uli00000");
        assertEquals("Université de Limoges", c.substring());
        assertNull(chosen(l.match("School of Education, Boulevard Université de Limoges")),
                "a capitalised word that is no name before it: the tail of a name the base does not know");
    }

    @Test
    void shouldChooseAWholeCommonTermsMatchWithoutACountryButNeverASystemOfCampuses() {
        OrgLinker l = linker(
                university("0gu000000", "Goethe University Frankfurt", "DE", "Frankfurt am Main"),
                university("0ucs00000", "University of California System", "US", "Oakland"));
        LinkCandidate c = assertChosen(l, "Institute of Pharmaceutical Biology, Goethe-University of Frankfurt", "0gu000000");
        assertEquals(MatchingType.COMMON_TERMS, c.matchingType());
        OrgLinker wur = linkerWithFillers("Research University", "NL", org("0wur00000",
                "Wageningen University & Research", "active", "NL", "Wageningen", List.of("education"), List.of(), List.of()));
        assertEquals(MatchingType.COMMON_TERMS, assertChosen(wur, "Laboratory of Genetics, Wageningen University",
                "0wur00000").matchingType(), "the name adds generic words only");
        assertNull(chosen(l.match("Department of Physics, University of California")), "which campus is not said");
        OrgLinker hutch = linkerWithFillers("Research Center", "US", org("0fh000000", "Fred Hutch Cancer Center", "active",
                "US", "Seattle", List.of("nonprofit"), List.of(new OrgRecord.Name("Fred Hutchinson Cancer Center", "alias", "en")),
                List.of()));
        assertEquals(MatchingType.COMMON_TERMS, assertChosen(hutch, "Division of Human Biology, Fred Hutchinson Cancer "
                + "Research Center", "0fh000000").matchingType(), "the text is a name and generic words");
        assertNull(chosen(hutch.match("Division of Human Biology, Fred Hutchinson Cancer Genetics Center")),
                "a distinctive word the name does not have");
        OrgLinker rwth = linker(org("0rwth0000", "RWTH Aachen University", "active", "DE", "Aachen", List.of("education"),
                List.of(new OrgRecord.Name("RWTH Aachen", "alias", "en")), List.of()));
        assertChosen(rwth, "Institute for Molecular Cardiovascular Research, University Hospital RWTH Aachen", "0rwth0000");
    }

    @Test
    void shouldReadANameFollowedByOfAndItsOwnCountry() {
        OrgLinker l = linker(
                org("0nsb00000", "National Seismology Board", "active", "IT", "Rome", List.of("government"), List.of(), List.of()),
                org("0nsb00001", "National Seismology Board", "active", "PH", "Manila", List.of("government"), List.of(), List.of()));
        assertChosen(l, "National Seismology Board of Italy, Institute of Deep Faults", "0nsb00000");
        assertChosen(l, "Institute of Deep Faults, National Seismology Board of the Philippines", "0nsb00001");
        assertNull(chosen(l.match("National Seismology Board of Lombardy, Institute of Deep Faults")),
                "not a country: the name of a longer one the base does not know");
    }

    @Test
    void shouldNotReadTwoCountriesJoinedByADashAsTheLocation() {
        OrgLinker l = linker(university("0heb00000", "Hebrin University of Qiryat", "IL", "Qiryat"));
        assertChosen(l, "Institute of Tidal Research Israel\u2013Canada, Hebrin University of Qiryat", "0heb00000");
        assertChosen(l, "Institute of Tidal Research Israel-Canada, Hebrin University of Qiryat", "0heb00000");
        assertNull(chosen(l.match("Institute of Tidal Research, Hebrin University of Qiryat, Toronto, Canada")),
                "a country of its own is still the location");
    }

    @Test
    void shouldReadTheAdjectiveOfItsCountryBeforeAName() {
        OrgLinker l = linker(
                org("0nkc00000", "National Kelp Council", "active", "IT", "Rome", List.of("government"), List.of(), List.of()),
                org("0nkc00001", "Academy of Kelp", "active", "US", "Boston", List.of("government"),
                        List.of(new OrgRecord.Name("National Kelp Council", "alias", "en")), List.of()));
        assertChosen(l, "Institute of Algae, Italian National Kelp Council", "0nkc00000");
        assertChosen(l, "Institute of Algae, American National Kelp Council", "0nkc00001");
        assertNull(chosen(l.match("Institute of Algae, Martian National Kelp Council")), "the tail of a longer name");
    }

    @Test
    void shouldNotReadANamePastABracket() {
        OrgLinker l = linker(university("0lum00000", "Lumen University", "US", "Atlanta"));
        assertNull(chosen(l.match("Centre for Civic Studies (LUMEN), University of Quedlin")),
                "an acronym in brackets and the next segment are no name");
        assertChosen(l, "Institute of Biology (IBL), Lumen University", "0lum00000");
    }

    @Test
    void shouldNotReadNewJerseyAsTheCountryJersey() {
        OrgLinker l = linker(
                new OrgRecord("0rut00000", "Rutgers University", "active", "US", "United States", "New Brunswick", null,
                        List.of("education"), List.of(new OrgRecord.Name("Rutgers University", "label", "en")), List.of(),
                        List.of(), "2"),
                new OrgRecord("0jer00000", "Jersey Heritage", "active", "JE", "Jersey", "Saint Helier", null,
                        List.of("archive"), List.of(new OrgRecord.Name("Jersey Heritage", "label", "en")), List.of(),
                        List.of(), "2"));
        assertChosen(l, "Human Genetics Institute of New Jersey, Rutgers University", "0rut00000");
        assertNull(chosen(l.match("Institute of Genetics, Rutgers University, St Helier, Jersey")), "Jersey is a country");
    }

    @Test
    void shouldNotTakeAPlaceOrTheSubjectOfADepartmentForAnOrganisation() {
        OrgLinker l = linkerWithFillers("University", "US",
                university("0slu00000", "Saint Louis University", "US", "St. Louis"),
                org("0mm000000", "Molecular Microbiology", "active", "PT", "Lisbon", List.of("facility"),
                        List.of(), List.of()));
        assertNull(chosen(l.match("Department of Surgery, School of Medicine, St. Louis, MO, USA")), "a city is no university");
        assertChosen(l, "Department of Surgery, Saint Louis University, St. Louis, MO, USA", "0slu00000");
        assertNull(chosen(l.match("Department of Molecular Microbiology, Lisbon, Portugal")), "the department's subject");
        assertChosen(l, "Imaging Core, Molecular Microbiology, Lisbon, Portugal", "0mm000000");
    }

    @Test
    void shouldShortenANameWhoseOnlyLongerNamesakesAreItsOwnUnits() {
        OrgLinker l = linker(
                org("0ru000000", "Radboud University Nijmegen", "active", "NL", "Nijmegen", List.of("education"),
                        List.of(), List.of(new OrgRecord.Relation("child", "0rumc0000", "Radboudumc"))),
                org("0rumc0000", "Radboud University Medical Center", "active", "NL", "Nijmegen", List.of("healthcare"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0ru000000", "Radboud University"))));
        assertChosen(l, "Donders Institute, Radboud University", "0ru000000");
        assertChosen(l, "Department of Pathology, Radboud University Medical Center", "0rumc0000");
    }

    @Test
    void shouldChooseAUnitNamedByTheWholeString() {
        OrgLinker l = linker(org("0dlf00000", "Department of Lunar Fisheries", "active", "NZ", "Nelson", List.of("government"),
                List.of(), List.of()));
        assertEquals(MatchingType.EXACT, assertChosen(l, "Department of Lunar Fisheries", "0dlf00000").matchingType());
        assertNull(chosen(l.match("Institute of Tides, Department of Lunar Fisheries")),
                "a unit's name among others still needs its country or city");
        assertChosen(l, "Institute of Tides, Department of Lunar Fisheries, Nelson", "0dlf00000");
    }

    @Test
    void shouldReadANameFollowedByAndAnotherName() {
        OrgLinker l = linker(
                university("0qcm00000", "Quillon College of Medicine", "US", "Marlow"),
                org("0mch00000", "Marrowbank Children's Hospital", "active", "US", "Marlow", List.of("healthcare"),
                        List.of(), List.of()));
        assertChosen(l, "Department of Pediatrics, Quillon College of Medicine and Marrowbank Children's Hospital", "0qcm00000");
        assertNull(chosen(l.match("Department of Pediatrics, Quillon College of Medicine and Surgery")),
                "\"and\" followed by no name: the head of a longer name the base does not know");
    }

    @Test
    void shouldReadANameFollowedByAndAnOrganisationTheBaseDoesNotKnow() {
        OrgLinker l = linker(org("0qit00000", "Quillon Institute for Tide Studies", "active", "DE", "Marlow",
                List.of("facility"), List.of(), List.of()));
        assertChosen(l, "Quillon Institute for Tide Studies and Pembrook Centre for Lunar Physics", "0qit00000");
        assertChosen(l, "Quillon Institute for Tide Studies and Tarrant-Zentrum für Mondphysik, Marlow", "0qit00000");
        assertNull(chosen(l.match("Quillon Institute for Tide Studies and Currents")),
                "\"and\" followed by no organisation word: the head of a longer name the base does not know");
    }

    @Test
    void shouldReadANameAfterADepartmentWithoutAComma() {
        OrgLinker l = linker(org("0atbu0000", "Abubakar Tafawa Balewa University", "active", "NG", "Bauchi",
                List.of("education"), List.of(), List.of()));
        assertChosen(l, "Department of Petroleum Engineering Abubakar Tafawa Balewa University, Bauchi, Nigeria", "0atbu0000");
    }

    @Test
    void shouldReadAGermanNameWithoutItsZu() {
        OrgLinker l = linkerWithFillers("Universität", "DE", university("0gzu00000", "Universität zu Quellbach", "DE", "Quellburg"),
                university("0hzu00000", "Brombeer-Universität zu Marlheim", "DE", "Marlheim"));
        assertChosen(l, "Institut für Obstbau, Universität Quellbach", "0gzu00000");
        assertChosen(l, "Universität Quellbach", "0gzu00000");
        assertChosen(l, "Institut für Obstbau, Brombeer University of Marlheim", "0hzu00000");
    }

    @Test
    void shouldReadANameAfterACenterWithoutAComma() {
        OrgLinker l = linker(university("0qub00000", "Quillonby University", "US", "Marlow"));
        assertChosen(l, "Division of Tides, Center for Lunar and Solar Studies Quillonby University", "0qub00000");
        assertChosen(l, "Institute of Marine Weather Quillonby University", "0qub00000");
        assertNull(chosen(l.match("Division of Tides, Pembrook Quillonby University")),
                "a capitalised word before the name in a segment not opened by a unit: a longer name the base does not know");
    }

    @Test
    void shouldReadAgricultureAsAgricultural() {
        OrgLinker l = linkerWithFillers("Agricultural University", "CN",
                university("0qag00000", "Quillon Agricultural University", "CN", "Quillon"),
                university("0mag00000", "Marlow University of Agriculture", "CN", "Marlow"));
        assertChosen(l, "College of Fisheries, Quillon Agriculture University", "0qag00000");
        assertChosen(l, "College of Forestry, Marlow University of Agricultural", "0mag00000");
    }

    @Test
    void shouldReadANameAfterTheSubjectsOfADepartment() {
        OrgLinker l = linker(university("0qub00000", "Quillonby University", "US", "Marlow"));
        assertChosen(l, "Department of Tides, Currents and Waves Quillonby University", "0qub00000");
        assertNull(chosen(l.match("Tides, Currents and Waves Quillonby University")),
                "no unit before: a longer name the base does not know");
    }

    @Test
    void shouldLinkTheUniversityASchoolIsNamedAfter() {
        OrgLinker l = linker(
                university("0qui00000", "Quillonby University", "US", "Marlow"),
                university("0wsu00000", "Tarrant University in Pembrook", "US", "Pembrook"),
                university("0pem00000", "Pembrook Institute of Art", "US", "Tarrant"),
                org("0zci00000", "Zylo Cancer Institute", "active", "US", "Marlow", List.of("healthcare"), List.of(), List.of()));
        LinkCandidate c = assertChosen(l, "Department of Botany, Quillonby School of Public Health", "0qui00000");
        assertEquals(MatchingType.HEURISTICS, c.matchingType());
        assertChosen(l, "Department of Nutrition, Quillonby R. T. Fenwick School of Public Health", "0qui00000");
        // the city of the university's name is left out, and "University" says the head is one even when it is a place
        assertChosen(l, "Division of Surgery, Tarrant University School of Medicine, Pembrook", "0wsu00000");
        assertNull(chosen(l.match("Division of Surgery, Tarrant School of Medicine")), "Tarrant is a place: University must follow");
        assertChosen(l, "Zylo Cancer Institute, Quillonby School of Public Health", "0zci00000"); // another organisation named
        assertNull(chosen(l.match("Department of Botany, Quillonby Institute of Public Health")), "no school");
    }

    private static OrgRecord org(String id, String name, String status, String country, String acronym) {
        List<OrgRecord.Name> names = new java.util.ArrayList<>(List.of(new OrgRecord.Name(name, "label", "en")));
        if (acronym != null) {
            names.add(new OrgRecord.Name(acronym, "acronym", null));
        }
        return new OrgRecord(id, name, status, country, null, null, null, List.of("education"), names, List.of(),
                List.of(), "2");
    }

    @Test
    void shouldNeverChooseAnInactiveOrWithdrawnOrganisation() {
        OrgLinker l = OrgLinker.builder(KnowledgeBase.builtIn())
                .add(org("0uuuuu101", "Institute of Retired Testing", "inactive", "FR", "IRT"))
                .add(org("0uuuuu202", "Bureau of Mistaken Records", "withdrawn", "FR", "BMR"))
                .build();
        for (String s : List.of("Institute of Retired Testing", "Department of Physics, Institute of Retired Testing, Paris, France",
                "IRT, Paris, France", "Bureau of Mistaken Records", "BMR, Lyon, France")) {
            List<LinkCandidate> found = l.match(s);
            assertNull(chosen(found), s + ": " + found);
            assertEquals(1, found.size(), s + " stays a candidate: " + found);
        }
        assertEquals("inactive", l.match("Institute of Retired Testing").get(0).org().status());
        assertNull(l.linkEntity("Institute of Retired Testing", List.of("IRT"), "FR", Set.of("FR")));
        assertNull(l.linkEntity("Bureau of Mistaken Records", List.of(), "FR", Set.of()));
    }

    @Test
    void shouldChooseTheActiveOrganisationOfASharedName() {
        // an organisation that was replaced under the same name: the inactive record never wins, even with the
        // country and city on its side
        OrgLinker l = OrgLinker.builder(KnowledgeBase.builtIn())
                .add(new OrgRecord("0uuuuu303", "Shared Name Test University", "inactive", "DE", "Germany", "Hamburg", null,
                        List.of("education"), List.of(new OrgRecord.Name("Shared Name Test University", "label", "en")),
                        List.of(), List.of(), "2"))
                .add(org("0uuuuu404", "Shared Name Test University", "active", "DE", null))
                .build();
        LinkCandidate c = chosen(l.match("Shared Name Test University, Hamburg, Germany"));
        assertNotNull(c);
        assertEquals("0uuuuu404", c.org().id());
        assertEquals("0uuuuu404", l.linkEntity("Shared Name Test University", List.of(), "DE", Set.of()).org().id());
    }

    @Test
    void shouldReadANameHeadingASiteOrProgrammeNamedAfterItAsNoOrganisation() {
        OrgLinker l = linker(
                org("0hgt00000", "Harrowgate Trust", "active", "GB", "Marlow", List.of("funder"), List.of(), List.of()),
                org("0pel00000", "Pellam Institute", "active", "GB", "Hinxby", List.of("facility"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0hgt00000", "Harrowgate Trust"))),
                org("0tmr00000", "Tamarind Medical Research Institute", "active", "KE", "Kilifi", List.of("government"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0hgt00000", "Harrowgate Trust"))),
                university("0qui00000", "Quillonby University", "IN", "Marlow"));
        // the trust only names the campus and the programme: the institute is the affiliation, not its parent
        assertChosen(l, "Pellam Institute, Harrowgate Trust Genome Campus", "0pel00000");
        assertChosen(l, "Tamarind Medical Research Institute (TMRI)-Harrowgate Trust Research Programme", "0tmr00000");
        assertChosen(l, "Pellam Institute, Harrowgate Trust", "0hgt00000"); // the parent itself named
        // a university's campus is the university
        assertChosen(l, "Centre for Crop Studies, Quillonby University South Campus", "0qui00000");
    }

    @Test
    void shouldChooseTheFirstOfTheUniversitiesListedEachAsASegment() {
        OrgLinker l = linker(
                university("0qui00000", "Quillonby University", "FR", "Marlow"),
                university("0tar00000", "Université de Tarrant", "FR", "Tarrant"),
                university("0lun00000", "Universities of Quillonby and Tarrant Lung Center", "FR", "Marlow"),
                org("0zci00000", "Zylo Cancer Institute", "active", "FR", "Marlow", List.of("facility"), List.of(), List.of()));
        assertChosen(l, "Zylo Cancer Institute, Quillonby University, Université de Tarrant, CNRS", "0qui00000");
        assertChosen(l, "Zylo Cancer Institute, Université de Tarrant, Quillonby University", "0tar00000");
        // a name ending with another organisation's word is no university listed: the last named, as before
        assertChosen(l, "Institute for Lung Research, Universities of Quillonby and Tarrant Lung Center, Université de Tarrant",
                "0tar00000");
    }

    @Test
    void shouldChooseTheNamesakeWhoseDisplayNameItIsBeforeTheOneWithChildren() {
        OrgLinker l = linker(
                org("0mip00000", "Marrowby Institute National Medical Center", "active", "US", "Duarte", List.of("healthcare"),
                        List.of(new OrgRecord.Name("Marrowby Institute", "alias", "en")),
                        List.of(new OrgRecord.Relation("child", "0mic00000", "Marrowby Institute"))),
                org("0mic00000", "Marrowby Institute", "active", "US", "Duarte", List.of("nonprofit"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0mip00000", "Marrowby Institute National Medical Center"))));
        assertChosen(l, "Marrowby Institute", "0mic00000");
        assertChosen(l, "Department of Surgery, Marrowby Institute", "0mic00000");
        assertChosen(l, "Marrowby Institute National Medical Center", "0mip00000");
    }

    @Test
    void shouldReadANameFollowedByAPersonsInitialAsNoOrganisation() {
        OrgLinker l = linker(org("0orv00000", "The Orvald Institute for Coastal Health", "active", "GB", "Hinxby",
                List.of("facility"), List.of(new OrgRecord.Name("The Orvald", "alias", "en")), List.of()));
        // "The Orvald P. Brenn Faculty": a faculty named after a person, not the institute known as "The Orvald"
        assertNull(chosen(l.match("School of Marine Biology, The Orvald P. Brenn Faculty of Sea Sciences")));
        assertChosen(l, "Coastal Unit, The Orvald, Hinxby", "0orv00000");
    }

    @Test
    void shouldReadANameFollowedByHospitalsAsNoOrganisation() {
        OrgLinker l = linker(university("0brk00000", "Brackwater University College", "GB", "Hinxby"));
        // the hospitals named after the college (a trust unknown to the base), not the college
        assertNull(chosen(l.match("Maternity Wing, Brackwater University College Hospitals")));
        assertChosen(l, "Department of Surgery, Brackwater University College", "0brk00000");
    }

    @Test
    void shouldChooseTheChildAtThePlaceNamedAfterItsParent() {
        OrgLinker l = linker(
                org("0sys00000", "State University of Wexland", "active", "US", "Albury", List.of("education"), List.of(),
                        List.of(new OrgRecord.Relation("child", "0stb00000", "Stroud State University"),
                                new OrgRecord.Relation("child", "0atb00000", "University at Stroud, State University of Wexland"),
                                new OrgRecord.Relation("child", "0kel00000", "Kelby Community College"))),
                org("0stb00000", "Stroud State University", "active", "US", "Stroud", List.of("education"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0sys00000", "State University of Wexland"))),
                org("0atb00000", "University at Stroud, State University of Wexland", "active", "US", "Stroud",
                        List.of("education"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0sys00000", "State University of Wexland"))),
                org("0kel00000", "Kelby Community College", "active", "US", "Kelby", List.of("education"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0sys00000", "State University of Wexland"))),
                org("0mhp00000", "Ormsby Memorial Hospital", "active", "TW", "Taipei", List.of("healthcare"), List.of(),
                        List.of(new OrgRecord.Relation("child", "0mhl00000", "Lantou Ormsby Memorial Hospital"))),
                org("0mhl00000", "Lantou Ormsby Memorial Hospital", "active", "TW", "Taoyuan", List.of("healthcare"),
                        List.of(), List.of(new OrgRecord.Relation("parent", "0mhp00000", "Ormsby Memorial Hospital"))));
        // "X at P": the campus or site of X at P, the one "at" P among several children of that place
        assertChosen(l, "Department of Physics, The State University of Wexland at Stroud", "0atb00000");
        assertChosen(l, "Heart Research Center, Ormsby Memorial Hospital at Lantou", "0mhl00000");
        // without a child of that place, the parent
        assertChosen(l, "Department of Physics, State University of Wexland at Albury", "0sys00000");
        assertChosen(l, "Department of Physics, State University of Wexland", "0sys00000");
    }

    @Test
    void shouldLinkAResearchInstituteNamedAfterItsParentToTheParent() {
        OrgLinker l = linker(
                org("0qhp00000", "Quarrington Hospital", "active", "CA", "Quarrington", List.of("healthcare"), List.of(),
                        List.of(new OrgRecord.Relation("child", "0qhr00000", "Quarrington Hospital Research Institute"),
                                new OrgRecord.Relation("child", "0qhc00000", "Quarrington Hospital Heart Institute"))),
                org("0qhr00000", "Quarrington Hospital Research Institute", "active", "CA", "Quarrington",
                        List.of("facility"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0qhp00000", "Quarrington Hospital"))),
                org("0qhc00000", "Quarrington Hospital Heart Institute", "active", "CA", "Quarrington",
                        List.of("healthcare"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0qhp00000", "Quarrington Hospital"))),
                org("0lrc00000", "Lindqvist Research Centre", "active", "SE", "Orrby", List.of("facility"), List.of(),
                        List.of()));
        // the research arm named after its hospital ("X Research Institute", "X Research Centre"): the hospital
        assertChosen(l, "Quarrington Hospital Research Institute", "0qhp00000");
        assertChosen(l, "Cancer Therapeutics Program, Quarrington Hospital Research Institute", "0qhp00000");
        // another institute of the hospital, and a research centre that is no parent's arm, stay themselves
        assertChosen(l, "Quarrington Hospital Heart Institute", "0qhc00000");
        assertChosen(l, "Lindqvist Research Centre", "0lrc00000");
    }

    @Test
    void shouldKnowAnItalianUniversityOfStudiesInEnglish() {
        OrgLinker l = linker(
                org("0cbr00000", "University of Castelbrook", "active", "IT", "Castelbrook", List.of("education"),
                        List.of(new OrgRecord.Name("Università degli Studi di Castelbruco Ugo Ferrante", "label", "it")),
                        List.of()),
                org("0fen00000", "Fenwick Telematic University", "active", "IT", "Orvella", List.of("education"),
                        List.of(new OrgRecord.Name("Università degli Studi Aldo Fenwick", "label", "it")), List.of()));
        // "Università degli Studi di C": "University of C" with the Italian name of the city, or word for word
        assertChosen(l, "Department of Biology, University of Castelbruco \u201cUgo Ferrante\u201d", "0cbr00000");
        assertChosen(l, "University of Studies of Castelbruco Ugo Ferrante", "0cbr00000");
        // "Università degli Studi X" (no "di"): "University of Studies X"
        assertChosen(l, "University of Studies Aldo Fenwick", "0fen00000");
    }

    @Test
    void shouldKnowAGermanTechnicalUniversityAndUniversityHospitalInEnglish() {
        OrgLinker l = linker(
                org("0tuw00000", "Technische Universität Wendelberg", "active", "DE", "Wendelberg", List.of("education"),
                        List.of(), List.of(new OrgRecord.Relation("child", "0wlf00000", "Lichtfeld Cluster"))),
                org("0wlf00000", "Lichtfeld Cluster", "active", "DE", "Wendelberg", List.of("facility"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0tuw00000", "Technische Universität Wendelberg"))),
                org("0ukr00000", "Universitätsklinikum Rabenau", "active", "DE", "Rabenau", List.of("healthcare"),
                        List.of(), List.of()));
        // "Technische Universität C" written "Technical University (of) C": the university, parent of the named cluster
        assertChosen(l, "Cluster of Excellence 'Lichtfeld Cluster', Technical University Wendelberg", "0tuw00000");
        assertChosen(l, "Department of Psychology, Technical University of Wendelberg", "0tuw00000");
        // "Universitätsklinikum C" written "University Medical Center C"
        assertChosen(l, "Institute for Brain Research, University Medical Centre Rabenau", "0ukr00000");
    }

    @Test
    void shouldChooseANameSharedWithoutCitiesOnlyWithAKinNamed() {
        OrgLinker l = linker(
                org("0wfa00000", "Wexland Federal Polytechnic in Alden", "active", "CH", "Alden", List.of("education"),
                        List.of(), List.of(new OrgRecord.Relation("child", "0itp00000", "Institute of Tidal Physics"))),
                org("0wfb00000", "Wexland Federal Polytechnic in Brisk", "active", "CH", "Brisk", List.of("education"),
                        List.of(), List.of()),
                org("0itp00000", "Institute of Tidal Physics", "active", "CH", "Alden", List.of("facility"), List.of(),
                        List.of(new OrgRecord.Relation("parent", "0wfa00000", "Wexland Federal Polytechnic in Alden"))));
        // the name both polytechnics have without their cities, named with a child of one of them: that one (as the
        // parent of a named child)
        assertChosen(l, "Institute of Tidal Physics, Wexland Federal Polytechnic", "0wfa00000");
        // a city does not decide between them
        assertNull(chosen(l.match("Department of Chemistry, Wexland Federal Polytechnic, Brisk")));
        assertChosen(l, "Department of Chemistry, Wexland Federal Polytechnic in Brisk", "0wfb00000");
    }

    @Test
    void shouldChooseAnAcronymJoinedToItsParentsAcronym() {
        OrgLinker l = linker(
                org("0qrb00000", "Quellish Research Board", "active", "GB", "Norbury", List.of("government"),
                        List.of(new OrgRecord.Name("QRB", "acronym", null)),
                        List.of(new OrgRecord.Relation("child", "0ltz00000", "QRB Laboratory of Tidal Zoology"))),
                org("0ltz00000", "QRB Laboratory of Tidal Zoology", "active", "GB", "Norbury", List.of("facility"),
                        List.of(new OrgRecord.Name("LTZ", "acronym", null)),
                        List.of(new OrgRecord.Relation("parent", "0qrb00000", "Quellish Research Board"))),
                org("0ltx00000", "Lontaro Tea Zone", "active", "KE", "Moro", List.of("company"),
                        List.of(new OrgRecord.Name("LTZ", "acronym", null)), List.of()),
                org("0qrx00000", "Qumbo Rice Bureau", "active", "KE", "Moro", List.of("government"),
                        List.of(new OrgRecord.Name("QRB", "acronym", null)), List.of()));
        // the unit's acronym joined to its parent's by a dash, either way round: the unit
        assertChosen(l, "QRB-LTZ, Harbour Lane", "0ltz00000");
        assertChosen(l, "LTZ-QRB", "0ltz00000");
        // the acronyms apart (not joined), or one alone, choose nothing without a country
        assertNull(chosen(l.match("LTZ, QRB, Harbour Lane")));
        assertNull(chosen(l.match("LTZ, Harbour Lane")));
    }

    @Test
    void shouldPlaceAnAcronymInFranceByAFrenchUnitCode() {
        OrgLinker l = linker(
                org("0lgv00000", "Laboratoire des Gelées Volcaniques", "active", "FR", "Clermont", List.of("facility"),
                        List.of(new OrgRecord.Name("LGV", "acronym", null)), List.of()),
                org("0lgx00000", "Lakeside Grain Ventures", "active", "CA", "Lorne", List.of("company"),
                        List.of(new OrgRecord.Name("LGV", "acronym", null)), List.of()));
        // the French unit's code (kind and number, joined or apart): the French one
        assertChosen(l, "LGV-UMR4321", "0lgv00000");
        assertChosen(l, "LGV, UMR 4321, Bâtiment B", "0lgv00000");
        assertChosen(l, "UR 912 LGV", "0lgv00000");
        // the kind without a number is no code; the acronym alone chooses nothing
        assertNull(chosen(l.match("LGV, UMR")));
        assertNull(chosen(l.match("LGV, Bâtiment B")));
    }

    @Test
    void shouldPlaceAnAcronymInItalyByItalianWordsOfTheAddress() {
        OrgLinker l = linker(
                org("0ipm00000", "Istituto per le Pietre Marine", "active", "IT", "Lucca", List.of("facility"),
                        List.of(new OrgRecord.Name("IPM", "acronym", null)), List.of()),
                org("0ipx00000", "Institute of Polar Mapping", "active", "NO", "Vardo", List.of("facility"),
                        List.of(new OrgRecord.Name("IPM", "acronym", null)), List.of()));
        // a street or an institution written in Italian: the Italian one
        assertChosen(l, "IPM, Via dei Tigli 7", "0ipm00000");
        assertChosen(l, "Fondazione Brunetti IPM", "0ipm00000");
        // without them the acronym alone chooses nothing
        assertNull(chosen(l.match("IPM, Tigli Street 7")));
    }

    @Test
    void shouldPlaceAnAcronymInAGermanOrSpanishSpeakingCountryByTheWordsOfTheAddress() {
        OrgLinker l = linker(
                org("0kgd00000", "Kieselgur-Forschungsinstitut Dornfeld", "active", "AT", "Dornfeld", List.of("facility"),
                        List.of(new OrgRecord.Name("KFD", "acronym", null)), List.of()),
                org("0kgx00000", "Kenyan Feed Depot", "active", "KE", "Moro", List.of("company"),
                        List.of(new OrgRecord.Name("KFD", "acronym", null)), List.of()),
                org("0sml00000", "Fundación Salinas del Mar", "active", "PE", "Ica", List.of("nonprofit"),
                        List.of(new OrgRecord.Name("FSM", "acronym", null)), List.of()),
                org("0smx00000", "Forest Survey of Manitoba", "active", "CA", "Gimli", List.of("government"),
                        List.of(new OrgRecord.Name("FSM", "acronym", null)), List.of()));
        // German words of the address: the Austrian one; Spanish words: the Peruvian one
        assertChosen(l, "Labor für Tonminerale, KFD", "0kgd00000");
        assertChosen(l, "Unidad de Costas, FSM", "0sml00000");
        // without them each acronym alone chooses nothing
        assertNull(chosen(l.match("Clay Minerals Laboratory, KFD")));
        assertNull(chosen(l.match("Coastal Unit, FSM")));
    }
}
