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
 * affiliation strings with their gold ROR ids. Tests skip with a message when it is absent.
 */
public final class SharedData {

    public static final Path ROR_SUBSET = Path.of("../shared/data/ror/ror-records-subset.jsonl.gz");
    public static final Path CROSSREF = Path.of("../shared/data/affiliations/crossref-2023-train.csv");

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
