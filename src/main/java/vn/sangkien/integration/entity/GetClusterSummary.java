package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code getClusterSummary}: a cluster's figures for one campaign, with its members. */
@XmlRootElement(name = "getClusterSummary", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getClusterSummary", namespace = SoapNames.NS, propOrder = {"clusterCode", "campaignCode"})
public class GetClusterSummary {
    @XmlElement(required = true)
    public String clusterCode;
    @XmlElement(required = true)
    public String campaignCode;
}
