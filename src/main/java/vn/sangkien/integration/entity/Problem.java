package vn.sangkien.integration.entity;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A fault's detail: the problem REST would answer, with its status. */
@XmlRootElement(name = "problem", namespace = SoapNames.NS)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "problem", namespace = SoapNames.NS, propOrder = {"type", "title", "status", "detail", "error"})
public class Problem {
    public String type;
    public String title;
    public int status;
    public String detail;
    public List<FieldError> error = new ArrayList<>();
}
