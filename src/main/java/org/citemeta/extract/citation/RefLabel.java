package org.citemeta.extract.citation;

import java.util.List;

/** Token labels of the trained reference labeller (indices into the model's weight rows). */
final class RefLabel {
    private RefLabel() {
    }

    static final int O = 0;
    static final int AUTHOR = 1;
    static final int EDITOR = 2;
    static final int TITLE = 3;
    static final int CONTAINER = 4;
    static final int VOLUME = 5;
    static final int ISSUE = 6;
    static final int PAGES = 7;
    static final int YEAR = 8;
    static final int PUBLISHER = 9;
    static final int PLACE = 10;
    static final int DOI = 11;
    static final int URL = 12;
    static final List<String> NAMES = List.of("O", "AUTHOR", "EDITOR", "TITLE", "CONTAINER", "VOLUME", "ISSUE", "PAGES",
            "YEAR", "PUBLISHER", "PLACE", "DOI", "URL");
    static final int COUNT = NAMES.size();
}
