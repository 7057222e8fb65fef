package org.citemeta.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer n = new TextNormalizer();

    private static String orig(NormalizedText t, String needle) {
        int i = t.text().indexOf(needle);
        return t.original().substring(t.originalStart(i), t.originalEnd(i + needle.length()));
    }

    @Test
    void shouldStripMarkdownEmphasisAndMapOffsetsBack() {
        NormalizedText t = n.normalize("Intro. **By Cong Cao** and *Science* **379**, 240\u2013243.");
        assertEquals("Intro. By Cong Cao and Science 379, 240-243.", t.text());
        assertEquals("Cong Cao", orig(t, "Cong Cao"));
        assertEquals("Science", orig(t, "Science"));
        assertEquals("240\u2013243", orig(t, "240-243"));
    }

    @Test
    void shouldUnifyQuotesAndComposeNfc() {
        NormalizedText t = n.normalize("China\u2019s \u201cbig\u201d Universite\u0301 \u2014 done");
        assertEquals("China's \"big\" Universit\u00e9 - done", t.text());
        assertEquals("Universite\u0301", orig(t, "Universit\u00e9"));
    }

    @Test
    void shouldJoinLineEndHyphenation() {
        NormalizedText t = n.normalize("to Europe and North Am-\nerica to use hun-\ndreds of Sino-American ties");
        assertTrue(t.text().contains("North America"));
        assertTrue(t.text().contains("hundreds"));
        assertTrue(t.text().contains("Sino-American"));
        assertEquals("North Am-\nerica", orig(t, "North America"));
    }

    @Test
    void shouldMoveBlocksSplicedIntoASentenceAfterIt() {
        String doc = "First paragraph that is long enough to be prose and that ends in the middle of the reputation and credibility\n\n"
                + "\u201cChina cannot afford it.\u201d\n\nCong Cao is a professor at X.\ne-mail: a@b.cn\n\n"
                + "of Chinese science on the world stage.\n\nNext paragraph. China cannot afford it.";
        NormalizedText t = n.normalize(doc);
        assertTrue(t.text().contains("credibility of Chinese science"), t.text());
        assertTrue(t.text().indexOf("Cong Cao") > t.text().indexOf("world stage"));
        assertEquals(BlockKind.PULL_QUOTE, t.blockAt(t.text().indexOf("\"China cannot")).kind());
        assertEquals(BlockKind.DISPLACED, t.blockAt(t.text().indexOf("Cong Cao")).kind());
        assertEquals("credibility of Chinese", orig2(t, "credibility of Chinese", doc));
    }

    private static String orig2(NormalizedText t, String needle, String doc) {
        int i = t.text().indexOf(needle);
        int s = t.originalStart(i);
        // a span across the rejoin maps start and end into the original, around the moved blocks
        assertTrue(doc.startsWith("credibility", s));
        assertTrue(doc.substring(0, t.originalEnd(i + needle.length())).endsWith("of Chinese"));
        return needle;
    }

    @Test
    void shouldKeepAdjacentParagraphsInOrder() {
        NormalizedText t = n.normalize("A long paragraph without final punctuation that goes on and on and on and on\n\nlower case start here.");
        assertTrue(t.text().startsWith("A long"));
        assertTrue(t.text().endsWith("here."));
    }

    @Test
    void shouldKeepAtMostFourCombiningMarksInARowAndMapOffsetsBack() {
        String zalgo = "Ze\u0301\u0302\u0303\u0304\u0305\u0306\u0307lgo";
        NormalizedText t = n.normalize("Before " + zalgo + " after" + "\u0308".repeat(10) + ".");
        assertEquals("Before Z\u00e9\u0302\u0303\u0304\u0305lgo after\u0308\u0308\u0308\u0308.", t.text());
        assertEquals(zalgo.substring(0, zalgo.length() - 3), orig(t, "Z\u00e9\u0302\u0303\u0304\u0305"));
        assertEquals("lgo", orig(t, "lgo"));
        NormalizedText vietnamese = n.normalize("Nguy\u00ea\u0303n Th\u1ecb Minh");
        assertEquals("Nguy\u1ec5n Th\u1ecb Minh", vietnamese.text());
    }
}
