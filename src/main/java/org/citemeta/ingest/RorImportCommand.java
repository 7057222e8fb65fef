package org.citemeta.ingest;

import io.quarkus.runtime.QuarkusApplication;
import org.citemeta.error.ServiceException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar quarkus-run.jar ror-import [--full] FILE}: imports a ROR dump into the configured database and
 * exits. With {@code --full} the dump is taken for the whole registry: organisations absent from it are withdrawn.
 */
public class RorImportCommand implements QuarkusApplication {

    private final KnowledgeBaseService knowledgeBase;

    public RorImportCommand(KnowledgeBaseService knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public int run(String... args) {
        boolean full = args.length == 2 && args[0].equals("--full");
        Path file = Path.of(args[args.length - 1]);
        if (!Files.isRegularFile(file)) {
            System.err.println("ror-import: no file " + file);
            return 2;
        }
        try {
            ImportReport r = knowledgeBase.importDump(file, file.getFileName().toString(), full);
            System.out.printf("Imported %,d ROR records from %s (%,d schema v2, %,d schema v1, %,d v1 skipped): %,d new,"
                            + " %,d updated, %,d unchanged, %,d withdrawn as absent from the full dump; %,d organisations in the base"
                            + " (%,d active), %,d entities linked, %.1f s%n", r.records(), r.source(), r.v2(), r.v1(),
                    r.skipped(), r.inserted(), r.updated(), r.unchanged(), r.withdrawn(), r.organizations(), r.activeOrganizations(),
                    r.linkedEntities(), r.seconds());
            return 0;
        } catch (ServiceException e) {
            System.err.println("ror-import: " + e.getMessage());
            return 1;
        }
    }
}
