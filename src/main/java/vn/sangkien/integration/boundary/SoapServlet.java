package vn.sangkien.integration.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.interceptor.StaxOutInterceptor;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import vn.sangkien.integration.entity.SoapNames;

/**
 * CXF's own servlet at {@code /soap/*}, publishing {@link IntegrationService} at
 * {@code /soap/integration} with its WSDL at {@code ?wsdl}. Published through CXF's factory, not
 * through {@code jakarta.xml.ws} look-ups, so that Payara Server's own Metro is never asked and
 * Payara Micro needs none. The XML reader refuses any DOCTYPE (CXF's default) and holds the
 * limits set here.
 */
@WebServlet(urlPatterns = "/soap/*", loadOnStartup = 1,
        initParams = @WebInitParam(name = "hide-service-list-page", value = "true"))
public class SoapServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void loadBus(ServletConfig config) {
        super.loadBus(config);
        Bus bus = getBus();
        bus.setProperty("org.apache.cxf.stax.maxChildElements", 1000);
        bus.setProperty("org.apache.cxf.stax.maxElementDepth", 50);
        bus.setProperty("org.apache.cxf.stax.maxTextLength", 100_000);
        bus.setProperty("org.apache.cxf.stax.maxElementCount", 200_000);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(IntegrationPort.class);
        factory.setServiceBean(CDI.current().select(IntegrationService.class).get());
        factory.setServiceName(new QName(SoapNames.NS, "IntegrationService"));
        factory.setEndpointName(new QName(SoapNames.NS, "IntegrationPort"));
        factory.setAddress("/integration");
        factory.getOutInterceptors().add(new Utf8());
        factory.getOutFaultInterceptors().add(new Utf8());
        factory.getOutFaultInterceptors().add(new SoapFaults());
        factory.create();
    }

    /** Answers in UTF-8 whatever the request said: without a charset the container would pick ISO-8859-1. */
    static final class Utf8 extends AbstractPhaseInterceptor<Message> {

        Utf8() {
            super(Phase.PRE_STREAM);
            addBefore(StaxOutInterceptor.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            message.put(Message.ENCODING, "UTF-8");
        }
    }
}
