package vn.sangkien.integration.entity;

import jakarta.xml.ws.WebFault;

/** A SOAP fault whose detail is a {@code problem}; {@code Client} below status 500. */
@WebFault(name = "problem", targetNamespace = SoapNames.NS)
public class ProblemFault extends Exception {

    private final transient Problem faultInfo;

    public ProblemFault(String message, Problem faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public Problem getFaultInfo() {
        return faultInfo;
    }
}
