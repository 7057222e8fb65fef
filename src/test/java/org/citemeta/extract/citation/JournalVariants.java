package org.citemeta.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Build-time tool of {@code src/test/tools/journals-from-jabref.sh}: reads "name = abbreviation" pairs on stdin and
 * prints the names derived from them, one per line, that {@link Journals} then knows as well (it reads lines without
 * " = " as names). Deriving them at build time keeps the parser's start-up as it was.
 */
final class JournalVariants {
    private JournalVariants() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            int eq = line.indexOf(" = ");
            if (eq > 0 && !line.startsWith("#")) {
                pairs.add(new String[] {line.substring(0, eq).strip(), line.substring(eq + 3).strip()});
            }
        }
        Set<String> names = new LinkedHashSet<>(variants(pairs));
        for (String[] pair : pairs) {
            names.remove(pair[0]);
            names.remove(pair[1]);
        }
        names.forEach(System.out::println);
    }

    /**
     * Names derived from the pairs: each full name without its connectors, abbreviated word by word with the
     * abbreviation at least two pairs give that word (the list abbreviates "Acta Ophthalmologica" only as "Acta
     * Ophthalmol. (Copenh.)", but other pairs write "Ophthalmologica" as "Ophthalmol.", so "Acta Ophthalmol." is a
     * name too), and names of two words or more cut before a subtitle ("Phys. Rev. D: Part. Fields" is also "Phys.
     * Rev. D").
     */
    static List<String> variants(List<String[]> pairs) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (String[] pair : pairs) {
            List<String> full = significantWords(pair[0]);
            List<String> abbreviated = significantWords(pair[1]);
            if (full.size() != abbreviated.size()) {
                continue;
            }
            for (int i = 0; i < full.size(); i++) {
                String f = full.get(i);
                String a = abbreviated.get(i);
                if (a.length() < f.length() && abbreviates(a, f)) {
                    seen.computeIfAbsent(f, k -> new HashMap<>()).merge(a, 1, Integer::sum);
                }
            }
        }
        Map<String, String> abbreviation = new HashMap<>();
        seen.forEach((f, counts) -> {
            String best = null;
            int most = 1; // one pair is no convention
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > most || e.getValue() == most && best != null && e.getKey().compareTo(best) > 0) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            if (best != null) {
                abbreviation.put(f, best);
            }
        });
        List<String> out = new ArrayList<>();
        for (String[] pair : pairs) {
            List<String> full = significantWords(pair[0]);
            if (full.size() >= 2) {
                StringBuilder b = new StringBuilder();
                boolean changed = false;
                for (String f : full) {
                    String a = abbreviation.get(f);
                    changed |= a != null;
                    b.append(a == null ? f : a).append(' ');
                }
                String derived = b.toString().strip();
                if (changed && !derived.equals(String.join(" ", significantWords(pair[1])))) {
                    out.add(derived); // not the pair's own abbreviation again
                }
            }
            for (String name : pair) {
                int colon = name.indexOf(':');
                if (colon > 0 && significantWords(name.substring(0, colon)).size() >= 2) {
                    out.add(name.substring(0, colon));
                }
            }
        }
        return out;
    }

    /** The lower-case words of a name without punctuation and without connectors ("of", "and", "the" ...). */
    private static List<String> significantWords(String name) {
        List<String> out = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0, start = 0; i <= lower.length(); i++) {
            if (i == lower.length() || " ,.;:()\t".indexOf(lower.charAt(i)) >= 0) {
                String w = lower.substring(start, i);
                if (!w.isEmpty() && !w.equals("&") && !Abbreviations.CONNECTORS.contains(w)) {
                    out.add(w);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether {@code a} can abbreviate {@code f}: same first letter, its letters in order in {@code f}. */
    private static boolean abbreviates(String a, String f) {
        if (a.charAt(0) != f.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < f.length() && j < a.length(); i++) {
            if (f.charAt(i) == a.charAt(j)) {
                j++;
            }
        }
        return j == a.length();
    }
}
