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
        assumeTrue(Files.isRegularFile(SharedData.ROR_SUBSET), "../shared/data/ror is absent: subset test skipped");
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
}
