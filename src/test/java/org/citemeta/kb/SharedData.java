package org.citemeta.kb;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.citemeta.extract.kb.KnowledgeBase;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation data of ../shared/data (never copied into the project): the ROR subset and the Crossref
 * affiliation strings with their gold ROR ids; the reference gold sets are under {@link #ROOT}{@code /references}.
 * Tests skip with a message when it is absent. The folder is {@code ../shared/data} from the working directory, or
 * the one named by the system property {@code citemeta.shared.data} or the environment variable
 * {@code CITEMETA_SHARED_DATA} (a checkout that is no sibling of {@code shared}, such as a worktree elsewhere).
 */
public final class SharedData {

    public static final Path ROOT = root();
    public static final Path ROR_SUBSET = ROOT.resolve("ror/ror-records-subset.jsonl.gz");
    public static final Path CROSSREF = ROOT.resolve("affiliations/crossref-2023-train.csv");

    private static Path root() {
        String p = System.getProperty("citemeta.shared.data");
        if (p == null || p.isBlank()) {
            p = System.getenv("CITEMETA_SHARED_DATA");
        }
        return Path.of(p == null || p.isBlank() ? "../shared/data" : p);
    }

    /** One gold row: its 0-based position in the file, the affiliation string and the bare ROR id. */
    public record Gold(int row, String affiliation, String ror) {
    }

    private SharedData() {
    }

    /** The linker over the built-in base's countries and the ROR subset. */
    public static OrgLinker subsetLinker() {
        OrgLinker.Builder b = OrgLinker.builder(KnowledgeBase.builtIn());
        RorDumpReader.read(ROR_SUBSET, b::add);
        return b.build();
    }

    public static List<Gold> crossref() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(CROSSREF, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(r);
            int i = 0;
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                out.add(new Gold(i++, row.get("affiliation"), RorDumpReader.bareId(row.get("ror_id"))));
            }
        }
        return out;
    }
}
