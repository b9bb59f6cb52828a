package vn.sangkien.view.clusters;

import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion of the pact form and its weight, as typed; the registry checks them when the pact is signed. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String criterion;
    private BigDecimal weight;

    CriterionRow(String criterion, BigDecimal weight) {
        this.criterion = criterion;
        this.weight = weight;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }
}
