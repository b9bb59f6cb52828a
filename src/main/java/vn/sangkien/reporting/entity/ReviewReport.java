package vn.sangkien.reporting.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The interim (sơ kết) or final (tổng kết) review of a campaign, or of a cluster in a campaign, as
 * an officer prints and signs it: who issues it, under whom and where, the summary's figures, the member
 * units ranked, the fields of application, the recognised initiatives and the progress over the
 * snapshots. Every figure comes from the summary or from the same counting cut another way.
 */
public record ReviewReport(boolean isFinal, String superiorName, String issuerName, String place, String subject,
                           String campaignCode, String campaignName, String clusterCode, Instant generatedAt,
                           LocalDate date, Integer targetInitiatives, long registered, long recognized,
                           BigDecimal percentOfTarget, long grassrootsUnits, long coveredUnits,
                           BigDecimal coveragePercent, List<Member> members, List<FieldFigures> fields,
                           List<RecognizedInitiative> recognizedInitiatives, long recognizedCount,
                           long recognizedValueVnd, List<Progress> progress) {

    /** A member unit's line: a cluster's member, or a campaign organizer's direct subordinate. */
    public record Member(String unitCode, String unitName, Integer targetInitiatives, long registered,
                         long recognized, long grassrootsUnits, long coveredUnits, BigDecimal coveragePercent,
                         int rank, boolean leader) {
    }

    /** The figures of one stored snapshot. */
    public record Progress(Instant at, long registered, long recognized) {
    }
}
