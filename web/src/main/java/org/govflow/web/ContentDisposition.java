package org.govflow.web;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition header values that keep a file's real (Chinese) name: an ASCII fallback for old
 * clients and the exact name in RFC 5987 form ({@code filename*=UTF-8''...}), which browsers prefer.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** For a file the browser should save. */
    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    /** For a file the browser may show itself (a PDF notice), saved under the same name. */
    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String type, String fileName) {
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 value characters: letters, digits and a few marks stay, every other byte is %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The name with everything outside printable ASCII (and quotes, backslashes) replaced by '_'. */
    static String asciiFallback(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }
}
