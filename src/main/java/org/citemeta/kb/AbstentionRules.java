package org.citemeta.kb;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of {@link OrgLinker}'s choice added in pass 6 (twelfth session of 7 Dec 2026, helper L2) for strings where
 * the linker chose nothing although the text tells the organisation: each reads how an affiliation is written. What
 * each rule moved on the affiliation gold is in the package README.
 */
final class AbstentionRules {

    private AbstentionRules() {
    }

    /**
     * An acronym is supported, as a country supports it, when the acronym of one of its organisation's parents in ROR
     * is joined to it by a dash ({@link #joiningDash}): a unit of a body is written with the body's acronym before or
     * after its own as one word ("MRC-LMB", "CNR-IAS", "CNB-CSIC"), which tells the unit apart from namesakes of other
     * countries; the body's acronym written elsewhere in the string (a French joint unit listing "CNRS") does not.
     * Reads {@code parentAcronyms} (the acronyms of the organisation's parents, as indexed), {@code written} (the
     * acronyms in capitals joined to the one read, as indexed) and {@code own} (the acronym read, which does not count
     * for its own parent).
     */
    static boolean parentAcronymWritten(Collection<String> parentAcronyms, Set<String> written, String own) {
        for (String a : parentAcronyms) {
            if (a != null && !a.equals(own) && written.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** A dash joining two words without spaces ("MRC-LMB"): hyphen, en dash or the Unicode hyphen. */
    static boolean joiningDash(String gap) {
        return gap.equals("-") || gap.equals("\u2013") || gap.equals("\u2010");
    }

    /** The kinds of French research units, written before the unit's number ("UMR 5096", "UMR5096", "UR 875"). */
    private static final Pattern FRENCH_UNIT = Pattern.compile("(UMR|UMRS|UMS|USR|UPR|UAR|UR)(\\d{2,4})?");

    /**
     * A French research unit's code ("UMR 5096", "UMR5096", "USR 3388", "UR 875": the kind of unit and its number,
     * given by the CNRS, Inserm, INRAE and the universities) places the affiliation in France: it supports the French
     * organisations of an acronym as the country written would ("LGDP-UMR5096"). Reads the raw tokens of the string;
     * a kind without its number (as a token of its own, or joined) is no code.
     */
    static boolean frenchUnitCode(List<String> raw) {
        for (int k = 0; k < raw.size(); k++) {
            Matcher m = FRENCH_UNIT.matcher(raw.get(k));
            if (!m.matches()) {
                continue;
            }
            if (m.group(2) != null || k + 1 < raw.size() && raw.get(k + 1).matches("\\d{2,4}")) {
                return true;
            }
        }
        return false;
    }

    /** Italian words of institutions and addresses no other country's affiliations use (folded). */
    private static final Set<String> ITALIAN = Set.of("fondazione", "via", "localita", "istituto", "ospedale",
            "azienda", "policlinico", "universita", "consiglio", "dipartimento");
    /** German words of institutions and addresses (folded), and the countries writing German. */
    private static final Set<String> GERMAN = Set.of("fur", "universitat", "universitatsklinikum", "klinikum",
            "strasse", "abteilung", "lehrstuhl", "forschungszentrum");
    private static final Set<String> GERMAN_COUNTRIES = Set.of("DE", "AT", "CH", "LI", "LU");
    /** Spanish words of institutions and addresses (folded), and the countries writing Spanish. */
    private static final Set<String> SPANISH = Set.of("unidad", "universidad", "fundacion", "calle", "investigacion",
            "salud");
    private static final Set<String> SPANISH_COUNTRIES = Set.of("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT",
            "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR", "GQ");
    /** Each language's words and the countries writing it. */
    private static final Map<Set<String>, Set<String>> LANGUAGE_COUNTRIES = Map.of(ITALIAN, Set.of("IT"),
            GERMAN, GERMAN_COUNTRIES, SPANISH, SPANISH_COUNTRIES);

    /**
     * An affiliation written with Italian ("Fondazione …", "Via …", "Dipartimento di …"), German ("Institut für …",
     * "… Straße") or Spanish ("Unidad …", "Fundación …") words of institutions or addresses places it in a country
     * writing that language (Italian: Italy only): they support the organisations of an acronym in those countries,
     * as the country written would. Reads the folded tokens of the string; returns the countries supported.
     */
    static Set<String> addressCountries(List<String> folded) {
        Set<String> out = new HashSet<>();
        for (String w : folded) {
            for (Map.Entry<Set<String>, Set<String>> e : LANGUAGE_COUNTRIES.entrySet()) {
                if (e.getKey().contains(w)) {
                    out.addAll(e.getValue());
                }
            }
        }
        return out;
    }
}
