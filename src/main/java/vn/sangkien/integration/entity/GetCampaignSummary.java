package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code getCampaignSummary}: a campaign's figures, live. */
@XmlRootElement(name = "getCampaignSummary", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getCampaignSummary", namespace = SoapNames.NS)
public class GetCampaignSummary {
    @XmlElement(required = true)
    public String campaignCode;
}
