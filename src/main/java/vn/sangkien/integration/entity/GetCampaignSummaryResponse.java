package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** A campaign's figures. */
@XmlRootElement(name = "getCampaignSummaryResponse", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getCampaignSummaryResponse", namespace = SoapNames.NS, propOrder = {"registered", "recognized",
    "targetInitiatives", "percentOfTarget", "grassrootsUnits", "coveredUnits", "coveragePercent"})
public class GetCampaignSummaryResponse extends SummaryFigures {
}
