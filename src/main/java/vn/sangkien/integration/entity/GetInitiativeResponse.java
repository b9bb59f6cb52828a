package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/** The initiative as the caller may read it. */
@XmlRootElement(name = "getInitiativeResponse", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getInitiativeResponse", namespace = SoapNames.NS)
public class GetInitiativeResponse {

    public Initiative initiative;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "initiative", namespace = SoapNames.NS, propOrder = {"id", "status", "version", "registeredAt",
        "campaignCode", "unitCode", "title", "field", "summary", "estimatedValueVnd", "author"})
    public static class Initiative {
        public long id;
        public String status;
        public long version;
        @XmlSchemaType(name = "dateTime")
        public XMLGregorianCalendar registeredAt;
        public String campaignCode;
        public String unitCode;
        public String title;
        public String field;
        public String summary;
        public Long estimatedValueVnd;
        public List<RegisterInitiatives.Author> author = new ArrayList<>();
    }
}
