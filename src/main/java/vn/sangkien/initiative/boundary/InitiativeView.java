package vn.sangkien.initiative.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.sangkien.initiative.control.InitiativeWriter;
import vn.sangkien.initiative.entity.Initiative;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * An initiative on the wire. A confidential initiative seen from outside its own unit shows only
 * its name, unit and benefit; the other members are then absent.
 */
public record InitiativeView(Long id, String campaignCode, String unitCode, String title, String field,
                             String summary, String currentSituation, String solution, String novelty,
                             String applicability, String benefits, String socialBenefit, String ownerName,
                             LocalDate appliedFrom, Long estimatedValueVnd, boolean confidential,
                             String confidentialContent, List<AuthorView> authors, InitiativeStatus status,
                             Instant registeredAt, String registeredBy, Instant updatedAt,
                             String recognitionDecisionNumber, LocalDate recognitionDate, String recognizedByCode,
                             ReviewView review, long version) {

    public static InitiativeView of(Initiative i, boolean full) {
        InitiativeContent c = i.content();
        String recognizedBy = i.getRecognizedBy() == null ? null : i.getRecognizedBy().getCode();
        if (!full) {
            return new InitiativeView(i.getId(), i.getCampaign().getCode(), i.getUnit().getCode(), c.title(), null,
                    null, null, null, null, null, c.benefits(), null, null, null, c.estimatedValueVnd(), true, null,
                    null, i.getStatus(), i.getRegisteredAt(), null, null, null, null, null, null, i.getVersion());
        }
        return full(i.getId(), i.getCampaign().getCode(), i.getUnit().getCode(), c, i.getStatus(),
                i.getRegisteredAt(), i.getRegisteredBy(), i.getUpdatedAt(), i.getRecognitionDecisionNumber(),
                i.getRecognitionDate(), recognizedBy, i.getVersion());
    }

    /** An initiative just written by a {@link InitiativeWriter}, as {@link #of} would show it read back. */
    public static InitiativeView of(InitiativeWriter.Entry e) {
        InitiativeWriter.Draft d = e.draft();
        return full(e.initiativeId(), d.campaignCode(), d.unitCode(), d.content(), d.status(), d.registeredAt(),
                d.registeredBy(), d.registeredAt(), null, null, null, InitiativeWriter.INITIAL_VERSION);
    }

    private static InitiativeView full(Long id, String campaignCode, String unitCode, InitiativeContent c,
                                       InitiativeStatus status, Instant registeredAt, String registeredBy,
                                       Instant updatedAt, String recognitionDecisionNumber, LocalDate recognitionDate,
                                       String recognizedBy, long version) {
        return new InitiativeView(id, campaignCode, unitCode, c.title(), c.fieldCode(), c.summary(),
                c.currentSituation(), c.solution(), c.novelty(), c.applicability(), c.benefits(), c.socialBenefit(),
                c.ownerName(), c.appliedFrom(), c.estimatedValueVnd(), c.confidential(), c.confidentialContent(),
                c.authors().stream().map(AuthorView::of).toList(), status, registeredAt, registeredBy, updatedAt,
                recognitionDecisionNumber, recognitionDate, recognizedBy, null, version);
    }

    public InitiativeView withReview(ReviewView newReview) {
        return new InitiativeView(id, campaignCode, unitCode, title, field, summary, currentSituation, solution,
                novelty, applicability, benefits, socialBenefit, ownerName, appliedFrom, estimatedValueVnd,
                confidential, confidentialContent, authors, status, registeredAt, registeredBy, updatedAt,
                recognitionDecisionNumber, recognitionDate, recognizedByCode, newReview, version);
    }
}
