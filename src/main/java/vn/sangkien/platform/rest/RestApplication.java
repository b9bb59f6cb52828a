package vn.sangkien.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API v1 (docs/api.md). Its resources are {@code @ApplicationScoped}: one instance serves every
 * request, where a new one per request would look every injected session bean up in JNDI again.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    /**
     * No WADL: /openapi describes the API, and the WADL would describe it to anyone, unasked.
     * Jersey's multipart reader (in Payara, named here so the WAR does not depend on Jersey) reads the
     * {@code EntityPart}s of an import's form upload.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
