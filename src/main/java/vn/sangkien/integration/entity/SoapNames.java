package vn.sangkien.integration.entity;

/** The service's XML names: the requests are the operation names and the answers the name + Response. */
public final class SoapNames {

    public static final String NS = "urn:sangkien:integration:v1";

    private SoapNames() {
    }
}
