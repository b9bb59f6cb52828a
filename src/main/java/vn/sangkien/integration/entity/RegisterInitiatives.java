package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/** {@code registerInitiatives}: 1–500 initiatives, each with the client's reference. */
@XmlRootElement(name = "registerInitiatives", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "registerInitiatives", namespace = SoapNames.NS)
public class RegisterInitiatives {

    public List<Item> initiative = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "initiativeRegistration", namespace = SoapNames.NS, propOrder = {"clientReference",
        "campaignCode", "unitCode", "title", "field", "summary", "solution", "benefits", "appliedFrom",
        "estimatedValueVnd", "author", "submit"})
    public static class Item {
        @XmlElement(required = true)
        public String clientReference;
        @XmlElement(required = true)
        public String campaignCode;
        @XmlElement(required = true)
        public String unitCode;
        @XmlElement(required = true)
        public String title;
        @XmlElement(required = true)
        public String field;
        @XmlElement(required = true)
        public String summary;
        public String solution;
        public String benefits;
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar appliedFrom;
        public Long estimatedValueVnd;
        @XmlElement(required = true)
        public List<Author> author = new ArrayList<>();
        public Boolean submit;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "author", namespace = SoapNames.NS, propOrder = {"fullName", "memberCode", "sharePercent"})
    public static class Author {
        @XmlElement(required = true)
        public String fullName;
        public String memberCode;
        public BigDecimal sharePercent;
    }
}
