package vn.sangkien.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A criterion of a pact and its weight. */
@Embeddable
public class CriterionWeight {

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion")
    private Criterion criterion;
    private BigDecimal weight;

    protected CriterionWeight() {
    }

    public CriterionWeight(Criterion criterion, BigDecimal weight) {
        this.criterion = criterion;
        this.weight = weight;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
