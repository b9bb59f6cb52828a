package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** A field and what is wrong with it, in the caller's language. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "fieldError", namespace = SoapNames.NS, propOrder = {"field", "message"})
public class FieldError {
    public String field;
    public String message;

    public FieldError() {
    }

    public FieldError(String field, String message) {
        this.field = field;
        this.message = message;
    }
}
