package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A cluster's figures and its members' standings. */
@XmlRootElement(name = "getClusterSummaryResponse", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getClusterSummaryResponse", namespace = SoapNames.NS, propOrder = {"registered", "recognized",
    "targetInitiatives", "percentOfTarget", "grassrootsUnits", "coveredUnits", "coveragePercent", "member"})
public class GetClusterSummaryResponse extends SummaryFigures {

    public List<Member> member = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "member", namespace = SoapNames.NS, propOrder = {"unitCode", "registered", "recognized",
        "coveragePercent", "rank"})
    public static class Member {
        public String unitCode;
        public long registered;
        public long recognized;
        public BigDecimal coveragePercent;
        public int rank;
    }
}
