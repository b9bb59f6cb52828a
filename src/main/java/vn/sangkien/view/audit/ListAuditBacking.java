package vn.sangkien.view.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.sangkien.audit.boundary.AuditTrail;
import vn.sangkien.platform.audit.AuditEntry;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.rest.MediaTypes;
import vn.sangkien.platform.time.Moments;
import vn.sangkien.view.Faces;
import vn.sangkien.view.PagedModel;

/**
 * audit/list.xhtml, "Nhật ký thay đổi" (administrators, federation officers for their subtree): the
 * audit trail as a lazy table, filtered by who, what, when and channel in the database, and its
 * export to Excel with the same filter, page by page.
 */
@Named
@ViewScoped
public class ListAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An export stops here; a longer trail is narrowed by the filter first. */
    static final int MAX_EXPORT_ROWS = 100_000;
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Moments.VIETNAM);

    @Inject
    AuditTrail trail;

    private String username;
    private AuditedType entityType;
    private String entityId;
    private Channel channel;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<AuditEntry> rows = new PagedModel<>(p -> trail.list(filter(), p),
            e -> String.valueOf(e.getId()));

    /** The view action: the page is for those who read the trail. */
    public void load() {
        if (!trail.readable()) {
            Faces.notFound();
        }
    }

    /** The filter of the fields: days in Vietnam's time, {@code to} included. */
    AuditTrail.Filter filter() {
        Instant since = from == null ? null : from.atStartOfDay(Moments.VIETNAM).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(Moments.VIETNAM).toInstant();
        return new AuditTrail.Filter(entityType, blankToNull(entityId), blankToNull(username), since, until, channel);
    }

    public StreamedContent getXlsx() {
        AuditTrail.Filter filter = filter();
        String[] headers = {Faces.label("audit.at"), Faces.label("audit.username"), Faces.label("audit.channel"),
            Faces.label("audit.action"), Faces.label("audit.entityType"), Faces.label("audit.entityId"),
            Faces.label("audit.organization"), Faces.label("audit.detail")};
        String system = Faces.label("audit.system");
        String[] channels = labels(Channel.values(), "channel.");
        String[] types = labels(AuditedType.values(), "auditedType.");
        return DefaultStreamedContent.builder().name("nhat-ky-thay-doi.xlsx")
                .contentType(MediaTypes.XLSX)
                .writer(out -> writeXlsx(filter, headers, system, channels, types, out)).build();
    }

    private void writeXlsx(AuditTrail.Filter filter, String[] headers, String system, String[] channels, String[] types,
                           OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Sang kien", "1.0");
            Worksheet sheet = workbook.newWorksheet("Nhật ký");
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int row = 1;
            int size = ListParameters.MAX_SIZE;
            for (int page = 0; row <= MAX_EXPORT_ROWS; page++) {
                List<AuditEntry> entries = trail.list(filter,
                        new ListParameters(String.valueOf(page), String.valueOf(size))).items();
                for (AuditEntry e : entries) {
                    // Text cells only: nothing a spreadsheet would run as a formula.
                    sheet.value(row, 0, AT.format(e.getAt()));
                    sheet.value(row, 1, e.getUsername() == null ? system : e.getUsername());
                    sheet.value(row, 2, channels[e.getChannel().ordinal()]);
                    sheet.value(row, 3, e.getAction());
                    sheet.value(row, 4, types[e.getEntityType().ordinal()]);
                    sheet.value(row, 5, e.getEntityId());
                    sheet.value(row, 6, e.getOrganizationCode());
                    sheet.value(row, 7, e.getDetail());
                    row++;
                }
                sheet.flush();
                if (entries.size() < size) {
                    break;
                }
            }
            sheet.width(0, 20);
            sheet.width(7, 80);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] labels(Enum<?>[] constants, String prefix) {
        String[] labels = new String[constants.length];
        for (Enum<?> c : constants) {
            labels[c.ordinal()] = Faces.label(prefix + c.name());
        }
        return labels;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String format(Instant at) {
        return at == null ? "" : AT.format(at);
    }

    public PagedModel<AuditEntry> getRows() {
        return rows;
    }

    public AuditedType[] getEntityTypes() {
        return AuditedType.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditedType getEntityType() {
        return entityType;
    }

    public void setEntityType(AuditedType entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
