package org.citemeta.extract;

import java.util.List;

/** The engine's mentions of one type in a text, as written, for tests that read the engine on invented strings. */
final class MentionTexts {
    /** One engine for all tests: building it loads the built-in base and the gazetteer. */
    static final EntityExtractor ENGINE = new EntityExtractor();

    private MentionTexts() {
    }

    /** The text of every mention of {@code type} in {@code text}, in document order. */
    static List<String> of(String text, EntityType type) {
        return ENGINE.extract(text).mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }
}
