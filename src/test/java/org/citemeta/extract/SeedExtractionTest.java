package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two seed documents: exact entity sets (so junk fails), relations, metadata and offsets. */
class SeedExtractionTest {
    private static EntityExtractor extractor;
    private static String pdf;
    private static String web;

    @BeforeAll
    static void load() throws IOException {
        extractor = new EntityExtractor();
        pdf = read("seed_000_pdf.txt");
        web = read("seed_001_web.txt");
    }

    static String read(String name) throws IOException {
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/org/citemeta/extract/gold/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final Set<String> COMMON = Set.of(
            "LOCATION China", "LOCATION United States", "LOCATION Europe", "LOCATION Switzerland",
            "LOCATION Brazil", "LOCATION Jordan", "ORGANIZATION CERN", "ORGANIZATION Chinese Academy of Sciences",
            "FACILITY Sirius", "FACILITY SESAME", "PERSON X. Yang", "OTHER Science", "OTHER Nature Index");

    static Set<String> entities(Extraction x) {
        return x.entities().stream().map(e -> e.type() + " " + e.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Entity entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities(x)));
    }

    @Test
    void shouldFindExactlyTheExpectedEntitiesInThePdfSeed() {
        Set<String> expected = new TreeSet<>(COMMON);
        expected.addAll(Set.of("PERSON Cong Cao", "ORGANIZATION University of Nottingham Ningbo China",
                "LOCATION Zhejiang"));
        assertEquals(expected, entities(extractor.extract(pdf)));
    }

    @Test
    void shouldFindExactlyTheExpectedEntitiesInTheWebSeed() {
        // the web version has no byline, bio or e-mail: Cong Cao, his university and Zhejiang are not in its text
        assertEquals(new TreeSet<>(COMMON), entities(extractor.extract(web)));
    }

    @Test
    void shouldGiveCountriesTheirIsoCodesAndAliases() {
        for (String doc : new String[]{pdf, web}) {
            Extraction x = extractor.extract(doc);
            assertEquals("CN", entity(x, "China").countryCode());
            assertEquals("US", entity(x, "United States").countryCode());
            assertEquals("CH", entity(x, "Switzerland").countryCode());
            assertEquals("BR", entity(x, "Brazil").countryCode());
            assertEquals("JO", entity(x, "Jordan").countryCode());
            assertTrue(entity(x, "Chinese Academy of Sciences").aliases().contains("CAS"));
            assertTrue(entity(x, "SESAME").aliases()
                    .contains("Synchrotron-light for Experimental Science and Applications in the Middle East"));
            assertEquals(EntityType.FACILITY, entity(x, "Sirius").type());
            assertEquals(EntityType.OTHER, entity(x, "Nature Index").type());
            // "Middle East" is nested in SESAME's expansion: the longest span wins, so it is not a mention
            assertTrue(x.mentions().stream().noneMatch(m -> m.text().equals("Middle East")));
        }
    }

    @Test
    void shouldReadTheThreeLocatedInRelationsFromBothSeeds() {
        for (String doc : new String[]{pdf, web}) {
            Set<String> rel = extractor.extract(doc).relations().stream()
                    .filter(r -> r.type() == RelationType.LOCATED_IN)
                    .map(r -> r.subject() + " -> " + r.object()).collect(Collectors.toSet());
            assertTrue(rel.containsAll(Set.of("CERN -> Switzerland", "Sirius -> Brazil", "SESAME -> Jordan")), rel::toString);
        }
        Relation sesame = extractor.extract(web).relations().stream().filter(r -> r.subject().equals("SESAME"))
                .findFirst().orElseThrow();
        assertTrue(sesame.evidence().contains("based in Jordan"));
        assertTrue(web.substring(sesame.start(), sesame.end()).contains("SESAME"));
    }

    @Test
    void shouldReadAuthorAffiliationRoleAndEmailFromThePdfSeed() {
        Extraction x = extractor.extract(pdf);
        DocumentMetadata m = x.metadata();
        assertEquals("China must draw on vast internal strength", m.title());
        assertTrue(m.standfirst().startsWith("The domestic pool of talent is deep"));
        assertEquals(1, m.authors().size());
        Author a = m.authors().get(0);
        assertEquals("Cong Cao", a.name());
        assertEquals("professor", a.role());
        assertEquals(java.util.List.of("University of Nottingham Ningbo China"), a.affiliations());
        assertEquals("Zhejiang, China", a.location());
        assertEquals(java.util.List.of("cong.cao@nottingham.edu.cn"), a.emails());
        Set<String> rel = x.relations().stream().map(r -> r.type() + " " + r.subject() + " -> " + r.object())
                .collect(Collectors.toSet());
        assertTrue(rel.contains("AFFILIATED_WITH Cong Cao -> University of Nottingham Ningbo China"), rel::toString);
        assertTrue(rel.contains("LOCATED_IN University of Nottingham Ningbo China -> Zhejiang"), rel::toString);
        assertEquals("CN", entity(x, "University of Nottingham Ningbo China").countryCode());
    }

    @Test
    void shouldReadTheTitleOfAMarkdownDocumentWithoutItsHeadingMarks() {
        Extraction x = extractor.extract("# Synchrotron light sources in the Middle East\n\n"
                + "Work at CERN and SESAME in Jordan shaped the design.\n\n## References\n");
        assertEquals("Synchrotron light sources in the Middle East", x.metadata().title());
        assertEquals("Closing words", extractor.extract("## Closing words ##\n\nText follows here.").metadata().title());
    }

    @Test
    void shouldRejoinTheSentenceSplicedAroundThePullQuoteAndBio() {
        Extraction x = extractor.extract(pdf);
        Mention chinese = x.mentions().stream().filter(m -> m.text().equals("Zhejiang")).findFirst().orElseThrow();
        assertTrue(chinese.sentence().startsWith("Cong Cao is a professor"));
        assertTrue(x.metadata().displacedBlocks().stream().anyMatch(b -> b.startsWith("\"China cannot afford")));
        String joined = extractor.normalize(pdf).text();
        assertTrue(joined.contains("bolster the reputation and credibility of Chinese science on the world stage."));
        assertTrue(joined.contains("X. Yang et al. Science 379, 240-243; 2023"));
    }

    @Test
    void everyMentionOffsetPointsIntoTheOriginalText() {
        for (String doc : new String[]{pdf, web}) {
            for (Mention m : extractor.extract(doc).mentions()) {
                String orig = doc.substring(m.start(), m.end());
                assertEquals(m.text(), orig.replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u2013', '-'),
                        "offsets of " + m);
                assertNotNull(m.sentence());
                assertTrue(m.sentence().contains(m.text()), m::toString);
            }
        }
    }

    @Test
    void nobelAndSentenceInitialWordsAreNotEntities() {
        Set<String> surfaces = extractor.extract(web).mentions().stream().map(Mention::text).collect(Collectors.toSet());
        for (String junk : new String[]{"Escalating", "Efforts", "Investment", "Such", "Europe's", "Sino",
                "American", "Chinese", "Nobel", "STEM", "West"}) {
            assertTrue(!surfaces.contains(junk), junk);
        }
    }

    @Test
    void extractionIsThreadSafe() throws Exception {
        Extraction ref = extractor.extract(pdf);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Extraction>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> extractor.extract(pdf)));
            }
            for (var f : fs) {
                assertEquals(ref, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
