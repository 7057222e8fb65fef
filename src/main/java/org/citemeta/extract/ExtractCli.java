package org.citemeta.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: {@code extract FILE... | -} prints the extraction of each file (or stdin) as pretty JSON:
 * one object for one input, an array of {@code {"source", "extraction"}} for several.
 * Exit codes: 0 ok, 1 unreadable input, 2 usage.
 */
public final class ExtractCli {
    private ExtractCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args == null || args.length == 0 || "-h".equals(args[0]) || "--help".equals(args[0])) {
            err.println("usage: extract FILE... (or - for standard input)");
            return 2;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        EntityExtractor extractor = new EntityExtractor();
        ArrayNode all = json.createArrayNode();
        for (String a : args) {
            String text;
            try {
                text = "-".equals(a) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(a), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println("extract: cannot read " + a + ": " + e.getMessage());
                return 1;
            }
            ObjectNode node = json.createObjectNode();
            node.put("source", a);
            node.set("extraction", json.valueToTree(extractor.extract(text)));
            all.add(node);
        }
        try {
            out.println(json.writeValueAsString(args.length == 1 ? all.get(0).get("extraction") : all));
        } catch (IOException e) {
            err.println("extract: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
