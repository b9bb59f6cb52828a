package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code getInitiative}: one initiative by id. */
@XmlRootElement(name = "getInitiative", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getInitiative", namespace = SoapNames.NS)
public class GetInitiative {
    public long id;
}
