package org.citemeta.extract.citation;

/**
 * For tests outside this package: the parse without the guard of {@link ReferenceParser#parse}, which answers the rule
 * labeller's parse when the labeller throws. A test that means to find parser defects must call this, or the guard
 * hides them.
 */
public final class UnguardedParse {
    private UnguardedParse() {
    }

    public static ParsedReference parse(ReferenceParser parser, String raw) {
        return parser.parseUnguarded(raw);
    }
}
