package org.citemeta.extract.citation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key that makes one citation record per cited work: {@code doi:<lower-case DOI>} when the DOI is known,
 * else {@code ref:<first author family>|<year>|<container>|<volume>|<first page>} with every part folded
 * (accents, case, punctuation and spaces removed); where none of container, volume and first page is known, the
 * title takes their place, {@code ref:<first author family>|<year>|title:<title>} (two books of one author and year,
 * or two unsigned works of one year, are two works, not one); else, when neither a first author nor a year is known,
 * or nothing but them, {@code raw:<sha-256 prefix of the folded raw string>}.
 */
public final class CitationKeys {
    private CitationKeys() {
    }

    public static String of(ParsedReference ref, String raw) {
        if (ref.doi() != null && !ref.doi().isBlank()) {
            return "doi:" + ref.doi().trim().toLowerCase(Locale.ROOT);
        }
        String family = ref.authors().isEmpty() ? "" : fold(ref.authors().get(0).family());
        String where = fold(ref.containerTitle()) + "|" + fold(ref.volume()) + "|" + fold(ref.pageFirst());
        String title = fold(ref.title());
        if (family.isEmpty() && ref.year() == null || where.equals("||") && title.isEmpty()) {
            return "raw:" + sha256(fold(raw)).substring(0, 32);
        }
        String year = ref.year() == null ? "" : String.valueOf(ref.year());
        return "ref:" + family + "|" + year + "|" + (where.equals("||") ? "title:" + title : where);
    }

    /** Lower case, accents stripped, only letters and digits kept. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
