package org.govflow.platform;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font GovFlow embeds in its PDFs: WenQuanYi Micro Hei, shipped inside GovFlow
 * (src/main/resources/fonts), so printing never depends on the fonts of the server. It is parsed once, on
 * first use, and shared by every document.
 */
public final class CjkFont {

    /** The bundled font: a TrueType collection, of which face 0 is the proportional one. */
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private CjkFont() {
    }

    /** The embedded base font, for sizes and colours of one's own. */
    public static BaseFont base() {
        return Holder.FONT;
    }

    private static final class Holder {

        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled CJK font is missing: " + RESOURCE);
                }
                return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
