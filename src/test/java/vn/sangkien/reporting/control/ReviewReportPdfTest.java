package vn.sangkien.reporting.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The PDF's text as a reader extracts it: heading, title, figures in Vietnamese format, signature. */
public class ReviewReportPdfTest {

    @Test
    void the_document_reads_as_a_union_report() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewReportPdf.write(ReviewReportXlsxTest.report(), out);
        Path target = Path.of("target", "review-report-sample.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, out.toByteArray());
        String text = text(out.toByteArray());
        for (String expected : new String[] {"TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Rạch Giá, ngày 31 tháng 5 năm 2026",
            "BÁO CÁO SƠ KẾT", "Số sáng kiến đã đăng ký: 42 / chỉ tiêu 100 (đạt 42,0 %)",
            "1.000.000 đ", "LĐLĐ thành phố Rạch Giá (dẫn đầu)", "4 / 6", "66,7 %", "TM. BAN THƯỜNG VỤ"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    /** The text of every page, its runs of white space as one space. */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // Lines that wrap in a narrow column read as one.
        return text.toString().replaceAll("\\s+", " ");
    }
}
