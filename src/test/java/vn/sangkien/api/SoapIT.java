package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;

import jakarta.json.JsonObject;
import jakarta.xml.ws.Holder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.datatype.DatatypeFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.soapclient.Author;
import vn.sangkien.soapclient.Change;
import vn.sangkien.soapclient.Initiative;
import vn.sangkien.soapclient.InitiativeRegistration;
import vn.sangkien.soapclient.IntegrationPortType;
import vn.sangkien.soapclient.IntegrationService;
import vn.sangkien.soapclient.Member;
import vn.sangkien.soapclient.ProblemFault;
import vn.sangkien.soapclient.RegistrationResult;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;
import vn.sangkien.support.SoapPorts;

/**
 * SOAP {@code IntegrationService} (docs/api.md, "SOAP — IntegrationService") through a client
 * generated at build time from the WSDL in docs/integration.wsdl, as a provincial system would call
 * it; the served WSDL must be that file. Its own organizations, users, campaign and cluster.
 */
@ExtendWith(ArquillianExtension.class)
class SoapIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Soap-" + s + "-2026";
    static final String PROVINCE = "SP-" + S, DISTRICT = "SD-" + S, UNIT = "SU-" + S, OTHER_UNIT = "SV-" + S;
    static final String CAMPAIGN = "SC-" + S, CLUSTER = "SK-" + S;
    static final String SYSTEM = "soap." + s, OUTSIDER = "soapngoai." + s;
    static final String TITLE = "Sáng kiến qua SOAP — Ưu tiên ữ ỹ ặ " + S;
    static final String SOAP_ENVELOPE = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:i=\"urn:sangkien:integration:v1\"><s:Body>%s</s:Body></s:Envelope>";

    private static final Once FIXTURE = new Once();

    Api admin() {
        return Api.at(base).as("admin", Deployments.adminPassword());
    }

    void fixture() {
        FIXTURE.make(() -> {
            Api admin = admin();
            Fixtures.organization(admin, PROVINCE, "Liên đoàn Lao động tỉnh SOAP " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, DISTRICT, "Liên đoàn Lao động huyện SOAP " + S, "DISTRICT", PROVINCE).expect(201);
            Fixtures.organization(admin, UNIT, "Công đoàn cơ sở Xà Phòng " + S, "GRASSROOTS", DISTRICT).expect(201);
            Fixtures.organization(admin, OTHER_UNIT, "Công đoàn cơ sở Vôi " + S, "GRASSROOTS", PROVINCE).expect(201);
            Fixtures.user(admin, SYSTEM, PASSWORD, PROVINCE, "INTEGRATION").expect(201);
            Fixtures.organization(admin, "SQ-" + S, "Liên đoàn Lao động tỉnh khác " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.user(admin, OUTSIDER, PASSWORD, "SQ-" + S, "INTEGRATION").expect(201);
            Fixtures.campaign(admin, CAMPAIGN, PROVINCE, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
            admin.post("clusters", obj("code", CLUSTER, "name", "Cụm SOAP " + S, "organizerCode", PROVINCE,
                    "memberCodes", arr(DISTRICT, OTHER_UNIT)).build()).expect(201);
            admin.post("clusters/" + CLUSTER + "/pacts", obj("campaignCode", CAMPAIGN, "signedOn", "2026-01-15",
                    "targetInitiatives", 4).build()).expect(201);
        });
    }

    /** The generated client, for {@code username}, at this deployment's address. */
    IntegrationPortType port(String username) throws Exception {
        return SoapPorts.as(base, username, PASSWORD);
    }

    private static InitiativeRegistration item(String reference, String title) {
        InitiativeRegistration item = new InitiativeRegistration();
        item.setClientReference(reference);
        item.setCampaignCode(CAMPAIGN);
        item.setUnitCode(UNIT);
        item.setTitle(title);
        item.setField("TECHNOLOGY");
        item.setSummary("Tóm tắt: giảm thời gian xử lý hồ sơ còn một nửa.");
        item.setEstimatedValueVnd(150_000_000L);
        Author author = new Author();
        author.setFullName("Nguyễn Thị Hồng Nhung");
        author.setSharePercent(new BigDecimal("100"));
        item.getAuthor().add(author);
        return item;
    }

    @Test
    void the_served_wsdl_is_the_one_in_docs_and_needs_no_credentials() throws Exception {
        HttpResponse<String> served = http(HttpRequest.newBuilder(URI.create(base + "soap/integration?wsdl")).GET());
        assertEquals(200, served.statusCode());
        String inDocs = Files.readString(Path.of("docs/integration.wsdl"), StandardCharsets.UTF_8);
        assertEquals(withoutAddress(inDocs), withoutAddress(served.body()),
                "docs/integration.wsdl must be the WSDL as served (the client is generated from it)");
    }

    @Test
    void register_read_follow_and_sum_up_with_vietnamese_text_exact_both_ways() throws Exception {
        fixture();
        IntegrationPortType port = port(SYSTEM);
        InitiativeRegistration bad = item("soap-2/" + s, TITLE);
        bad.setSummary(null);
        List<RegistrationResult> results = port.registerInitiatives(List.of(item("soap-1/" + s, TITLE), bad));
        assertEquals(2, results.size());
        assertEquals(201, results.get(0).getStatus());
        assertFalse(results.get(0).isReplayed());
        long id = results.get(0).getId();
        assertEquals(400, results.get(1).getStatus());
        assertNull(results.get(1).getId());
        assertTrue(results.get(1).getError().stream().anyMatch(e -> "summary".equals(e.getField())),
                "the field named, as REST names it");

        List<RegistrationResult> again = port.registerInitiatives(List.of(item("soap-1/" + s, TITLE)));
        assertTrue(again.get(0).isReplayed());
        assertEquals(id, again.get(0).getId());

        Initiative read = port.getInitiative(id);
        assertEquals(TITLE, read.getTitle());
        assertEquals("Nguyễn Thị Hồng Nhung", read.getAuthor().get(0).getFullName());
        assertEquals("SUBMITTED", read.getStatus());
        JsonObject rest = admin().get("initiatives/" + id).expect(200).json();
        assertEquals(rest.getString("title"), read.getTitle());
        assertEquals(rest.getJsonNumber("version").longValue(), read.getVersion());

        Holder<List<Change>> changes = new Holder<>();
        Holder<String> next = new Holder<>();
        port.listInitiativeChanges(DatatypeFactory.newInstance().newXMLGregorianCalendar(instantIn(-600)), null, 500,
                changes, next);
        assertTrue(changes.value.stream().anyMatch(c -> c.getId() == id && TITLE.equals(c.getTitle())));
        Holder<List<Change>> later = new Holder<>();
        port.listInitiativeChanges(DatatypeFactory.newInstance().newXMLGregorianCalendar(instantIn(-600)), next.value,
                500, later, new Holder<>());
        assertTrue(later.value == null || later.value.stream().noneMatch(c -> c.getId() == id), "nothing twice");

        JsonObject summary = admin().get("campaigns/" + CAMPAIGN + "/summary").expect(200).json();
        Holder<Long> registered = new Holder<>();
        Holder<Long> covered = new Holder<>();
        Holder<BigDecimal> coverage = new Holder<>();
        port.getCampaignSummary(CAMPAIGN, registered, new Holder<>(), new Holder<>(), new Holder<>(), new Holder<>(),
                covered, coverage);
        assertEquals(summary.getJsonNumber("registered").longValue(), registered.value);
        assertEquals(summary.getJsonNumber("coveredUnits").longValue(), covered.value);
        assertEquals(summary.getJsonNumber("coveragePercent").bigDecimalValue().compareTo(coverage.value), 0);

        JsonObject cluster = admin().get("clusters/" + CLUSTER + "/summary?campaign=" + CAMPAIGN).expect(200).json();
        Holder<Long> clusterRegistered = new Holder<>();
        Holder<List<Member>> members = new Holder<>();
        port.getClusterSummary(CLUSTER, CAMPAIGN, clusterRegistered, new Holder<>(), new Holder<>(), new Holder<>(),
                new Holder<>(), new Holder<>(), new Holder<>(), members);
        assertEquals(cluster.getJsonNumber("registered").longValue(), clusterRegistered.value);
        List<String> restMembers = new ArrayList<>();
        cluster.getJsonArray("members").getValuesAs(JsonObject.class).forEach(m -> restMembers.add(
                m.getString("unitCode") + " " + m.getJsonNumber("registered") + " " + m.getInt("rank")));
        assertEquals(restMembers, members.value.stream().map(m -> m.getUnitCode() + " " + m.getRegistered() + " "
                + m.getRank()).toList());
    }

    @Test
    void refusals_are_client_faults_with_the_problem_rest_would_answer() throws Exception {
        fixture();
        long id = port(SYSTEM).registerInitiatives(List.of(item("soap-3/" + s, "Sáng kiến ngoài phạm vi " + S)))
                .get(0).getId();
        ProblemFault outside = assertThrows(ProblemFault.class, () -> port(OUTSIDER).getInitiative(id));
        assertEquals(404, outside.getFaultInfo().getStatus(), "outside the caller's subtree: as if it did not exist");
        assertEquals("Không tìm thấy", outside.getFaultInfo().getTitle());
        ProblemFault missing = assertThrows(ProblemFault.class, () -> port(SYSTEM).getCampaignSummary("KHONG-CO-" + S,
                new Holder<>(), new Holder<>(), new Holder<>(), new Holder<>(), new Holder<>(), new Holder<>(),
                new Holder<>()));
        assertEquals(404, missing.getFaultInfo().getStatus());
        ProblemFault badSize = assertThrows(ProblemFault.class, () -> port(SYSTEM).listInitiativeChanges(
                DatatypeFactory.newInstance().newXMLGregorianCalendar(instantIn(-60)), null, 501, new Holder<>(),
                new Holder<>()));
        assertEquals(400, badSize.getFaultInfo().getStatus());
        assertEquals("size", badSize.getFaultInfo().getError().get(0).getField());
        String fault = post(String.format(SOAP_ENVELOPE, "<i:getInitiative><id>999999999</id></i:getInitiative>"), true)
                .body();
        assertTrue(fault.contains("<faultcode>soap:Client</faultcode>"), fault);
    }

    @Test
    void without_credentials_401_and_hostile_xml_is_a_client_fault_that_resolves_nothing() throws Exception {
        assertEquals(401, post(String.format(SOAP_ENVELOPE, "<i:getInitiative><id>1</id></i:getInitiative>"), false)
                .statusCode());
        HttpResponse<String> doctype = post("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>" + String.format(SOAP_ENVELOPE, "<i:getInitiative><id>&x;</id>"
                + "</i:getInitiative>"), true);
        assertEquals(500, doctype.statusCode(), "a SOAP 1.1 fault");
        assertTrue(doctype.body().contains("<faultcode>soap:Client</faultcode>"), doctype.body());
        assertFalse(doctype.body().contains("root:"), "nothing of the entity resolved");
        HttpResponse<String> unknown = post(String.format(SOAP_ENVELOPE, "<i:dropEverything/>"), true);
        assertTrue(unknown.body().contains("<faultcode>soap:Client</faultcode>"), unknown.body());
        HttpResponse<String> broken = post("<s:Envelope", true);
        assertTrue(broken.body().contains("<faultcode>soap:Client</faultcode>"), broken.body());
        assertFalse(broken.body().contains("Payara"), "no server named");
    }

    private HttpResponse<String> post(String body, boolean credentials) throws IOException, InterruptedException {
        fixture();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "soap/integration"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (credentials) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (SYSTEM + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http(request);
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String withoutAddress(String wsdl) {
        return wsdl.replaceAll("soap:address location=\"[^\"]*\"", "soap:address location=\"\"").strip();
    }
}
