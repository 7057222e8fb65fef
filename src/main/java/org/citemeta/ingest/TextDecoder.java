package org.citemeta.ingest;

import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** Turns received bytes into document text, refusing what is not text. */
public final class TextDecoder {

    /** Share of control characters (other than tab, line feed, carriage return, form feed) above which a body is binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /** The charset named by a Content-Type parameter; UTF-8 when none is named. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ServiceException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "Unsupported charset '" + name
                    + "': send the text in UTF-8 (or name a charset this service knows, such as ISO-8859-1).");
        }
    }

    /** Decodes strictly: a byte sequence that is not valid in the charset is an error, never a replacement character. */
    public static String decode(byte[] body, Charset charset) {
        if (body.length == 0) {
            throw ServiceException.invalid("The body is empty: send the document text.");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        if (charset.equals(StandardCharsets.UTF_8) && body.length >= 3
                && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            in.position(3); // byte order mark
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (body.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ServiceException.invalid("The body is not valid " + charset.name() + ": invalid byte sequence at byte offset "
                    + in.position() + ". Send text encoded as declared by the Content-Type charset (UTF-8 by default).");
        }
        out.flip();
        return out.toString();
    }

    /** Refuses empty text and text that is really binary data (NUL characters, many control characters). */
    public static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw ServiceException.invalid("The document text is empty or only white space.");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw ServiceException.invalid("The body looks binary: it contains a NUL character at offset " + i
                        + ". Send plain text.");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(1, text.length() * MAX_CONTROL_SHARE)) {
            throw ServiceException.invalid("The body looks binary: " + controls
                    + " control characters. Send plain text.");
        }
    }
}
