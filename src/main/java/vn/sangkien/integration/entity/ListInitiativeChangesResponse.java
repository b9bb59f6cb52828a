package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/** The changed initiatives as they are now, in the order of their changes, and where to go on. */
@XmlRootElement(name = "listInitiativeChangesResponse", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "listInitiativeChangesResponse", namespace = SoapNames.NS, propOrder = {"change", "next"})
public class ListInitiativeChangesResponse {

    public List<Change> change = new ArrayList<>();
    public String next;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "change", namespace = SoapNames.NS, propOrder = {"id", "status", "version", "changedAt",
        "campaignCode", "unitCode", "title"})
    public static class Change {
        public long id;
        public String status;
        public long version;
        @XmlSchemaType(name = "dateTime")
        public XMLGregorianCalendar changedAt;
        public String campaignCode;
        public String unitCode;
        public String title;
    }
}
