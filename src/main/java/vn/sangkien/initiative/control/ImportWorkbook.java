package vn.sangkien.initiative.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;

/**
 * The spreadsheet of an import (docs/api.md, "Paperwork"): its template, reading an uploaded file
 * into rows, and the per-row report written back. Reading refuses, before a single cell is read, what
 * is not an xlsx and what would inflate beyond reason (a zip bomb), and refuses the whole file when a
 * cell holds a formula or a text starting with {@code =}: a file that tries to put a formula into
 * the registry changes nothing. A row's other problems are that row's alone.
 */
public final class ImportWorkbook {

    /** The columns, in the contract's order, with the field each one fills. */
    public enum Column {
        REFERENCE("Mã tham chiếu", "clientReference", 18),
        CAMPAIGN("Mã phong trào", "campaignCode", 16),
        UNIT("Mã đơn vị", "unitCode", 14),
        TITLE("Tên sáng kiến", "title", 40),
        FIELD("Lĩnh vực (mã hoặc tên)", "field", 24),
        SUMMARY("Tóm tắt nội dung", "summary", 50),
        SOLUTION("Giải pháp", "solution", 40),
        BENEFITS("Hiệu quả", "benefits", 40),
        APPLIED_FROM("Ngày áp dụng lần đầu (dd/MM/yyyy)", "appliedFrom", 18),
        VALUE("Giá trị làm lợi (đồng)", "estimatedValueVnd", 18),
        AUTHORS("Tác giả: Họ tên (tỷ lệ %), cách nhau bởi ;", "authors", 40),
        SUBMIT("Gửi duyệt ngay (Có/Không)", "submit", 14);

        public final String header;
        public final String field;
        final int width;

        Column(String header, String field, int width) {
            this.header = header;
            this.field = field;
            this.width = width;
        }

        /** The spreadsheet's letter of the column: A, B, … */
        public String letter() {
            return String.valueOf((char) ('A' + ordinal()));
        }

        /** The column a refusal's field (a JSON path such as {@code authors[2].fullName}) falls in, if any. */
        public static Column of(String field) {
            if (field == null) {
                return null;
            }
            String head = field.replaceFirst("[\\[.].*$", "");
            for (Column c : values()) {
                if (c.field.equals(head)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** The most rows of one file. */
    public static final int MAX_ROWS = 5_000;
    /** The most bytes an uploaded file may have. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The most bytes its parts may inflate to, together: far above 5,000 rows of the longest texts. */
    static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;
    /**
     * A part that inflates more than this many times its compressed size is a bomb, not a
     * spreadsheet (Apache POI's default ratio); parts under {@link #SMALL_PART} are not judged.
     */
    static final int MAX_RATIO = 100;
    static final long SMALL_PART = 1024 * 1024;
    private static final int MAX_PARTS = 1_000;
    private static final int FORMULAS_NAMED = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** "Nguyễn Văn A (60 %)", "Nguyễn Văn A (60)", "Nguyễn Văn A (33,5%)" or only the name. */
    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*(?:\\(\\s*([0-9]+(?:[.,][0-9]+)?)\\s*%?\\s*\\))?$");

    private ImportWorkbook() {
    }

    /** One row read: its number in the sheet, its cells as text (for the report), and what it says. */
    public record ImportRow(int number, List<String> texts, String clientReference, String campaignCode,
                            String unitCode, InitiativeContent content, boolean submit, Violations violations) {
    }

    /**
     * The rows of an uploaded file, numbered as the sheet numbers them, empty rows left out; the first
     * row is the header. {@code fieldCodeOf} turns the field column's text (a code or a name) into a
     * field's code, or answers it as it is when it names none (the rules then say so).
     */
    public static List<ImportRow> read(Path file, UnaryOperator<String> fieldCodeOf) {
        checkPackage(file);
        List<ImportRow> rows = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) sheet::iterator) {
                if (row.getRowNum() == 1) {
                    continue;
                }
                Cell[] cells = new Cell[Column.values().length];
                boolean empty = true;
                for (Cell cell : row) {
                    if (cell == null) {
                        continue;
                    }
                    if (isFormula(cell)) {
                        formulas.add(cell.getAddress().toString());
                    }
                    if (cell.getColumnIndex() < cells.length && !blank(cell)) {
                        cells[cell.getColumnIndex()] = cell;
                        empty = false;
                    }
                }
                if (empty) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new BusinessException(BusinessException.Kind.TOO_LARGE, "import.rows.tooMany", MAX_ROWS);
                }
                rows.add(rowOf(row.getRowNum(), cells, fieldCodeOf));
            }
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            throw new BusinessException(BusinessException.Kind.UNSUPPORTED_MEDIA_TYPE, "import.file.notXlsx");
        }
        if (!formulas.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.VALIDATION, formulas.stream().limit(FORMULAS_NAMED)
                    .map(address -> new BusinessException.FieldError(address, "import.cell.formula")).toList(),
                    "import.file.formulas", formulas.size());
        }
        return rows;
    }

    /**
     * An xlsx is a zip of XML parts: anything else, and any zip whose parts would inflate beyond
     * {@link #MAX_INFLATED_BYTES} together or {@link #MAX_RATIO} times alone, is refused here. The parts
     * are inflated once and counted, not trusted by the sizes their headers claim.
     */
    static void checkPackage(Path file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw new BusinessException(BusinessException.Kind.UNSUPPORTED_MEDIA_TYPE,
                        read >= 8 && ReadableWorkbook.isOLE2Header(head) ? "import.file.xls" : "import.file.notXlsx");
            }
        } catch (IOException e) {
            throw new BusinessException(BusinessException.Kind.UNSUPPORTED_MEDIA_TYPE, "import.file.notXlsx");
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS || zip.getEntry("xl/workbook.xml") == null) {
                throw new BusinessException(BusinessException.Kind.UNSUPPORTED_MEDIA_TYPE, "import.file.notXlsx");
            }
            for (Enumeration<? extends ZipEntry> parts = zip.entries(); parts.hasMoreElements(); ) {
                ZipEntry part = parts.nextElement();
                long compressed = Math.max(part.getCompressedSize(), 1);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(part)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > MAX_INFLATED_BYTES
                                || (inflated > SMALL_PART && inflated / compressed > MAX_RATIO)) {
                            throw new BusinessException(BusinessException.Kind.TOO_LARGE, "import.file.bomb");
                        }
                    }
                }
            }
        } catch (IOException e) { // a ZipException among them: no zip at all
            throw new BusinessException(BusinessException.Kind.UNSUPPORTED_MEDIA_TYPE, "import.file.notXlsx");
        }
    }

    private static boolean isFormula(Cell cell) {
        if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
            return true;
        }
        return cell.getType() == CellType.STRING && cell.asString() != null && cell.asString().stripLeading().startsWith("=");
    }

    private static boolean blank(Cell cell) {
        // The template's formatted but unfilled cells come with a style and no value.
        return cell.getType() == CellType.EMPTY || cell.getValue() == null
                || (cell.getType() == CellType.STRING && cell.asString().isBlank());
    }

    private static ImportRow rowOf(int number, Cell[] cells, UnaryOperator<String> fieldCodeOf) {
        Violations v = new Violations();
        List<String> texts = new ArrayList<>();
        for (Cell cell : cells) {
            texts.add(textOf(cell));
        }
        LocalDate appliedFrom = date(cells[Column.APPLIED_FROM.ordinal()], v);
        Long value = wholeNumber(cells[Column.VALUE.ordinal()], v);
        List<Author> authors = authors(texts.get(Column.AUTHORS.ordinal()));
        boolean submit = submit(texts.get(Column.SUBMIT.ordinal()), v);
        String field = texts.get(Column.FIELD.ordinal());
        InitiativeContent content = new InitiativeContent(texts.get(Column.TITLE.ordinal()),
                field == null ? null : fieldCodeOf.apply(field), texts.get(Column.SUMMARY.ordinal()), null,
                texts.get(Column.SOLUTION.ordinal()), null, null, texts.get(Column.BENEFITS.ordinal()), null, null,
                appliedFrom, value, false, null, authors);
        return new ImportRow(number, texts, texts.get(Column.REFERENCE.ordinal()), texts.get(Column.CAMPAIGN.ordinal()),
                texts.get(Column.UNIT.ordinal()), content, submit, v);
    }

    /** What a cell shows as text: numbers without exponent or trailing zeros, dates as dd/MM/yyyy. */
    private static String textOf(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> isDateCell(cell) ? cell.asDate().toLocalDate().format(DAY_TEXT)
                    : cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.asBoolean() ? "Có" : "Không";
            default -> cell.getText() == null ? null : cell.getText().strip();
        };
    }

    private static boolean isDateCell(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && format.toLowerCase(Locale.ROOT).matches(".*(d|yy).*") && !format.contains("#");
    }

    private static LocalDate date(Cell cell, Violations v) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            // A date cell, or a number Excel would show as a date once formatted: both are day serials.
            return cell.asDate().toLocalDate();
        }
        String text = textOf(cell);
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            v.add(Column.APPLIED_FROM.field, "import.date.format");
            return null;
        }
    }

    /** Đồng as a number cell, or as text with thousands separated by dots, commas or spaces, "đ" after. */
    private static Long wholeNumber(Cell cell, Violations v) {
        if (cell == null) {
            return null;
        }
        try {
            BigDecimal number = cell.getType() == CellType.NUMBER ? cell.asNumber()
                    : new BigDecimal(cell.getText().replaceAll("(?i)(đồng|đ|vnd)", "").replaceAll("[\\s.,]", ""));
            return number.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            v.add(Column.VALUE.field, "import.number.format");
            return null;
        }
    }

    private static List<Author> authors(String text) {
        if (text == null) {
            return null;
        }
        List<Author> authors = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = AUTHOR.matcher(part.strip());
            BigDecimal share = null;
            if (m.matches() && m.group(2) != null) {
                share = new BigDecimal(m.group(2).replace(',', '.'));
            }
            authors.add(new Author(m.matches() ? m.group(1) : part.strip(), null, share));
        }
        if (authors.isEmpty()) {
            return null;
        }
        return authors;
    }

    private static boolean submit(String text, Violations v) {
        if (text == null) {
            return true;
        }
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (List.of("có", "co", "x", "yes", "true", "1").contains(word)) {
            return true;
        }
        if (List.of("không", "khong", "no", "false", "0").contains(word)) {
            return false;
        }
        v.add(Column.SUBMIT.field, "import.submit.oneOf");
        return true;
    }

    /** The template: the header row, a sheet that explains each column, and the fields of application. */
    public static void writeTemplate(OutputStream out, List<String[]> fields) throws IOException {
        Workbook workbook = new Workbook(out, "Sang kien", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sáng kiến");
        header(sheet, List.of());
        for (int r = 1; r <= MAX_ROWS; r++) {
            sheet.style(r, Column.APPLIED_FROM.ordinal()).format("dd/mm/yyyy").set();
            sheet.style(r, Column.VALUE.ordinal()).format("#,##0").set();
        }
        sheet.range(1, Column.SUBMIT.ordinal(), MAX_ROWS, Column.SUBMIT.ordinal())
                .validateWithListByFormula("\"Có,Không\"").allowBlank(true);
        Worksheet help = workbook.newWorksheet("Hướng dẫn");
        help.value(0, 0, "Cột");
        help.value(0, 1, "Trường (API)");
        help.value(0, 2, "Cách ghi");
        help.style(0, 0).bold().set();
        help.style(0, 1).bold().set();
        help.style(0, 2).bold().set();
        String[] how = {
            "Bắt buộc. Mã riêng của dòng (ví dụ số thứ tự của đơn vị). Tải lên lại cùng mã không tạo thêm sáng kiến.",
            "Bắt buộc. Mã phong trào đang mở nhận đăng ký.",
            "Bắt buộc. Mã công đoàn cơ sở của tác giả.",
            "Bắt buộc, từ 5 đến 300 ký tự.",
            "Bắt buộc. Mã hoặc tên lĩnh vực trong danh sách bên dưới.",
            "Bắt buộc.",
            "Không bắt buộc.",
            "Không bắt buộc.",
            "Không bắt buộc. Ô ngày hoặc chữ dạng dd/MM/yyyy.",
            "Không bắt buộc. Số đồng, không âm.",
            "Bắt buộc, 1 đến 20 người, ví dụ: Nguyễn Văn A (60); Trần Thị B (40). Tỷ lệ ghi cho tất cả hoặc không ai, tổng 100.",
            "Có (mặc định): gửi duyệt ngay; Không: lưu nháp."};
        for (Column c : Column.values()) {
            help.value(c.ordinal() + 1, 0, c.letter() + " · " + c.header);
            help.value(c.ordinal() + 1, 1, c.field);
            help.value(c.ordinal() + 1, 2, how[c.ordinal()]);
        }
        int row = Column.values().length + 2;
        help.value(row, 0, "Mã lĩnh vực");
        help.value(row, 1, "Tên lĩnh vực");
        help.style(row, 0).bold().set();
        help.style(row, 1).bold().set();
        for (String[] field : fields) {
            row++;
            help.value(row, 0, field[0]);
            help.value(row, 1, field[1]);
        }
        help.width(0, 40);
        help.width(1, 30);
        help.width(2, 90);
        workbook.finish();
    }

    /**
     * The per-row report: each row's cells as uploaded (text cells only: nothing a spreadsheet would
     * run), then its result, the initiative's id and what is wrong, so that an officer mends the
     * refused rows and uploads the same file again.
     */
    public static void writeReport(OutputStream out, List<ReportLine> lines, List<String> resultHeaders)
            throws IOException {
        Workbook workbook = new Workbook(out, "Sang kien", "1.0");
        Worksheet sheet = workbook.newWorksheet("Kết quả nhập");
        header(sheet, resultHeaders);
        int row = 0;
        for (ReportLine line : lines) {
            row++;
            for (int c = 0; c < line.texts().size(); c++) {
                if (line.texts().get(c) != null) {
                    sheet.value(row, c, line.texts().get(c));
                }
            }
            int c = Column.values().length;
            sheet.value(row, c, line.result());
            if (line.id() != null) {
                sheet.value(row, c + 1, line.id());
            }
            if (line.errors() != null) {
                sheet.value(row, c + 2, line.errors());
                sheet.style(row, c + 2).wrapText(true).fontColor("C00000").set();
            }
        }
        workbook.finish();
    }

    /** A row of the report: the uploaded texts, its result in words, its initiative's id, its errors. */
    public record ReportLine(List<String> texts, String result, Long id, String errors) {
    }

    private static void header(Worksheet sheet, List<String> more) {
        int c = 0;
        for (Column column : Column.values()) {
            sheet.value(0, c, column.header);
            sheet.width(c, column.width);
            c++;
        }
        for (String extra : more) {
            sheet.value(0, c, extra);
            sheet.width(c, c == Column.values().length + 2 ? 60 : 16);
            c++;
        }
        sheet.range(0, 0, 0, c - 1).style().bold().fillColor("EEEEEE").wrapText(true).set();
        sheet.freezePane(0, 1);
    }
}
