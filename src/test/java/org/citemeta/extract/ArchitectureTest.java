package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays framework-free (design.md section 1). */
class ArchitectureTest {
    @Test
    void engineImportsNoFrameworkPackages() throws Exception {
        assertFrameworkFree(Path.of("src/main/java/org/citemeta/extract"));
    }

    /** The knowledge-base reader and linker too: unit-tested and benchmarked without a container. */
    @Test
    void linkerImportsNoFrameworkPackages() throws Exception {
        assertFrameworkFree(Path.of("src/main/java/org/citemeta/kb"));
    }

    /**
     * The passes {@link Annotator} runs after its own read and write the candidates through {@link CandidateSpace}
     * only, not through the annotator's other state (outside comments, no code of theirs names {@code Annotator}).
     */
    @Test
    void passesSeeTheAnnotatorOnlyThroughTheCandidateSpace() throws Exception {
        for (String pass : List.of("NameWithoutHead", "EvidenceWords", "UnlistedPlacesAndAgencies", "CompanyContext",
                "ProgrammeAndInstrumentNames", "FacilityContext", "PlaceContext")) {
            Path p = Path.of("src/main/java/org/citemeta/extract", pass + ".java");
            String code = Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            assertTrue(!code.matches("(?s).*\\bAnnotator\\b.*"), p + " names Annotator in its code");
            assertTrue(pass.equals("PlaceContext") || code.contains("CandidateSpace a"),
                    p + " takes no CandidateSpace");
        }
    }

    private static void assertFrameworkFree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(java.size() >= 5, root + " has too few sources: wrong path?");
            for (Path p : java) {
                String s = Files.readString(p);
                for (String banned : new String[]{"import io.quarkus", "import jakarta", "import javax.persistence",
                        "import org.hibernate"}) {
                    assertTrue(!s.contains(banned), p + " imports " + banned);
                }
            }
        }
    }
}
