package org.citemeta.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the end of the container (and on what was read as the container after it), written from the AnyStyle
 * corpus's development errors: what follows a container's name in a reference and is no part of it.
 */
final class ContainerTailRules {

    private ContainerTailRules() {
    }

    private static final Pattern ACCESS_IN = Pattern.compile("(?i)[.,]\\s*(retrieved\\s+from|available\\s+(?:from|at))\\b");
    private static final Pattern ACCESS_END = Pattern.compile("(?i)(retrieved\\s+from|available\\s+(?:from|at))\\s*:?\\s*$");

    /**
     * Where a reference says where it was found on line ("Retrieved from EBL", "Available at SSRN 2247043", "Available
     * from: http://..."), the words after that phrase name a database, a server or an address, not a container: a
     * container that runs on, after a period or a comma, into "Retrieved from" / "Available at" / "Available from" ends
     * before it ("Quiet Cranes of the Harbour. | Retrieved from EBL"), and a container that the reference writes right
     * after the phrase is none ("Available at | QRN 12345"). On the assembled container (the model's labels and the
     * rule-based parser's fallback alike).
     */
    static String retrievedFromIsNoContainer(String s, String container) {
        if (container == null) {
            return null;
        }
        Matcher m = ACCESS_IN.matcher(container);
        if (m.find() && m.start() > 0) {
            return container.substring(0, m.start()).trim();
        }
        int at = s.indexOf(container);
        if (at > 0 && ACCESS_END.matcher(s.substring(0, at)).find()) {
            return null;
        }
        return container;
    }
}
