package vn.sangkien.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Spreadsheets to import, as an officer's Excel would save them: a header row, then rows whose cells
 * are text, numbers, date cells or (to be refused) formulas.
 */
public final class ImportFiles {

    /** A cell holding a formula. */
    public record Formula(String expression) {
    }

    private ImportFiles() {
    }

    /** The header of the template, in the contract's order. */
    public static final List<String> HEADER = List.of("Mã tham chiếu", "Mã phong trào", "Mã đơn vị", "Tên sáng kiến",
            "Lĩnh vực", "Tóm tắt", "Giải pháp", "Hiệu quả", "Ngày áp dụng", "Giá trị làm lợi", "Tác giả", "Gửi duyệt");

    /** An xlsx of the header and these rows (a null row is left empty, a null cell blank). */
    public static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sáng kiến");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; row != null && c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof String text) {
                        sheet.value(r + 1, c, text);
                    } else if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value instanceof LocalDate day) {
                        sheet.value(r + 1, c, day);
                        sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof Boolean yes) {
                        sheet.value(r + 1, c, yes);
                    } else if (value instanceof Formula formula) {
                        sheet.formula(r + 1, c, formula.expression());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip that claims to be a workbook and inflates {@code megabytes} of zeros: a zip bomb. */
    public static byte[] bomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
