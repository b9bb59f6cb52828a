package vn.sangkien.view.initiatives;

import vn.sangkien.platform.time.Moments;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.view.Formats;

/**
 * One row of the initiatives table and its exports. A confidential initiative outside the user's
 * own unit shows only its name, unit, benefit (value) and status, as on the API.
 */
public class InitiativeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String campaignCode;
    private final String unitCode;
    private final String unitName;
    private final String fieldCode;
    private final String status;
    private final String registeredAt;
    private final LocalDateTime registeredAtTime;
    private final Long estimatedValueVnd;

    public InitiativeRow(Initiative i, boolean full) {
        id = i.getId();
        title = i.getTitle();
        campaignCode = i.getCampaign().getCode();
        unitCode = i.getUnit().getCode();
        unitName = i.getUnit().getName();
        fieldCode = full ? i.getFieldCode() : null;
        status = i.getStatus().name();
        registeredAt = Formats.DATE_TIME.format(i.getRegisteredAt());
        registeredAtTime = LocalDateTime.ofInstant(i.getRegisteredAt(), Moments.VIETNAM);
        estimatedValueVnd = i.getEstimatedValueVnd();
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getStatus() {
        return status;
    }

    /** The registration's time in Vietnam, for a date cell. */
    public LocalDateTime getRegisteredAtTime() {
        return registeredAtTime;
    }

    public String getRegisteredAt() {
        return registeredAt;
    }

    public Long getEstimatedValueVnd() {
        return estimatedValueVnd;
    }
}
