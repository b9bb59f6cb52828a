package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A result per item, in order: the status REST would answer, the id, whether it was a repeat, what is wrong. */
@XmlRootElement(name = "registerInitiativesResponse", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "registerInitiativesResponse", namespace = SoapNames.NS)
public class RegisterInitiativesResponse {

    public List<Result> result = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "registrationResult", namespace = SoapNames.NS,
            propOrder = {"clientReference", "status", "id", "replayed", "error"})
    public static class Result {
        public String clientReference;
        public int status;
        public Long id;
        public boolean replayed;
        public List<FieldError> error = new ArrayList<>();
    }
}
