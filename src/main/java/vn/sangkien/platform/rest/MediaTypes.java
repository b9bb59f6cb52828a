package vn.sangkien.platform.rest;

/** Media types that JAX-RS names no constant for, spelled once. */
public final class MediaTypes {

    /** An Excel workbook (.xlsx): the exports, the reports and the import. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MediaTypes() {
    }
}
