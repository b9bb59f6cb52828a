package vn.sangkien.initiative.entity;

import vn.sangkien.campaign.entity.Scores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The council's scoring of an initiative with its campaign's rubric, with the decision it went with. */
@Entity
@Table(name = "initiative_review")
public class InitiativeReview {

    @Id
    @Column(name = "initiative_id")
    private long initiativeId;
    private String reviewer;
    private int novelty;
    private int applicability;
    private int benefit;
    private int total;
    private String grade;
    private String decision;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected InitiativeReview() {
    }

    public InitiativeReview(long initiativeId) {
        this.initiativeId = initiativeId;
    }

    /** Records (or, after a return and a new review, replaces) the scoring. */
    public void record(String reviewerName, Scores scores, int newTotal, String newGrade, String newDecision,
                       Instant at) {
        this.reviewer = reviewerName;
        this.novelty = scores.novelty();
        this.applicability = scores.applicability();
        this.benefit = scores.benefit();
        this.total = newTotal;
        this.grade = newGrade;
        this.decision = newDecision;
        this.reviewedAt = at;
    }

    public String getReviewer() {
        return reviewer;
    }

    public int getNovelty() {
        return novelty;
    }

    public int getApplicability() {
        return applicability;
    }

    public int getBenefit() {
        return benefit;
    }

    public int getTotal() {
        return total;
    }

    public String getGrade() {
        return grade;
    }

    public String getDecision() {
        return decision;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
