package vn.sangkien.reporting.control;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts shipped in the WAR, embedded in every PDF with Identity-H: the standard PDF
 * fonts have no Vietnamese letters. Each file is read once.
 */
public final class PdfFonts {

    public static final String SANS = "fonts/DejaVuSans.ttf";
    public static final String SANS_BOLD = "fonts/DejaVuSans-Bold.ttf";
    public static final String SERIF = "fonts/DejaVuSerif.ttf";
    public static final String SERIF_BOLD = "fonts/DejaVuSerif-Bold.ttf";
    public static final String SERIF_ITALIC = "fonts/DejaVuSerif-Italic.ttf";

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    public static Font font(String resource, float size) {
        return font(resource, size, Font.NORMAL);
    }

    /** {@code style} adds what the file does not have itself, such as {@link Font#UNDERLINE}. */
    public static Font font(String resource, float size, int style) {
        try {
            BaseFont base = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    FILES.computeIfAbsent(resource, PdfFonts::read), null);
            return new Font(base, size, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
