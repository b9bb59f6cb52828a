package vn.sangkien.initiative.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.text.SearchText;

/** A work initiative registered by union members of one grassroots union into one campaign. */
@Entity
@Table(name = "initiative")
public class Initiative {

    /** Drawn by {@code InitiativeWriter}'s callers: JPA never creates an initiative. */
    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Organization unit;

    private String title;
    @Column(name = "title_search")
    private String titleSearch;
    @Column(name = "field_code")
    private String fieldCode;
    private String summary;
    @Column(name = "current_situation")
    private String currentSituation;
    private String solution;
    private String novelty;
    private String applicability;
    private String benefits;
    @Column(name = "social_benefit")
    private String socialBenefit;
    @Column(name = "owner_name")
    private String ownerName;
    @Column(name = "applied_from")
    private LocalDate appliedFrom;
    @Column(name = "estimated_value_vnd")
    private Long estimatedValueVnd;
    private boolean confidential;
    @Column(name = "confidential_content")
    private String confidentialContent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_author", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "author_order")
    @BatchFetch(BatchFetchType.IN)
    private List<Author> authors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "recognition_decision_no")
    private String recognitionDecisionNumber;
    @Column(name = "recognition_date")
    private LocalDate recognitionDate;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recognized_by_id")
    @BatchFetch(BatchFetchType.IN)
    private Organization recognizedBy;

    @Version
    private long version;

    protected Initiative() {
    }

    /** Replaces what the authors wrote (only while the initiative is a draft or returned to them). */
    public void describe(InitiativeContent content, Instant now) {
        this.title = content.title();
        this.titleSearch = SearchText.of(content.title());
        this.fieldCode = content.fieldCode();
        this.summary = content.summary();
        this.currentSituation = content.currentSituation();
        this.solution = content.solution();
        this.novelty = content.novelty();
        this.applicability = content.applicability();
        this.benefits = content.benefits();
        this.socialBenefit = content.socialBenefit();
        this.ownerName = content.ownerName();
        this.appliedFrom = content.appliedFrom();
        this.estimatedValueVnd = content.estimatedValueVnd();
        this.confidential = content.confidential();
        this.confidentialContent = content.confidentialContent();
        this.authors.clear();
        this.authors.addAll(content.authors());
        this.updatedAt = now;
    }

    public void moveTo(InitiativeStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    /** The proof of recognition: the decision's number and date, and the recognising organization. */
    public void recordRecognition(String decisionNumber, LocalDate decisionDate, Organization recognisingLevel) {
        this.recognitionDecisionNumber = decisionNumber;
        this.recognitionDate = decisionDate;
        this.recognizedBy = recognisingLevel;
    }

    public InitiativeContent content() {
        return new InitiativeContent(title, fieldCode, summary, currentSituation, solution, novelty, applicability,
                benefits, socialBenefit, ownerName, appliedFrom, estimatedValueVnd, confidential, confidentialContent,
                List.copyOf(authors));
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Long getEstimatedValueVnd() {
        return estimatedValueVnd;
    }

    public String getBenefits() {
        return benefits;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getRecognitionDecisionNumber() {
        return recognitionDecisionNumber;
    }

    public LocalDate getRecognitionDate() {
        return recognitionDate;
    }

    public Organization getRecognizedBy() {
        return recognizedBy;
    }

    public long getVersion() {
        return version;
    }
}
