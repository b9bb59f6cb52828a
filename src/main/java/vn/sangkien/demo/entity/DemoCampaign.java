package vn.sangkien.demo.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign of {@code demo/campaigns.json}. Its window runs from midnight to midnight in Vietnam,
 * on fixed days ({@code opensOn}, {@code closesOn}) or on days counted from the day of the load
 * ({@code opensInDays}, {@code closesInDays}), so that the peak campaigns stay open, closed and
 * planned whenever the demo is loaded. {@code initiativeSharePercent} is its part of the demo's
 * initiatives.
 */
public record DemoCampaign(String code, String name, String organizerCode, String parentCode, LocalDate opensOn,
                           LocalDate closesOn, Integer opensInDays, Integer closesInDays, Integer targetInitiatives,
                           BigDecimal targetCoveragePercent, int initiativeSharePercent) {

    /** The first day of the window, for a load on {@code today}. */
    public LocalDate opensOn(LocalDate today) {
        return opensOn != null ? opensOn : today.plusDays(opensInDays);
    }

    /** The day the window closes at its first instant, for a load on {@code today}. */
    public LocalDate closesOn(LocalDate today) {
        return closesOn != null ? closesOn : today.plusDays(closesInDays);
    }
}
