package org.citemeta.ingest;

import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'E', 'R', 'N'};
        assertEquals("CERN", TextDecoder.decode(withBom, StandardCharsets.UTF_8));
        assertEquals("Zürich", TextDecoder.decode("Zürich".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void reportsTheOffsetOfAnInvalidSequence() {
        ServiceException e = assertThrows(ServiceException.class,
                () -> TextDecoder.decode(new byte[] {'o', 'k', ' ', (byte) 0xE2, (byte) 0x28, (byte) 0xA1}, StandardCharsets.UTF_8));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertEquals(true, e.getMessage().contains("byte offset 3"), e.getMessage());
    }

    @Test
    void unknownCharsetIsUnsupportedMediaType() {
        assertEquals(ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                assertThrows(ServiceException.class, () -> TextDecoder.charset("x-unknown-charset")).kind());
        assertEquals(StandardCharsets.UTF_8, TextDecoder.charset(null));
        assertEquals(StandardCharsets.ISO_8859_1, TextDecoder.charset("\"iso-8859-1\""));
    }

    @Test
    void acceptsTextWithAFewControlCharactersButNotBinary() {
        TextDecoder.checkText("page 1\fpage 2\u000Bend of a PDF conversion with a form feed and a vertical tab in a long line");
        assertThrows(ServiceException.class, () -> TextDecoder.checkText("a\u0000b"));
        assertThrows(ServiceException.class, () -> TextDecoder.checkText("\u0001\u0002\u0003\u0004 text"));
        assertThrows(ServiceException.class, () -> TextDecoder.checkText(" \n "));
    }
}
