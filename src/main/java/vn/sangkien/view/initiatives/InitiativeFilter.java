package vn.sangkien.view.initiatives;

import java.io.Serializable;
import java.util.stream.Stream;

/** The filters of the initiatives table, also what its exports export: the registry's list filters. */
public class InitiativeFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String campaign;
    private String unit;
    private String status;
    private String field;
    private String q;

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** No filter set: the table shows all the user's initiatives. */
    public boolean isBlank() {
        return Stream.of(campaign, unit, status, field, q).allMatch(v -> v == null || v.isBlank());
    }
}
