package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Rules on what the container's name is made of, written from the GROBID corpus's development errors: what is read
 * as a container and is no journal's or book's name (a laboratory's report number).
 */
final class ContainerNameRules {

    private ContainerNameRules() {
    }

    private static final Pattern IDENTIFIER_HEAD = Pattern.compile("[A-Z][A-Z0-9]*(?:\\s*-\\s*[A-Z0-9]+)*\\s*-");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9]*(?:\\s*-\\s*[A-Z0-9]+){2,}");

    /**
     * A laboratory's or a collaboration's report number ("QUIETLAB-PUB-82-059-THY", "HARB -CONF-2015-055",
     * "QINR -P2-8069") is no container: a container made of capital letters and digits joined by hyphens, that ends
     * in a hyphen (the first pieces of the number, the model reading the digits as something else) or has at least
     * three pieces and a digit, is none. On the assembled container.
     */
    static String identifierIsNoContainer(String container) {
        if (container == null) {
            return null;
        }
        String c = container.strip();
        if (IDENTIFIER_HEAD.matcher(c).matches() || IDENTIFIER.matcher(c).matches() && c.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return container;
    }
}
