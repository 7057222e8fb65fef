package org.citemeta.api;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CitationResourceTest {

    static final String CSL = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";
    static final String RIS = "application/x-research-info-systems";

    /** The seeds' one reference, found through the filters. */
    static Map<String, Object> seedCitation() {
        List<Map<String, Object>> found = api().queryParam("author", "Yang").queryParam("year", "2023")
                .queryParam("container", "Science").when().get("/citations")
                .then().statusCode(200).extract().jsonPath().getList("results");
        assertEquals(1, found.size(), "one citation record for the seeds' reference: " + found);
        return found.get(0);
    }

    static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    /** A document with a numbered reference list and in-text markers; unique per call so keys do not collide. */
    static String paperWithReferenceList(String nonce) {
        return "Sterile neutrinos revisited " + nonce + "\n\n"
                + "Earlier searches found no signal [1], and the detector upgrade described in ref. 2 changes that.\n"
                + "We follow the analysis of [2] closely.\n\n"
                + "References\n\n"
                + "1. Okafor, N. A. & Lindqvist, P. Search for sterile neutrinos at short baselines. Phys. Rev. Lett. 94, 102301 (2005).\n"
                + "2. Brandt, K., Ito, H. & Moreau, C. Detector upgrades for the next decade. Nucl. Instrum. Methods A 600, 10–20 (2009). "
                + "https://doi.org/10.1016/j.nima.2009.0" + nonce + "\n";
    }

    static long post(String text) {
        return DocumentResourceTest.postText(text, 201).jsonPath().getLong("id");
    }

    @Test
    void shouldKeepOneCitationForTheSeedsCitedByBothDocuments() {
        Map<String, Object> c = seedCitation();
        assertEquals("article-journal", c.get("type"));
        List<Map<String, Object>> authors = (List<Map<String, Object>>) c.get("authors");
        assertEquals(1, authors.size(), "authors: " + authors);
        assertEquals("Yang", authors.get(0).get("family"));
        assertEquals("X.", authors.get(0).get("given"));
        assertEquals(true, c.get("etAl"));
        assertEquals("Science", c.get("containerTitle"));
        assertEquals("379", c.get("volume"));
        assertEquals("240", c.get("pageFirst"));
        assertEquals("243", c.get("pageLast"));
        assertEquals("240-243", c.get("page"));
        assertEquals(2023, c.get("year"));
        assertEquals(2, ((Number) c.get("documentCount")).intValue());
        assertEquals(2, ((Number) c.get("occurrenceCount")).intValue());

        JsonPath one = api().when().get("/citations/" + id(c)).then().statusCode(200).extract().jsonPath();
        assertEquals("Science", one.getString("containerTitle"));
        assertEquals(c.get("key"), one.getString("key"));
    }

    @Test
    void shouldListBothSeedDocumentsAsCitingWithTheirContextSentence() {
        long citation = id(seedCitation());
        JsonPath page = api().when().get("/citations/" + citation + "/citing-documents").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, page.getInt("meta.count"));
        List<String> sources = page.getList("results.document.source");
        assertTrue(sources.contains(DocumentResourceTest.SEED_PDF) && sources.contains(DocumentResourceTest.SEED_WEB), sources.toString());
        for (int i = 0; i < 2; i++) {
            assertEquals("IN_TEXT", page.getString("results[" + i + "].occurrences[0].kind"));
            String context = page.getString("results[" + i + "].occurrences[0].context");
            assertTrue(context.contains("Science 379") && context.length() > 60, context);
            assertTrue(page.getString("results[" + i + "].occurrences[0].raw").startsWith("X. Yang et al."));
        }
    }

    @Test
    void shouldServeADocumentsCitationsWithOffsetsIntoItsText() {
        long seed = EntityResourceTest.seedDocument(DocumentResourceTest.SEED_PDF);
        JsonPath page = api().when().get("/documents/" + seed + "/citations").then().statusCode(200).extract().jsonPath();
        assertEquals(1, page.getInt("meta.count"));
        String text = api().queryParam("include", "text").when().get("/documents/" + seed).then().statusCode(200)
                .extract().jsonPath().getString("text");
        int start = page.getInt("results[0].start");
        int end = page.getInt("results[0].end");
        String span = text.substring(start, end);
        assertTrue(span.startsWith("X. Yang") && span.contains("379") && span.contains("2023"), span);
        assertEquals("Yang", page.getString("results[0].citation.authors[0].family"));
        assertEquals(0, page.getInt("results[0].order"));
    }

    @Test
    void shouldFindListEntriesInOrderWithTheirMarkersAndForgetThemWithTheDocument() {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        long doc = post(paperWithReferenceList(nonce));
        JsonPath page = api().when().get("/documents/" + doc + "/citations").then().statusCode(200).extract().jsonPath();
        assertEquals(2, page.getInt("meta.count"));
        assertEquals(List.of("1", "2"), page.getList("results.label"));
        assertEquals(List.of("LIST_ENTRY", "LIST_ENTRY"), page.getList("results.kind"));
        assertEquals("Okafor", page.getString("results[0].citation.authors[0].family"));
        assertEquals("Phys. Rev. Lett.", page.getString("results[0].citation.containerTitle"));
        assertEquals("94", page.getString("results[0].citation.volume"));
        assertEquals("102301", page.getString("results[0].citation.pageFirst"));
        assertEquals(2005, page.getInt("results[0].citation.year"));
        assertEquals("10.1016/j.nima.2009.0" + nonce, page.getString("results[1].citation.doi"));
        assertEquals("doi:10.1016/j.nima.2009.0" + nonce, page.getString("results[1].citation.key"));
        assertEquals(List.of("[1]"), page.getList("results[0].markers.text"));
        List<String> markers2 = page.getList("results[1].markers.text");
        assertEquals(2, markers2.size(), "ref. 2 and [2]: " + markers2);
        assertTrue(page.getString("results[1].markers[0].context").contains("detector upgrade"));

        long cited = page.getLong("results[1].citation.id");
        api().queryParam("documentId", doc).when().get("/citations").then().statusCode(200).body("meta.count", equalTo(2));
        api().queryParam("doi", "https://doi.org/10.1016/J.NIMA.2009.0" + nonce).when().get("/citations")
                .then().statusCode(200).body("meta.count", equalTo(1)).body("results[0].id", equalTo((int) cited));

        api().when().delete("/documents/" + doc).then().statusCode(204);
        invalidRequest().when().get("/citations/" + cited).then().statusCode(404).contentType("application/problem+json");
        seedCitation(); // the seeds' citation is untouched
    }

    @Test
    void shouldFilterByYearRangesContainerAuthorAndQuery() {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        long doc = post(paperWithReferenceList(nonce));
        String byDoc = String.valueOf(doc);
        assertEquals(List.of(2005), years(Map.of("documentId", byDoc, "year", "2000-2006")));
        assertEquals(List.of(2009), years(Map.of("documentId", byDoc, "year", "2006-")));
        assertEquals(List.of(2005), years(Map.of("documentId", byDoc, "year", "-2005")));
        assertEquals(List.of(2009), years(Map.of("documentId", byDoc, "year", "2009")));
        assertEquals(List.of(2005), years(Map.of("documentId", byDoc, "container", "phys rev lett")));
        assertEquals(List.of(2009), years(Map.of("documentId", byDoc, "author", "MOREAU")));
        assertEquals(List.of(2005), years(Map.of("documentId", byDoc, "q", "sterile neutrinos")));
        assertEquals(List.of(2009, 2005), years(Map.of("documentId", byDoc, "sort", "year:desc")));
        assertEquals(List.of(2005, 2009), years(Map.of("documentId", byDoc, "sort", "year")));
        assertEquals(List.of(), years(Map.of("documentId", byDoc, "year", "1990-1999")));
        api().when().delete("/documents/" + doc).then().statusCode(204);
    }

    private static List<Integer> years(Map<String, String> params) {
        return api().queryParams(params).when().get("/citations").then().statusCode(200).extract().jsonPath().getList("results.year");
    }

    @Test
    void shouldExportCslJson() {
        long citation = id(seedCitation());
        JsonPath csl = api().accept(CSL).when().get("/citations/" + citation).then().statusCode(200)
                .contentType(startsWith(CSL)).extract().jsonPath();
        assertEquals("article-journal", csl.getString("type"));
        assertEquals("Yang", csl.getString("author[0].family"));
        assertEquals("X.", csl.getString("author[0].given"));
        assertEquals("Science", csl.getString("container-title"));
        assertEquals("379", csl.getString("volume"));
        assertEquals("240-243", csl.getString("page"));
        assertEquals(List.of(List.of(2023)), csl.getList("issued.date-parts"));
        assertEquals(true, csl.getBoolean("custom.etAl"));
        assertNull(csl.get("DOI"));

        List<Map<String, Object>> list = api().accept(CSL).queryParam("author", "yang").when().get("/citations")
                .then().statusCode(200).header("X-Total-Count", "1").extract().jsonPath().getList("$");
        assertEquals(1, list.size());
        assertEquals("Science", list.get(0).get("container-title"));
    }

    @Test
    void shouldExportBibTeXThatAParserReadsBack() throws Exception {
        long citation = id(seedCitation());
        String bib = api().accept(BIBTEX).when().get("/citations/" + citation).then().statusCode(200)
                .contentType(startsWith(BIBTEX)).extract().asString();
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertEquals(1, db.getEntries().size(), bib);
        BibTeXEntry e = db.getEntries().values().iterator().next();
        assertEquals("article", e.getType().getValue());
        assertEquals("yang2023", e.getKey().getValue());
        assertEquals("Yang, X. and others", value(e, BibTeXEntry.KEY_AUTHOR));
        assertEquals("Science", value(e, BibTeXEntry.KEY_JOURNAL));
        assertEquals("379", value(e, BibTeXEntry.KEY_VOLUME));
        assertEquals("240--243", value(e, BibTeXEntry.KEY_PAGES));
        assertEquals("2023", value(e, BibTeXEntry.KEY_YEAR));
    }

    @Test
    void shouldEscapeBibTeXSoThatBracesAndSpecialsStayBalanced() throws Exception {
        String bib = api().contentType("application/json").accept(BIBTEX)
                .body("[\"Kim, S. Costs {and} 50% savings_in R&D. J. Econ. Dyn. 12, 3–9 (2011).\"]")
                .when().post("/citations/parse").then().statusCode(200).extract().asString();
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertEquals(1, db.getEntries().size(), bib);
        String all = bib.replace("\\%", "").replace("\\_", "").replace("\\&", "");
        assertTrue(!all.contains("%") && !all.contains("&"), bib);
    }

    @Test
    void shouldExportRisThatAParserReadsBack() throws Exception {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        long doc = post(paperWithReferenceList(nonce));
        Response r = api().accept(RIS).queryParam("documentId", doc).queryParam("sort", "year").queryParam("per_page", 1)
                .when().get("/citations").then().statusCode(200).contentType(startsWith(RIS))
                .header("X-Total-Count", "2").header("Link", containsString("rel=\"next\"")).extract().response();
        RISLibrary lib = new RISParser().parse(new StringReader(r.asString()));
        assertEquals(1, lib.getReferences().size());
        RISReference ref = lib.getReferences().get(0);
        assertEquals(RISType.JOUR, ref.getType());
        assertArrayEquals(new String[] {"Okafor, N. A.", "Lindqvist, P."}, ref.getAuthors());
        assertEquals("Phys. Rev. Lett.", ref.getJournal());
        assertEquals("94", ref.getVolume());
        assertEquals("102301", ref.getStartPage());
        assertEquals("2005", ref.getYear());

        String next = r.getHeader("Link").replaceAll("^<([^>]+)>.*$", "$1");
        String second = api().accept(RIS).when().get(next).then().statusCode(200).header("Link", (String) null)
                .extract().asString();
        RISReference ref2 = new RISParser().parse(new StringReader(second)).getReferences().get(0);
        assertEquals("10.1016/j.nima.2009.0" + nonce, ref2.getDOI());
        assertEquals("10", ref2.getStartPage());
        assertEquals("20", ref2.getEndPage());
        api().when().delete("/documents/" + doc).then().statusCode(204);
    }

    /** A document citing a book chapter with editors and an edited book; unique per call. */
    static String paperCitingEditedBooks(String nonce) {
        return "Quiet harbours " + nonce + "\n\n"
                + "Harbour studies began with two collections [1, 2].\n\n"
                + "References\n\n"
                + "1. Lund, P. (2011). Quiet tides " + nonce + ". In K. Berg & M. Holm (Eds.), Handbook of Quiet Seas (pp. 12-40). "
                + "Bergen: Harbour Press.\n"
                + "2. Falk, A. (Ed.). (1997). Quiet harbours " + nonce + ": A reader. Oslo: Fjord Press.\n";
    }

    @Test
    void shouldKeepEditorsAndThePublishersPlaceInEveryFormat() throws Exception {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        long doc = post(paperCitingEditedBooks(nonce));
        JsonPath page = api().when().get("/documents/" + doc + "/citations").then().statusCode(200).extract().jsonPath();
        assertEquals(2, page.getInt("meta.count"));
        assertEquals("chapter", page.getString("results[0].citation.type"));
        assertEquals(List.of("Lund"), page.getList("results[0].citation.authors.family"));
        assertEquals(List.of("Berg", "Holm"), page.getList("results[0].citation.editors.family"));
        assertEquals(List.of("K.", "M."), page.getList("results[0].citation.editors.given"));
        assertEquals("Bergen", page.getString("results[0].citation.publisherPlace"));
        assertEquals("Harbour Press", page.getString("results[0].citation.publisher"));
        assertEquals(List.of(), page.getList("results[1].citation.authors"), "an edited book has editors, no authors");
        assertEquals(List.of("Falk"), page.getList("results[1].citation.editors.family"));
        assertEquals("Oslo", page.getString("results[1].citation.publisherPlace"));

        long chapter = page.getLong("results[0].citation.id");
        JsonPath csl = api().accept(CSL).when().get("/citations/" + chapter).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Berg", "Holm"), csl.getList("editor.family"));
        assertEquals("Bergen", csl.getString("publisher-place"));

        String bib = api().accept(BIBTEX).when().get("/citations/" + chapter).then().statusCode(200).extract().asString();
        BibTeXEntry e = new BibTeXParser().parse(new StringReader(bib)).getEntries().values().iterator().next();
        assertEquals("incollection", e.getType().getValue());
        assertEquals("Berg, K. and Holm, M.", value(e, BibTeXEntry.KEY_EDITOR));
        assertEquals("Bergen", value(e, BibTeXEntry.KEY_ADDRESS));

        String ris = api().accept(RIS).when().get("/citations/" + chapter).then().statusCode(200).extract().asString();
        RISReference ref = new RISParser().parse(new StringReader(ris)).getReferences().get(0);
        assertArrayEquals(new String[] {"Berg, K.", "Holm, M."}, ref.getEditors());
        assertEquals("Bergen", ref.getPlace());

        JsonPath parsed = api().contentType("application/json")
                .body("[\"Moe, K. (2003). Die Küste. In: Berg, H. (Hrsg.), Handbuch der Küsten. Kiel: Nord Verlag, S. 10-25.\"]")
                .when().post("/citations/parse").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Berg"), parsed.getList("results[0].editors.family"));
        assertEquals("Kiel", parsed.getString("results[0].publisherPlace"));
        api().when().delete("/documents/" + doc).then().statusCode(204);
    }

    @Test
    void shouldAnswer406ForMediaTypesItDoesNotServe() {
        long citation = id(seedCitation());
        invalidRequest().accept("text/html").when().get("/citations/" + citation).then().statusCode(406)
                .contentType("application/problem+json").body("detail", containsString("application/x-bibtex"));
        invalidRequest().accept("application/xml").when().get("/citations").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectMalformedParameters() {
        for (Map.Entry<String, String> bad : Map.of("year", "twenty", "sort", "title", "doi", "not-a-doi",
                "documentId", "-1", "per_page", "0", "cursor", "zzz", "colour", "red").entrySet()) {
            invalidRequest().queryParam(bad.getKey(), bad.getValue()).when().get("/citations").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
        }
        invalidRequest().queryParam("year", "2000-1990").when().get("/citations").then().statusCode(400)
                .body("detail", containsString("ends before it starts"));
        invalidRequest().when().get("/citations/abc").then().statusCode(400).contentType("application/problem+json");
        invalidRequest().when().get("/citations/999999999").then().statusCode(404).contentType("application/problem+json");
        invalidRequest().when().get("/citations/999999999/citing-documents").then().statusCode(404);
        invalidRequest().when().get("/documents/999999999/citations").then().statusCode(404);
    }

    @Test
    void shouldPageWithACursor() {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        long doc = post(paperWithReferenceList(nonce));
        JsonPath first = api().queryParam("documentId", doc).queryParam("cursor", "*").queryParam("per_page", 1)
                .when().get("/citations").then().statusCode(200).extract().jsonPath();
        String cursor = first.getString("meta.next_cursor");
        assertNotNull(cursor);
        JsonPath second = api().queryParam("documentId", doc).queryParam("cursor", cursor).queryParam("per_page", 1)
                .when().get("/citations").then().statusCode(200).extract().jsonPath();
        assertNull(second.getString("meta.next_cursor"));
        assertTrue(second.getLong("results[0].id") != first.getLong("results[0].id"));
        api().when().delete("/documents/" + doc).then().statusCode(204);
    }

    @Test
    void shouldParseReferencesInOrderWithoutStoringThem() {
        long before = api().when().get("/citations?per_page=1").then().statusCode(200).extract().jsonPath().getLong("meta.count");
        String body = "X. Yang et al. Science 379, 240–243; 2023\n\n"
                + "Okafor, N. A. & Lindqvist, P. Search for sterile neutrinos at short baselines. Phys. Rev. Lett. 94, 102301 (2005).\n";
        JsonPath parsed = api().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/citations/parse").then().statusCode(200).extract().jsonPath();
        assertEquals(2, parsed.getInt("meta.count"));
        assertEquals("Yang", parsed.getString("results[0].authors[0].family"));
        assertEquals(true, parsed.getBoolean("results[0].etAl"));
        assertEquals("Science", parsed.getString("results[0].containerTitle"));
        assertEquals("X. Yang et al. Science 379, 240–243; 2023", parsed.getString("results[0].raw"));
        assertEquals("Okafor", parsed.getString("results[1].authors[0].family"));
        assertEquals("Search for sterile neutrinos at short baselines", parsed.getString("results[1].title"));
        assertNull(parsed.get("results[0].id"));

        JsonPath one = api().contentType("application/json").body("\"Yang, X. et al. Science 379, 240 (2023).\"")
                .when().post("/citations/parse").then().statusCode(200).extract().jsonPath();
        assertEquals(1, one.getInt("meta.count"));
        assertEquals(2023, one.getInt("results[0].year"));

        List<Map<String, Object>> csl = api().contentType("application/json").accept(CSL)
                .body("[\"X. Yang et al. Science 379, 240–243; 2023\", \"Okafor, N. A. & Lindqvist, P. Search for sterile neutrinos at short baselines. Phys. Rev. Lett. 94, 102301 (2005).\"]")
                .when().post("/citations/parse").then().statusCode(200).contentType(startsWith(CSL)).extract().jsonPath().getList("$");
        assertEquals(2, csl.size());
        assertEquals("Phys. Rev. Lett.", csl.get(1).get("container-title"));

        long after = api().when().get("/citations?per_page=1").then().statusCode(200).extract().jsonPath().getLong("meta.count");
        assertEquals(before, after, "parsing stores nothing");
    }

    @Test
    void shouldRejectBadParseBodies() {
        invalidRequest().contentType("text/plain; charset=UTF-8").body("\n  \n".getBytes(StandardCharsets.UTF_8))
                .when().post("/citations/parse").then().statusCode(400).contentType("application/problem+json");
        invalidRequest().contentType("application/json").body("{\"references\": []}")
                .when().post("/citations/parse").then().statusCode(400).body("detail", containsString("array of reference strings"));
        invalidRequest().contentType("application/json").body("[\"ok reference 2001\", 42]")
                .when().post("/citations/parse").then().statusCode(400).body("detail", containsString("Item 2"));
        invalidRequest().contentType("application/json").body("[\"unterminated")
                .when().post("/citations/parse").then().statusCode(400).body("detail", containsString("not valid JSON"));
        invalidRequest().contentType("application/xml").body("<ref/>")
                .when().post("/citations/parse").then().statusCode(415).contentType("application/problem+json");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            many.append("A. Author et al. Journal ").append(i).append(", 1–2; 2000\n");
        }
        invalidRequest().contentType("text/plain; charset=UTF-8").body(many.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/citations/parse").then().statusCode(400).body("detail", containsString("At most 1000"));
        invalidRequest().contentType("text/plain; charset=UTF-8").body(new byte[] {'a', (byte) 0xC3, '(', '\n'})
                .when().post("/citations/parse").then().statusCode(400).body("detail", containsString("not valid UTF-8"));
        invalidRequest().contentType("text/plain; charset=UTF-8").accept("text/html").body("X. Yang et al. Science 379, 240–243; 2023")
                .when().post("/citations/parse").then().statusCode(406).contentType("application/problem+json");
    }

    private static String value(BibTeXEntry e, Key key) {
        Value v = e.getField(key);
        assertNotNull(v, "missing " + key.getValue());
        return v.toUserString();
    }
}
