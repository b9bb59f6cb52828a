package vn.sangkien.support;

import jakarta.xml.ws.BindingProvider;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import vn.sangkien.soapclient.IntegrationPortType;
import vn.sangkien.soapclient.IntegrationService;

/** The client generated from docs/integration.wsdl, at a deployment's address, for one user. */
public final class SoapPorts {

    private SoapPorts() {
    }

    public static IntegrationPortType as(URL base, String username, String password) throws MalformedURLException {
        IntegrationPortType port = new IntegrationService(new URL(base, "/soap/integration?wsdl")).getIntegrationPort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, new URL(base, "/soap/integration").toString());
        context.put(BindingProvider.USERNAME_PROPERTY, username);
        context.put(BindingProvider.PASSWORD_PROPERTY, password);
        return port;
    }
}
