package org.citemeta.extract.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.citemeta.extract.text.TextNormalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Labelled synthetic references: {@link SyntheticMetadata} items rendered through many CSL styles (the
 * {@code org.citationstyles:styles} jar) by citeproc-java. Each style is rewritten so that every rendering element
 * of a field (names, text, number, date with a variable) carries private-use marker characters in its affixes; the
 * rendered string is then split into plain text and a label per character. Noise typical of PDF extraction is
 * added afterwards (spaces before periods, glued punctuation, hyphenated line breaks, dropped punctuation).
 * Test scope: the data never leaves the training run.
 */
final class SyntheticReferences {
    static final char CLOSE = '\uE01F';
    /** The citation number a numeric style puts first ("1.Smith" has no space in citeproc's text output). */
    static final Pattern NUMBER_LABEL = Pattern.compile("^\\s*(?:\\[\\d{1,4}\\]|\\(\\d{1,4}\\)|\\d{1,4}\\.(?!\\d)|\\d{1,3}\\s+(?=\\p{Lu}))\\s*");

    /** One labelled reference: the text as the parser sees it after cleaning, and a label per character. */
    record Sample(String text, byte[] labels, String style) {
    }

    /** A style name with this suffix is rendered with its first-note layout as the bibliography. */
    static final String NOTE = "#note";

    /**
     * Styles added to {@link #STYLES} by switchable variants (default none, the data unchanged):
     * {@code -Dtrain.iop=true} IOP's author-year style twice ("Smith J and Lee K 2015 Title words Class. Quantum Grav.
     * 32 024001", no separator between the title and the journal); {@code -Dtrain.notes=true} Chicago's first-note layout
     * ("Name, Title (Place: Publisher, 1972)").
     */
    static final List<String> EXTRA_STYLES = extraStyles();

    private static List<String> extraStyles() {
        List<String> out = new ArrayList<>();
        if (Boolean.getBoolean("train.iop")) {
            out.add("institute-of-physics-harvard");
            out.add("institute-of-physics-harvard");
        }
        if (Boolean.getBoolean("train.notes")) {
            out.add("chicago-fullnote-bibliography" + NOTE);
        }
        return out;
    }

    static final List<String> STYLES = withExtra(List.of("nature", "science", "apa", "vancouver", "ieee", "chicago-author-date",
            "chicago-note-bibliography", "american-physics-society", "american-institute-of-physics",
            "modern-language-association", "harvard-cite-them-right", "american-chemical-society", "elsevier-harvard",
            "elsevier-vancouver", "springer-basic-author-date", "springer-lecture-notes-in-computer-science",
            "american-medical-association", "cell", "plos", "association-for-computing-machinery", "the-lancet",
            "royal-society-of-chemistry", "institute-of-physics-numeric", "american-geophysical-union", "annual-reviews",
            "council-of-science-editors", "copernicus-publications", "biomed-central", "springer-physics-brackets",
            "springer-basic-brackets", "taylor-and-francis-chicago-author-date", "american-sociological-association",
            "american-political-science-association", "iso690-author-date-en", "din-1505-2", "acm-sig-proceedings",
            "cambridge-university-press-author-date", "oxford-university-press-scimed-author-date", "ecology",
            "american-meteorological-society", "frontiers-in-physics", "elsevier-with-titles", "bmj",
            "nature-publishing-group-vancouver", "sage-vancouver", "apa-6th-edition", "turabian-fullnote-bibliography",
            "spie-bios", "acm-siggraph", "science-without-titles", "american-physics-society-without-titles",
            "elsevier-without-titles", "annual-reviews-without-titles", "the-astrophysical-journal",
            "monthly-notices-of-the-royal-astronomical-society", "journal-of-the-american-chemical-society",
            "iso690-numeric-en", "mla-8th-edition", "modern-language-association-7th-edition", "chicago-author-date-16th-edition",
            "ieee-with-url", "vancouver-brackets", "apa-no-doi-no-issue", "wiley-vch-books", "springer-vancouver",
            // physics, chemistry and astronomy again (title-less and terse styles are common in the literature)
            "american-physics-society-without-titles", "science-without-titles", "elsevier-without-titles",
            "annual-reviews-without-titles", "the-astrophysical-journal", "american-institute-of-physics",
            "american-physics-society", "institute-of-physics-numeric", "springer-physics-brackets", "nature",
            "royal-society-of-chemistry", "american-chemical-society", "iso690-author-date-de", "chicago-author-date-de",
            "harvard-cite-them-right-10th-edition", "apa-single-spaced", "modern-language-association-7th-edition-with-url",
            "oscola", "din-1505-2-numeric", "iso690-author-date-es", "bluebook-law-review"));

    private static List<String> withExtra(List<String> styles) {
        if (EXTRA_STYLES.isEmpty()) {
            return styles;
        }
        List<String> out = new ArrayList<>(styles);
        out.addAll(EXTRA_STYLES);
        return List.copyOf(out);
    }

    /**
     * Every 25th independent style with a bibliography of the styles jar (sorted by name, the list above left out):
     * journal, university and national styles of many fields and languages, a third as many references each.
     */
    static final List<String> MORE_STYLES = List.of(
            "acta-amazonica", "acta-scientiae-veterinariae", "aging-cell", "american-journal-of-climate-change",
            "american-mineralogist", "angewandte-chemie", "annals-of-work-exposures-and-health", "apa-tr",
            "archives-of-hand-and-microsurgery", "associacao-brasileira-de-normas-tecnicas-ipea",
            "australian-guide-to-legal-citation", "betriebswirtschaftliche-forschung-und-praxis",
            "biology-of-reproduction", "boreal-environment-research",
            "bulletin-de-la-societe-prehistorique-francaise", "canadian-journal-of-economics", "changer-d-epoque",
            "china-national-standard-gb-t-7714-2015-numeric", "clinical-infectious-diseases",
            "comision-economica-para-america-latina-y-el-caribe", "critical-reviews-in-plant-sciences",
            "data-science-journal", "digital-scholarship-in-the-humanities", "ecology-and-society", "embnet-journal",
            "environmental-health-perspectives", "etri-journal", "european-journal-of-soil-science",
            "express-polymer-letters", "foerster-geisteswissenschaft",
            "friedrich-schiller-universitat-jena-medizinische-fakultat", "genes-brain-and-behavior",
            "german-yearbook-of-international-law", "harvard-anglia-ruskin-university",
            "harvard-newcastle-university", "harvard-university-of-the-west-of-scotland", "hepatology",
            "housing-studies", "ie-comunicaciones", "informal-logic", "integrative-and-comparative-biology",
            "international-journal-of-electronic-commerce", "international-journal-of-urban-and-regional-research",
            "isnad-metinici", "jacc-cardiovascular-imaging", "journal-of-analytical-toxicology",
            "journal-of-cardiothoracic-and-vascular-anesthesia", "journal-of-dental-research",
            "journal-of-hearing-science", "journal-of-linguistics", "journal-of-neolithic-archaeology",
            "journal-of-physical-therapy-science", "journal-of-small-animal-practice",
            "journal-of-the-american-society-of-brewing-chemists", "journal-of-vertebrate-biology",
            "karlstad-universitet-harvard", "laboratory-animal-science-professional",
            "letters-in-applied-microbiology", "management-of-biological-invasions",
            "medicine-and-science-in-sports-and-exercise", "microcirculation", "molecular-oncology",
            "national-archives-of-australia", "neue-juristische-wochenschrift",
            "nordic-pulp-and-paper-research-journal", "oikos", "osterreichische-zeitschrift-fur-politikwissenschaft",
            "palaeontology", "petit-chicago-author-date", "podzemna-voda",
            "presses-universitaires-de-rennes-archeologie-et-culture", "quaderni",
            "research-and-education-promotion-association", "revista-latinoamericana-de-recursos-naturales",
            "risk-analysis", "scandinavian-political-studies", "sexual-development",
            "society-for-laboratory-automation-and-screening", "soziale-welt", "springer-physics-author-date",
            "stuttgart-media-university", "taylor-and-francis-aip", "technische-universitat-munchen-controlling",
            "the-bone-and-joint-journal", "the-institute-of-electronics-information-and-communication-engineers",
            "the-journal-of-nutrition-health-and-aging", "the-open-university-a251", "thrombosis-and-haemostasis",
            "tropical-animal-health-and-production", "unified-style-sheet-for-linguistics-de-gruyter-literature",
            "universita-di-bologna-lettere",
            "universite-de-geneve-departement-de-langue-et-de-litterature-francaises-modernes",
            "university-college-lillebaelt-apa", "university-of-york-harvard", "uspekhi-gerontologii",
            "vilnius-gediminas-technical-university", "wireless-communications-and-mobile-computing",
            "zeitschrift-fur-allgemeinmedizin");

    static final Map<String, Integer> VARIABLES = new HashMap<>();

    static {
        VARIABLES.put("author", RefLabel.AUTHOR);
        VARIABLES.put("editor", RefLabel.EDITOR);
        VARIABLES.put("container-author", RefLabel.EDITOR);
        VARIABLES.put("collection-editor", RefLabel.EDITOR);
        VARIABLES.put("translator", RefLabel.EDITOR);
        VARIABLES.put("title", RefLabel.TITLE);
        VARIABLES.put("container-title", RefLabel.CONTAINER);
        VARIABLES.put("volume", RefLabel.VOLUME);
        VARIABLES.put("issue", RefLabel.ISSUE);
        VARIABLES.put("page", RefLabel.PAGES);
        VARIABLES.put("page-first", RefLabel.PAGES);
        VARIABLES.put("container-title-short", RefLabel.CONTAINER);
        VARIABLES.put("journalAbbreviation", RefLabel.CONTAINER);
        VARIABLES.put("issued", RefLabel.YEAR);
        VARIABLES.put("publisher", RefLabel.PUBLISHER);
        VARIABLES.put("publisher-place", RefLabel.PLACE);
        VARIABLES.put("event-place", RefLabel.PLACE);
        VARIABLES.put("event", RefLabel.CONTAINER);
        VARIABLES.put("event-title", RefLabel.CONTAINER);
        VARIABLES.put("DOI", RefLabel.DOI);
        VARIABLES.put("URL", RefLabel.URL);
    }

    /** The style's XML with field markers in the affixes, or null when the style is absent or has no bibliography. */
    static String markedStyle(String name) throws Exception {
        String xml;
        // "style#note": the style's first-note layout as the bibliography ("Title (New York: Publisher, 1972), 230")
        boolean note = name.endsWith(NOTE);
        String file = note ? name.substring(0, name.length() - NOTE.length()) : name;
        try (InputStream in = SyntheticReferences.class.getResourceAsStream("/" + file + ".csl")) {
            if (in == null) {
                return null;
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!xml.contains("<bibliography")) {
            return null;
        }
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(false);
        Document doc = dbf.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        if (note) {
            Element citation = (Element) doc.getElementsByTagName("citation").item(0);
            Element bibliography = (Element) doc.getElementsByTagName("bibliography").item(0);
            Element citeLayout = citation == null ? null : child(citation, "layout");
            Element bibLayout = bibliography == null ? null : child(bibliography, "layout");
            if (citeLayout == null || bibLayout == null) {
                return null;
            }
            Element copy = (Element) citeLayout.cloneNode(true);
            copy.removeAttribute("delimiter");
            bibliography.replaceChild(copy, bibLayout);
        }
        for (String tag : List.of("names", "text", "number", "date")) {
            NodeList nl = doc.getElementsByTagName(tag);
            for (int i = 0; i < nl.getLength(); i++) {
                Element e = (Element) nl.item(i);
                String var = e.getAttribute("variable");
                if (var.isEmpty() || (tag.equals("date") && e.getParentNode().getNodeName().equals("locale"))) {
                    continue;
                }
                Integer label = VARIABLES.get(var.split("\\s+")[0]);
                if (label == null) {
                    continue;
                }
                if (tag.equals("date") && e.hasAttribute("form")) {
                    continue; // localised dates take no affixes
                }
                e.setAttribute("prefix", e.getAttribute("prefix") + (char) (0xE000 + label));
                e.setAttribute("suffix", CLOSE + e.getAttribute("suffix"));
            }
        }
        StringWriter w = new StringWriter();
        var tf = TransformerFactory.newInstance().newTransformer();
        tf.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        tf.transform(new DOMSource(doc), new StreamResult(w));
        return w.toString();
    }

    private static Element child(Element e, String tag) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ generation

    static List<Sample> generate(int perStyle, long seed, List<String> styles, List<String> locales) throws Exception {
        SyntheticMetadata meta = new SyntheticMetadata(seed);
        Random rnd = meta.random();
        List<Sample> out = new ArrayList<>();
        List<String> all = new ArrayList<>(styles);
        int main = all.size();
        if (styles == STYLES) {
            all.addAll(MORE_STYLES);
        }
        for (int si = 0; si < all.size(); si++) {
            String style = all.get(si);
            int want = si < main ? perStyle : Math.min(perStyle, 1000) / 3;
            String xml = markedStyle(style);
            if (xml == null) {
                System.err.println("style skipped: " + style);
                continue;
            }
            int done = 0;
            int batches = 0;
            while (done < want && batches < 20) {
                batches++;
                List<CSLItemData> items = meta.items(Math.min(50, want - done));
                String locale = rnd.nextDouble() < 0.85 ? "en-US" : locales.get(rnd.nextInt(locales.size()));
                try {
                    CSL csl = new CSL(new ListItemDataProvider(items.toArray(new CSLItemData[0])), xml, locale);
                    csl.setOutputFormat("text");
                    for (CSLItemData it : items) {
                        csl.reset();
                        csl.setOutputFormat("text");
                        csl.registerCitationItems(it.getId());
                        String[] entries = csl.makeBibliography().getEntries();
                        if (entries.length == 1) {
                            Sample s = sample(entries[0], rnd, style, it);
                            if (s != null) {
                                out.add(s);
                            }
                        }
                    }
                    done += items.size();
                } catch (Exception | StackOverflowError e) {
                    System.err.println("style " + style + " failed: " + e);
                    break;
                }
            }
        }
        // Korean, Chinese and Japanese references, which no CSL style lays out as those languages do
        out.addAll(SyntheticCjkReferences.generate(3 * Math.min(perStyle, 1000), rnd, seed));
        return out;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d\\d|20[0-3]\\d)[a-z]?(?!\\d)");

    /** Splits a marked rendering into text and labels, adds noise and cleans it like {@link ReferenceParser#clean}. */
    static Sample sample(String marked, Random rnd, String style, CSLItemData item) {
        StringBuilder text = new StringBuilder();
        List<Byte> labels = new ArrayList<>();
        int[] stack = new int[32];
        int depth = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c >= 0xE000 && c < CLOSE) {
                if (depth < stack.length) {
                    stack[depth++] = c - 0xE000;
                }
            } else if (c == CLOSE) {
                if (depth > 0) {
                    depth--;
                }
            } else {
                text.append(c);
                labels.add((byte) (depth > 0 ? stack[depth - 1] : RefLabel.O));
            }
        }
        Labelled l = new Labelled(text, labels);
        // a year rendered by a localised date has no marker: label it by value
        if (!labels.contains((byte) RefLabel.YEAR)) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int k = m.start(); k < m.end(); k++) {
                    free &= labels.get(k) == RefLabel.O;
                }
                if (free) {
                    for (int k = m.start(1); k < m.end(1); k++) {
                        labels.set(k, (byte) RefLabel.YEAR);
                    }
                }
            }
        }
        // an author list the style rendered without the marker: everything before the first field
        if (!labels.contains((byte) RefLabel.AUTHOR) && item != null && item.getAuthor() != null
                && item.getAuthor().length > 0 && item.getAuthor()[0].getFamily() != null) {
            int first = 0;
            while (first < labels.size() && labels.get(first) == RefLabel.O) {
                first++;
            }
            Matcher num = NUMBER_LABEL.matcher(text);
            int from = num.find() ? num.end() : 0;
            String head = text.substring(0, first);
            int fam = head.toLowerCase(java.util.Locale.ROOT).indexOf(
                    item.getAuthor()[0].getFamily().toLowerCase(java.util.Locale.ROOT));
            if (fam >= from && fam < 40 + from) {
                int end = first;
                while (end > from && " ,.;:([".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (end < text.length() && text.charAt(end) == '.' && end > 1 && Character.isUpperCase(text.charAt(end - 1))) {
                    end++;
                }
                for (int k = from; k < end; k++) {
                    labels.set(k, (byte) RefLabel.AUTHOR);
                }
            }
        }
        noise(l, rnd);
        l.clean();
        if (l.text.length() < 10) {
            return null;
        }
        byte[] b = new byte[l.labels.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = l.labels.get(i);
        }
        return new Sample(l.text.toString(), b, style);
    }

    /** Text with a label per character, edited together. */
    static final class Labelled {
        final StringBuilder text;
        final List<Byte> labels;

        Labelled(StringBuilder text, List<Byte> labels) {
            this.text = text;
            this.labels = labels;
        }

        void delete(int i) {
            text.deleteCharAt(i);
            labels.remove(i);
        }

        void insert(int i, char c, byte label) {
            text.insert(i, c);
            labels.add(i, label);
        }

        /** Mirrors {@link ReferenceParser#clean}: characters mapped, white space collapsed, a list label removed. */
        void clean() {
            for (int i = 0; i < text.length(); i++) {
                char c = TextNormalizer.mapCharPublic(text.charAt(i));
                if (c == '\n' || c == '\r' || c == '\t' || c == '\u00a0') {
                    c = ' ';
                }
                if (c == 0) {
                    delete(i);
                    i--;
                } else {
                    text.setCharAt(i, c);
                }
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
                    delete(i);
                    i--;
                }
            }
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                delete(text.length() - 1);
            }
            Matcher m = NUMBER_LABEL.matcher(text);
            if (m.find() && m.end() < text.length()) {
                for (int i = 0; i < m.end(); i++) {
                    delete(0);
                }
            }
        }
    }

    /** PDF-extraction noise, each kind with a small probability per reference. */
    static void noise(Labelled l, Random rnd) {
        StringBuilder t = l.text;
        if (rnd.nextDouble() < 0.05) {
            // family names in capitals ("C. K. CHANG")
            for (int i = 0; i < t.length(); i++) {
                if (l.labels.get(i) == RefLabel.AUTHOR) {
                    t.setCharAt(i, Character.toUpperCase(t.charAt(i)));
                }
            }
        }
        if (rnd.nextDouble() < 0.04) {
            int k = t.indexOf(" and ");
            if (k > 0 && l.labels.get(k + 1) == RefLabel.AUTHOR) {
                t.replace(k + 1, k + 4, rnd.nextBoolean() ? "et" : "&");
                if (t.charAt(k + 1) == '&') {
                    l.labels.remove(k + 2);
                    l.labels.remove(k + 2);
                } else {
                    l.labels.remove(k + 2);
                }
            }
        }
        if (rnd.nextDouble() < 0.3) {
            // "Phys. Rev. D46", "Lett.103", "(2009)043201": a section letter, an abbreviation or a parenthesis glued to
            // the number that follows
            for (int i = 1; i + 1 < t.length(); i++) {
                char a = t.charAt(i - 1);
                if (t.charAt(i) == ' ' && Character.isDigit(t.charAt(i + 1)) && rnd.nextDouble() < 0.7
                        && ((Character.isUpperCase(a) && (i < 2 || t.charAt(i - 2) == ' ')) || a == ')'
                        || (a == '.' && i > 2 && Character.isLetter(t.charAt(i - 2))))) {
                    l.delete(i);
                }
            }
        }
        if (rnd.nextDouble() < 0.15) {
            // "Phys .Rev .Lett ." : the space moves before the period
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == '.' && t.charAt(i + 1) == ' ' && Character.isLetter(t.charAt(i - 1))) {
                    byte lab = l.labels.get(i);
                    l.delete(i + 1);
                    l.insert(i, ' ', lab);
                    i++;
                }
            }
        }
        if (rnd.nextDouble() < 0.08) {
            // "Smith ,J." / "94 , 102301": a space before commas
            for (int i = 1; i < t.length(); i++) {
                if (t.charAt(i) == ',' && t.charAt(i - 1) != ' ' && rnd.nextDouble() < 0.7) {
                    l.insert(i, ' ', l.labels.get(i - 1));
                    i++;
                }
            }
        }
        if (rnd.nextDouble() < 0.06) {
            // glued: "J.A. Smith", "Rev.Lett."
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == ' ' && t.charAt(i - 1) == '.' && Character.isUpperCase(t.charAt(i + 1))
                        && rnd.nextDouble() < 0.6) {
                    l.delete(i);
                }
            }
        }
        if (rnd.nextDouble() < 0.1) {
            // a hyphenated line break in a long word: "crys- tals"
            for (int tries = 0; tries < 2; tries++) {
                int i = 1 + rnd.nextInt(Math.max(1, t.length() - 2));
                int ws = i;
                while (ws > 0 && Character.isLetter(t.charAt(ws - 1))) {
                    ws--;
                }
                int we = i;
                while (we < t.length() && Character.isLowerCase(t.charAt(we))) {
                    we++;
                }
                if (we - ws >= 8) {
                    int cut = ws + 3 + rnd.nextInt(we - ws - 5);
                    byte lab = l.labels.get(cut);
                    l.insert(cut, ' ', lab);
                    l.insert(cut, '-', lab);
                }
            }
        }
        if (rnd.nextDouble() < 0.12) {
            // quotes lost in extraction
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '"' || c == '\u201c' || c == '\u201d') {
                    l.delete(i);
                    if (i < t.length() && i > 0 && t.charAt(i) != ' ' && t.charAt(i - 1) != ' '
                            && (t.charAt(i) == ',' || t.charAt(i) == '.') == false) {
                        l.insert(i, ' ', (byte) RefLabel.O);
                    }
                    i--;
                }
            }
        }
        if (rnd.nextDouble() < 0.1) {
            // the period between the title and the journal lost ("... in mice Genetics 1943; 28:491")
            for (int i = 1; i + 2 < t.length(); i++) {
                if (l.labels.get(i - 1) == RefLabel.TITLE && (t.charAt(i) == '.' || t.charAt(i) == ',')
                        && l.labels.get(i) == RefLabel.O && t.charAt(i + 1) == ' ' && l.labels.get(i + 2) == RefLabel.CONTAINER) {
                    l.delete(i);
                    break;
                }
            }
        }
        if (rnd.nextDouble() < 0.15 && t.length() > 0 && t.charAt(t.length() - 1) == '.') {
            l.delete(t.length() - 1);
        }
        if (rnd.nextDouble() < 0.05) {
            // a dropped comma or period somewhere
            for (int tries = 0; tries < 3; tries++) {
                int i = rnd.nextInt(t.length());
                if ((t.charAt(i) == ',' || t.charAt(i) == '.') && i > 0 && t.charAt(i - 1) != '.') {
                    l.delete(i);
                    break;
                }
            }
        }
        if (rnd.nextDouble() < 0.03) {
            // spaces inside parentheses: "( 2005 )"
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '(') {
                    l.insert(i + 1, ' ', l.labels.get(i));
                } else if (t.charAt(i) == ')') {
                    l.insert(i, ' ', l.labels.get(i));
                    i++;
                }
            }
        }
        lineNoise(l, new Random(t.toString().hashCode() * 0x9E3779B97F4A7C15L));
    }

    /**
     * More PDF-extraction noise of the kinds real reference lists show around line breaks and punctuation, drawn
     * from a generator of its own (seeded by the text) so that the rest of the data stays as it was: words glued at a
     * line break ("fieldsystem", "detectorClass"), the space moved before a comma (", " to " ,"), a space after an
     * opening parenthesis only ("( 2014)"), a space on one side of a hyphen ("anti -spring", "Bose- Einstein"), a
     * word glued to the number after it ("Groups10").
     */
    static void lineNoise(Labelled l, Random rnd) {
        StringBuilder t = l.text;
        if (rnd.nextDouble() < 0.12) {
            double p = 0.03 + rnd.nextDouble() * 0.1;
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == ' ' && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))
                        && rnd.nextDouble() < p) {
                    l.delete(i);
                }
            }
        }
        if (rnd.nextDouble() < 0.08) {
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == ',' && t.charAt(i + 1) == ' ' && t.charAt(i - 1) != ' ' && rnd.nextDouble() < 0.8) {
                    byte lab = l.labels.get(i + 1);
                    l.delete(i + 1);
                    l.insert(i, ' ', lab);
                    i++;
                }
            }
        }
        if (rnd.nextDouble() < 0.06) {
            for (int i = 0; i + 1 < t.length(); i++) {
                if (t.charAt(i) == '(' && t.charAt(i + 1) != ' ') {
                    l.insert(i + 1, ' ', l.labels.get(i));
                }
            }
        }
        if (rnd.nextDouble() < 0.06) {
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == '-' && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))
                        && rnd.nextDouble() < 0.7) {
                    if (rnd.nextBoolean()) {
                        l.insert(i, ' ', l.labels.get(i));
                        i++;
                    } else {
                        l.insert(i + 1, ' ', l.labels.get(i));
                    }
                    i++;
                }
            }
        }
        if (rnd.nextDouble() < 0.05) {
            for (int i = 2; i + 1 < t.length(); i++) {
                if (t.charAt(i) == ' ' && Character.isDigit(t.charAt(i + 1)) && Character.isLetter(t.charAt(i - 1))
                        && Character.isLetter(t.charAt(i - 2)) && rnd.nextDouble() < 0.7) {
                    l.delete(i);
                }
            }
        }
        if (rnd.nextDouble() < 0.06) {
            // "IQ-TREE :A fast", "Proceedings :": the space moves before a colon
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == ':' && t.charAt(i + 1) == ' ' && t.charAt(i - 1) != ' ' && rnd.nextDouble() < 0.8) {
                    byte lab = l.labels.get(i + 1);
                    l.delete(i + 1);
                    l.insert(i, ' ', lab);
                    i++;
                }
            }
        }
        if (rnd.nextDouble() < 0.1) {
            // "2 .76 TeV", "1 . 5": spaces around the point of a decimal number
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == '.' && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1))
                        && rnd.nextDouble() < 0.8) {
                    if (rnd.nextBoolean()) {
                        l.insert(i + 1, ' ', l.labels.get(i));
                    }
                    l.insert(i, ' ', l.labels.get(i));
                    i++;
                }
            }
        }
    }

    // ------------------------------------------------------------------ tokens

    /** Token labels: the label of the token's first character, then edge punctuation and field-specific clean-up. */
    static int[] tokenLabels(ModelTokens t, byte[] chars) {
        int[] y = new int[t.count];
        for (int k = 0; k < t.count; k++) {
            int lab = RefLabel.O;
            for (int c = t.start[k]; c < t.end[k]; c++) {
                if (chars[c] != RefLabel.O) {
                    lab = chars[c];
                    break;
                }
            }
            String w = t.word[k];
            boolean punct = !Character.isLetterOrDigit(w.charAt(0));
            boolean digit = false;
            for (int c = 0; c < w.length(); c++) {
                digit |= Character.isDigit(w.charAt(c));
            }
            switch (lab) {
                case RefLabel.YEAR -> {
                    if (!(digit && w.length() >= 4)) {
                        lab = RefLabel.O;
                    }
                }
                case RefLabel.VOLUME, RefLabel.ISSUE -> {
                    if (!digit && !w.matches("[IVXLCivxlc]+")) {
                        lab = RefLabel.O;
                    }
                }
                case RefLabel.PAGES -> {
                    if (!digit && !w.equals("-")) {
                        lab = RefLabel.O;
                    }
                }
                default -> {
                }
            }
            if ((lab == RefLabel.DOI || lab == RefLabel.URL) && !(w.length() > 6 && (w.startsWith("http")
                    || w.startsWith("www.") || w.startsWith("10.") || w.regionMatches(true, 0, "doi", 0, 3)
                    || w.regionMatches(true, 0, "arxiv", 0, 5)))) {
                lab = RefLabel.O;
            }
            y[k] = lab;
        }
        // punctuation at the edges of a field belongs to no field
        for (int k = 0; k < t.count; k++) {
            if (y[k] != RefLabel.O && !Character.isLetterOrDigit(t.word[k].charAt(0))) {
                boolean startEdge = k == 0 || y[k - 1] != y[k];
                boolean endEdge = k + 1 == t.count || y[k + 1] != y[k];
                if (startEdge || endEdge) {
                    y[k] = RefLabel.O;
                    // re-examine the neighbour that is now at an edge
                    if (endEdge && k > 0 && !startEdge) {
                        k -= 2;
                        if (k < -1) {
                            k = -1;
                        }
                    }
                }
            }
        }
        return y;
    }
}
