package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** {@code listInitiativeChanges}: the changes feed since an instant, after a cursor. */
@XmlRootElement(name = "listInitiativeChanges", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "listInitiativeChanges", namespace = SoapNames.NS, propOrder = {"since", "after", "size"})
public class ListInitiativeChanges {
    @XmlSchemaType(name = "dateTime")
    @XmlElement(required = true)
    public XMLGregorianCalendar since;
    public String after;
    public Integer size;
}
