package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;
import static vn.sangkien.support.Json2.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.soapclient.Author;
import vn.sangkien.soapclient.InitiativeRegistration;
import vn.sangkien.soapclient.IntegrationPortType;
import vn.sangkien.soapclient.RegistrationResult;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;
import vn.sangkien.support.SoapPorts;

/**
 * The audit trail (docs/api.md, "Audit trail"): every change over REST, SOAP and by the clock is
 * found with its channel, refused sign-ins and lockouts too, and each reader sees only what
 * {@code Privileges.auditScope} allows. Console changes are checked in ConsoleIT. Two provinces of
 * this run's own, so that earlier runs' entries change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Nhat-ky-" + s + "-2026";
    static final String PROVINCE = "AP-" + S, UNIT = "AU-" + S, CAMPAIGN = "AC-" + S;
    static final String OTHER_PROVINCE = "AQ-" + S;
    static final String FED = "nk.fed." + s, OTHER_FED = "nk.fed2." + s, OFFICER = "nk.officer." + s,
            MEMBER = "nk.member." + s, REVIEWER = "nk.reviewer." + s, SYSTEM = "nk.system." + s;

    private static final Once FIXTURE = new Once();

    Api as(String username) {
        return Api.at(base).as(username, PASSWORD);
    }

    Api admin() {
        return Api.at(base).as("admin", Deployments.adminPassword());
    }

    void fixture() {
        FIXTURE.make(() -> {
            Api admin = admin();
            Fixtures.organization(admin, PROVINCE, "Liên đoàn Lao động tỉnh Nhật Ký " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, OTHER_PROVINCE, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD")
                    .expect(201);
            Fixtures.user(admin, FED, PASSWORD, PROVINCE, "FEDERATION_OFFICER").expect(201);
            Fixtures.user(admin, OTHER_FED, PASSWORD, OTHER_PROVINCE, "FEDERATION_OFFICER").expect(201);
            // The province's own officer builds the rest: its changes are its province's entries.
            Api fed = as(FED);
            Fixtures.organization(fed, UNIT, "Công đoàn cơ sở Ghi Chép " + S, "GRASSROOTS", PROVINCE).expect(201);
            Fixtures.user(fed, OFFICER, PASSWORD, UNIT, "UNIT_OFFICER").expect(201);
            Fixtures.user(fed, MEMBER, PASSWORD, UNIT, "MEMBER").expect(201);
            Fixtures.user(fed, REVIEWER, PASSWORD, PROVINCE, "REVIEWER").expect(201);
            Fixtures.user(fed, SYSTEM, PASSWORD, PROVINCE, "INTEGRATION").expect(201);
            Fixtures.campaign(fed, CAMPAIGN, PROVINCE, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
        });
    }

    /** The entries of one thing as {@code reader} finds them, newest first. */
    private List<JsonObject> entriesOf(Api reader, String entityType, String entityId) {
        return reader.get("audit?entityType=" + entityType + "&entityId=" + Api.enc(entityId) + "&size=200")
                .expect(200).items();
    }

    private static JsonObject only(List<JsonObject> entries, String action) {
        List<JsonObject> found = entries.stream().filter(e -> action.equals(text(e.get("action")))).toList();
        assertEquals(1, found.size(), action + " in " + entries);
        return found.get(0);
    }

    private static void assertEntry(JsonObject entry, String username, String channel, String organizationCode) {
        assertEquals(username, textOrNull(entry.get("username")), entry.toString());
        assertEquals(channel, text(entry.get("channel")), entry.toString());
        assertEquals(organizationCode, textOrNull(entry.get("organizationCode")), entry.toString());
    }

    /** Null members are named in answers, with the value null. */
    private static String textOrNull(JsonValue value) {
        assertTrue(value != null, "every member is named");
        return value == JsonValue.NULL ? null : text(value);
    }

    @Test
    void every_change_over_rest_is_recorded_with_who_when_how_and_where() {
        fixture();
        Instant before = Instant.now().minusSeconds(1);
        String title = "Sáng kiến có nhật ký — " + S;
        Response draft = as(MEMBER).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT, title)
                .add("submit", false).build()).expect(201);
        String id = text(draft.json().get("id"));
        as(MEMBER).put("initiatives/" + id, Fixtures.initiative(CAMPAIGN, UNIT, title + " (sửa)").build(),
                draft.etag()).expect(200);
        as(MEMBER).post("initiatives/" + id + "/transitions", obj("action", "SUBMIT").build()).expect(200);
        as(OFFICER).post("initiatives/" + id + "/transitions", obj("action", "VERIFY").build()).expect(200);

        List<JsonObject> entries = entriesOf(as(FED), "INITIATIVE", id);
        assertEquals(List.of("VERIFY", "SUBMIT", "EDIT", "REGISTER"),
                entries.stream().map(e -> text(e.get("action"))).toList(), "newest first: " + entries);
        assertEntry(only(entries, "REGISTER"), MEMBER, "REST", UNIT);
        assertEntry(only(entries, "EDIT"), MEMBER, "REST", UNIT);
        assertEntry(only(entries, "SUBMIT"), MEMBER, "REST", UNIT);
        assertEntry(only(entries, "VERIFY"), OFFICER, "REST", UNIT);
        assertEquals(title + " (sửa)", text(only(entries, "EDIT").get("detail")), "Vietnamese text exact");
        for (JsonObject e : entries) {
            assertEquals("INITIATIVE", text(e.get("entityType")));
            assertEquals(id, text(e.get("entityId")));
            Instant at = Instant.parse(text(e.get("at")));
            assertTrue(at.isAfter(before) && at.isBefore(Instant.now().plusSeconds(1)), e.toString());
        }
        // Organizations, users and campaigns made by the fixture, each by its author.
        assertEntry(only(entriesOf(as(FED), "ORGANIZATION", UNIT), "CREATE"), FED, "REST", UNIT);
        assertEntry(only(entriesOf(as(FED), "USER", MEMBER), "CREATE"), FED, "REST", UNIT);
        assertEntry(only(entriesOf(as(FED), "CAMPAIGN", CAMPAIGN), "CREATE"), FED, "REST", PROVINCE);
        assertEntry(only(entriesOf(admin(), "ORGANIZATION", PROVINCE), "CREATE"), "admin", "REST", PROVINCE);
        as(FED).put("campaigns/" + CAMPAIGN, obj("name", "Đợt thi đua đổi tên " + S).build(),
                as(FED).get("campaigns/" + CAMPAIGN).expect(200).etag()).expect(200);
        assertEntry(only(entriesOf(as(FED), "CAMPAIGN", CAMPAIGN), "UPDATE"), FED, "REST", PROVINCE);
    }

    @Test
    void soap_registrations_are_recorded_as_soap() throws Exception {
        fixture();
        IntegrationPortType port = SoapPorts.as(base, SYSTEM, PASSWORD);
        InitiativeRegistration item = new InitiativeRegistration();
        item.setClientReference("nk-soap/" + s);
        item.setCampaignCode(CAMPAIGN);
        item.setUnitCode(UNIT);
        item.setTitle("Sáng kiến gửi qua SOAP — " + S);
        item.setField("TECHNOLOGY");
        item.setSummary("Tóm tắt.");
        Author author = new Author();
        author.setFullName("Phạm Thị Lan");
        author.setSharePercent(new BigDecimal("100"));
        item.getAuthor().add(author);
        RegistrationResult result = port.registerInitiatives(List.of(item)).get(0);
        assertEquals(201, result.getStatus());

        JsonObject entry = only(entriesOf(as(FED), "INITIATIVE", String.valueOf(result.getId())), "REGISTER");
        assertEntry(entry, SYSTEM, "SOAP", UNIT);
        // A replay stores nothing, and records nothing.
        port.registerInitiatives(List.of(item));
        assertEquals(1, entriesOf(as(FED), "INITIATIVE", String.valueOf(result.getId())).size());
    }

    @Test
    void the_clock_opening_and_closing_a_campaign_is_recorded_as_the_system() throws Exception {
        fixture();
        String campaign = "AT-" + S;
        Fixtures.campaign(as(FED), campaign, PROVINCE, null, instantIn(2), instantIn(4)).expect(201);
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<JsonObject> entries;
        do {
            Thread.sleep(500);
            entries = entriesOf(as(FED), "CAMPAIGN", campaign);
        } while (entries.stream().noneMatch(e -> "CLOSE".equals(text(e.get("action")))) && System.nanoTime() < deadline);
        for (String action : new String[] {"OPEN", "CLOSE"}) {
            JsonObject entry = only(entries, action);
            assertEquals(JsonValue.NULL, entry.get("username"), "no user did it: " + entry);
            assertEquals("SYSTEM", text(entry.get("channel")));
            assertEquals(PROVINCE, text(entry.get("organizationCode")));
        }
        assertEntry(only(entries, "CREATE"), FED, "REST", PROVINCE);
    }

    @Test
    void refused_sign_ins_and_lockouts_are_recorded_and_an_unknown_account_only_for_administrators() {
        fixture();
        String owner = "nk.owner." + s;
        Fixtures.user(as(FED), owner, PASSWORD, UNIT, "MEMBER").expect(201);
        Api from = Api.at(base).withHeader("X-Forwarded-For", "10.40.0.7");
        for (int i = 0; i < 6; i++) {
            from.as(owner, "sai-" + i).get("me").expect(401);
        }
        List<JsonObject> entries = entriesOf(as(FED), "SESSION", owner);
        assertEquals(6, entries.stream().filter(e -> "SIGN_IN_REFUSED".equals(text(e.get("action")))).count(),
                entries.toString());
        JsonObject lock = only(entries, "LOCK");
        assertEntry(lock, owner, "REST", UNIT);
        assertTrue(text(lock.get("detail")).contains("10.40.0.7"), lock.toString());

        String nobody = "nk.nobody." + s;
        from.as(nobody, "sai").get("me").expect(401);
        assertEquals(0, entriesOf(as(FED), "SESSION", nobody).size(), "an account of no organization: not the province's");
        JsonObject refused = only(entriesOf(admin(), "SESSION", nobody), "SIGN_IN_REFUSED");
        assertEntry(refused, nobody, "REST", null);
        assertTrue(text(refused.get("detail")).contains("no such account"), refused.toString());
    }

    @Test
    void each_reader_sees_its_subtree_and_nobody_else_reads_or_changes_the_trail() {
        fixture();
        String id = text(as(MEMBER).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT, "Sáng kiến phạm vi " + S)
                .build()).expect(201).json().get("id"));
        assertEquals(1, entriesOf(as(FED), "INITIATIVE", id).size());
        assertEquals(1, entriesOf(admin(), "INITIATIVE", id).size());
        assertEquals(0, entriesOf(as(OTHER_FED), "INITIATIVE", id).size(), "another province's officer");
        assertEquals(0, as(OTHER_FED).get("audit?username=" + FED).expect(200).number("total"));
        for (String reader : new String[] {OFFICER, MEMBER, REVIEWER, SYSTEM}) {
            as(reader).get("audit").expect(403).assertProblem();
        }
        Api.at(base).get("audit").expect(401);
        for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
            boolean body = !"DELETE".equals(method);
            Response r = admin().send(method, "audit", body ? "{}" : null, body ? "application/json" : null, Map.of());
            assertEquals(405, r.status(), method + " " + r);
        }
    }

    @Test
    void filters_and_pages_in_the_database() {
        fixture();
        Instant start = Instant.now().minusMillis(1);
        for (int i = 0; i < 3; i++) {
            as(MEMBER).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT, "Sáng kiến lọc " + i + " " + S).build())
                    .expect(201);
        }
        String mine = "audit?username=" + MEMBER + "&entityType=initiative&since=" + Api.enc(start.toString());
        Response all = as(FED).get(mine + "&size=200").expect(200);
        assertEquals(3, all.number("total"));
        Response page = as(FED).get(mine + "&size=2&page=1").expect(200);
        assertEquals(3, page.number("total"));
        assertEquals(1, page.items().size());
        assertEquals(all.items().get(2), page.items().get(0), "the pages cut the same order");
        assertEquals(0, as(FED).get(mine + "&until=" + Api.enc(start.toString())).expect(200).number("total"));
        assertEquals(3, as(FED).get(mine + "&channel=REST").expect(200).number("total"));
        assertEquals(0, as(FED).get(mine + "&channel=SOAP").expect(200).number("total"));
        as(FED).get("audit?entityType=BANANA").expect(400).expectInvalid("entityType");
        as(FED).get("audit?since=yesterday").expect(400).expectInvalid("since");
        as(FED).get("audit?size=201").expect(400).expectInvalid("size");
    }
}
