package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlTransient;
import java.math.BigDecimal;

/** The figures of a summary, as REST's summaries have them; each answer lists them in this order. */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class SummaryFigures {
    public long registered;
    public long recognized;
    public Integer targetInitiatives;
    public BigDecimal percentOfTarget;
    public long grassrootsUnits;
    public long coveredUnits;
    public BigDecimal coveragePercent;
}
