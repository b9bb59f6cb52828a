package vn.sangkien.integration.boundary;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.sangkien.integration.entity.ProblemFault;
import vn.sangkien.integration.entity.SoapNames;

/**
 * Every fault of the service carries a {@code problem}, and its code says whose fault it was: a
 * refusal of the rules below status 500 is {@code Client} (CXF would say {@code Server} for a
 * declared fault); what CXF refuses itself (bad XML, a DOCTYPE, an unknown operation, a limit, a body
 * too large) is {@code Client} with status 400 or 413; anything else is {@code Server}, with no word
 * of what happened inside.
 */
final class SoapFaults extends AbstractPhaseInterceptor<Message> {

    SoapFaults() {
        super(Phase.PRE_STREAM);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        if (fault.getCause() instanceof ProblemFault refusal) {
            if (refusal.getFaultInfo() != null && refusal.getFaultInfo().status < 500) {
                fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            }
            return;
        }
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof SoapSizeLimit.TooLarge) {
                fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
                fault.setMessage(t.getMessage());
                fault.setDetail(problem(413, "too-large", t.getMessage()));
                return;
            }
        }
        // CXF's own code ("client") or SOAP 1.1's ("Client"), whichever this fault got first.
        boolean client = "client".equalsIgnoreCase(fault.getFaultCode().getLocalPart());
        if (!client) {
            fault.setMessage("Internal server error");
        }
        if (fault.getDetail() == null || !fault.getDetail().hasChildNodes()) {
            fault.setDetail(client ? problem(400, "malformed-request", fault.getMessage())
                    : problem(500, "internal-error", null));
        }
    }

    private static Element problem(int status, String type, String detail) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element wrapper = document.createElement("detail");
            Element problem = document.createElementNS(SoapNames.NS, "p:problem");
            wrapper.appendChild(problem);
            add(problem, "type", "urn:sangkien:problem:" + type);
            add(problem, "title", status == 500 ? "Internal server error" : "Bad request");
            add(problem, "status", Integer.toString(status));
            if (detail != null) {
                add(problem, "detail", detail);
            }
            return wrapper;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Every Java has a DOM", e);
        }
    }

    private static void add(Element parent, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(null, name);
        child.setTextContent(text);
        parent.appendChild(child);
    }
}
