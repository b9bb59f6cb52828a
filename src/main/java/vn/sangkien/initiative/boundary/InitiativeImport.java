package vn.sangkien.initiative.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.initiative.control.ImportWorkbook;
import vn.sangkien.initiative.entity.FieldOfApplication;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Messages;

/**
 * Registers the rows of an uploaded spreadsheet as the caller (docs/api.md, "Paperwork"): each row
 * as a batch item with its reference as its {@code clientReference}, so that it is answered as it
 * would be alone and the same file uploaded again creates nothing. The rows go in batches of
 * {@value Registrar#MAX_BATCH}, as a provincial system's batches do, and the caller hears after each.
 * No transaction around it: each batch's rows are stored by the group commit as they come.
 */
@ApplicationScoped
public class InitiativeImport {

    /** What became of a row: created, found from an earlier upload, or refused (with why). */
    public enum RowStatus {
        CREATED, REPLAYED, REFUSED;

        /** As the contract writes it: {@code created}, {@code replayed}, {@code refused}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One thing wrong with a row: the field as the API names it, its column's letter, and why. */
    public record RowError(String field, String column, String message) {
    }

    /** Hears how an import goes: after the file is read, and after each batch. */
    @FunctionalInterface
    public interface Progress {
        void rowsAnswered(int done, int total);
    }

    /** A row's answer; {@code httpStatus} is what {@code POST /initiatives} would have answered. */
    public record RowResult(int row, String clientReference, RowStatus status, int httpStatus, Long id,
                            List<RowError> errors, List<String> texts) {
    }

    /** The whole file's answer. */
    public record Report(int rows, int created, int replayed, int refused, List<RowResult> results) {
    }

    @Inject
    Registrar registrar;

    @Inject
    FieldCatalog fields;

    @Inject
    Caller caller;

    /** Copies an upload to a file of its own, refusing more than {@link ImportWorkbook#MAX_FILE_BYTES}. */
    public Path receive(InputStream upload) {
        checkMayImport();
        try {
            Path file = Files.createTempFile("import-", ".xlsx");
            try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > ImportWorkbook.MAX_FILE_BYTES) {
                        throw new BusinessException(BusinessException.Kind.TOO_LARGE, "import.file.tooLarge",
                                ImportWorkbook.MAX_FILE_BYTES / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new BusinessException(BusinessException.Kind.MALFORMED, "import.file.unreadable");
        }
    }

    /**
     * Registers the rows of a file that {@link #receive} took, then deletes it; {@code locale} words
     * the errors.
     */
    public Report register(Path file, Locale locale, Progress progress) {
        checkMayImport();
        List<ImportWorkbook.ImportRow> rows;
        try {
            rows = ImportWorkbook.read(file, this::fieldCodeOf);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
        if (rows.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.VALIDATION, "import.rows.none");
        }
        List<Registrar.Item> items = rows.stream().map(r -> new Registrar.Item(
                new InitiativeRegistry.Registration(r.campaignCode(), r.unitCode(), r.content(), r.submit()),
                r.clientReference(), Registrar.CLIENT_REFERENCE, r.violations())).toList();
        Registrar.checkReferences(items);
        progress.rowsAnswered(0, rows.size());
        List<RowResult> results = new ArrayList<>();
        int[] counts = new int[RowStatus.values().length];
        for (int from = 0; from < rows.size(); from += Registrar.MAX_BATCH) {
            int to = Math.min(rows.size(), from + Registrar.MAX_BATCH);
            List<Registrar.Outcome> outcomes = registrar.registerAll(items.subList(from, to));
            for (int i = from; i < to; i++) {
                RowResult result = resultOf(rows.get(i), outcomes.get(i - from), locale);
                counts[result.status().ordinal()]++;
                results.add(result);
            }
            progress.rowsAnswered(results.size(), rows.size());
        }
        return new Report(rows.size(), counts[RowStatus.CREATED.ordinal()], counts[RowStatus.REPLAYED.ordinal()],
                counts[RowStatus.REFUSED.ordinal()], results);
    }

    /** The template, with the fields of application on its help sheet. */
    public void writeTemplate(OutputStream out) throws IOException {
        ImportWorkbook.writeTemplate(out, fields.all().stream()
                .map(f -> new String[] {f.getCode(), f.nameIn(Messages.VIETNAMESE)}).toList());
    }

    /** The per-row report of an import, its words in {@code locale}, as the console offers it for download. */
    public static void writeReport(OutputStream out, Report report, Locale locale) throws IOException {
        List<ImportWorkbook.ReportLine> lines = report.results().stream().map(r -> new ImportWorkbook.ReportLine(
                r.texts(), Messages.get(locale, "import.status." + r.status().word()), r.id(),
                r.errors() == null ? null : String.join("\n", r.errors().stream().map(InitiativeImport::line).toList())))
                .toList();
        ImportWorkbook.writeReport(out, lines, List.of(Messages.get(locale, "import.column.result"),
                Messages.get(locale, "import.column.id"), Messages.get(locale, "import.column.errors")));
    }

    /** An error as one line: "D · Tên sáng kiến: …". */
    public static String line(RowError error) {
        ImportWorkbook.Column column = ImportWorkbook.Column.of(error.field());
        return column == null ? error.message() : column.letter() + " · " + column.header + ": " + error.message();
    }

    private RowResult resultOf(ImportWorkbook.ImportRow row, Registrar.Outcome outcome, Locale locale) {
        if (outcome.refusal() == null) {
            Registrar.Registered registered = outcome.registered();
            return new RowResult(row.number(), row.clientReference(),
                    registered.replayed() ? RowStatus.REPLAYED : RowStatus.CREATED, 201,
                    registered.initiative().id(), null, row.texts());
        }
        BusinessException refusal = outcome.refusal();
        List<RowError> errors = refusal.errors().isEmpty()
                ? List.of(new RowError(null, null, Messages.get(locale, refusal.messageKey(), refusal.args())))
                : refusal.errors().stream().map(e -> {
                    ImportWorkbook.Column column = ImportWorkbook.Column.of(e.field());
                    return new RowError(e.field(), column == null ? null : column.letter(),
                            Messages.get(locale, e.messageKey(), e.args()));
                }).toList();
        return new RowResult(row.number(), row.clientReference(), RowStatus.REFUSED, refusal.kind().status, null,
                errors, row.texts());
    }

    /** A field's code from its code or its name in either language, any case; the text itself otherwise. */
    private String fieldCodeOf(String text) {
        String wanted = text.strip();
        for (FieldOfApplication f : fields.all()) {
            if (f.getCode().equalsIgnoreCase(wanted) || f.nameIn(Messages.VIETNAMESE).equalsIgnoreCase(wanted)
                    || f.nameIn(Locale.ENGLISH).equalsIgnoreCase(wanted)) {
                return f.getCode();
            }
        }
        return wanted;
    }

    /** Whether the caller may import: those who register initiatives. */
    public boolean mayImport() {
        return Privileges.holds(caller.principal(), Privileges.Capability.REGISTER_INITIATIVES);
    }

    private void checkMayImport() {
        if (!mayImport()) {
            throw BusinessException.forbidden();
        }
    }
}
