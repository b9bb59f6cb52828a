package vn.sangkien.initiative.boundary;

import java.time.Instant;
import vn.sangkien.initiative.entity.InitiativeReview;

/** The council's scoring on the wire. */
public record ReviewView(int novelty, int applicability, int benefit, int total, String grade, String decision,
                         String reviewer, Instant reviewedAt) {

    public static ReviewView of(InitiativeReview r) {
        return r == null ? null : new ReviewView(r.getNovelty(), r.getApplicability(), r.getBenefit(), r.getTotal(),
                r.getGrade(), r.getDecision(), r.getReviewer(), r.getReviewedAt());
    }
}
