package vn.sangkien.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;

/**
 * The console's campaign and cluster pages in a real browser: a campaign's rubric set and read back
 * over the API (a refused one first, and read-only for who may not change it), its window typed by
 * hand, its organizer picked by name; a pact's criteria and weights and a member's manual points set
 * (a refused weight and score first) and seen in the evaluation; units and campaigns by their names
 * in the standings, lists and dashboard; the charts' legends and axes in the page's language, the
 * standings chart filling its box; at 1440 and 390 pixels wide. Each test signs in itself and makes
 * what it changes; the shared fixture is made through the API by whichever test comes first.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignConsoleIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Ct-" + s + "-Pass2026";
    static final String PROVINCE = "CP-" + S, DISTRICT_A = "CDA-" + S, DISTRICT_B = "CDB-" + S;
    static final String UNIT_A = "CGA-" + S, UNIT_B = "CGB-" + S;
    static final String PROVINCE_NAME = "Liên đoàn Lao động tỉnh Phú Thử " + S;
    static final String NAME_A = "Liên đoàn Lao động huyện An Phú " + S;
    static final String NAME_B = "Công đoàn ngành Y tế Bình Minh " + S;
    static final String FED = "cfed." + s, MEMBER = "cmem." + s;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final Once FIXTURE = new Once();

    @Override
    URL base() {
        return base;
    }

    Api fed() {
        return Api.at(base).as(FED, PASSWORD);
    }

    /** A province with two districts, a grassroots union in each, a federation officer and a member of UNIT_A. */
    void fixture() {
        FIXTURE.make(() -> {
            Api admin = admin();
            Fixtures.organization(admin, PROVINCE, PROVINCE_NAME, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, DISTRICT_A, NAME_A, "DISTRICT", PROVINCE).expect(201);
            Fixtures.organization(admin, DISTRICT_B, NAME_B, "DISTRICT", PROVINCE).expect(201);
            Fixtures.organization(admin, UNIT_A, "Công đoàn cơ sở Trường An " + S, "GRASSROOTS", DISTRICT_A).expect(201);
            Fixtures.organization(admin, UNIT_B, "Công đoàn cơ sở Bệnh viện Bình Minh " + S, "GRASSROOTS", DISTRICT_B).expect(201);
            Fixtures.user(admin, FED, PASSWORD, PROVINCE, "FEDERATION_OFFICER").expect(201);
            Fixtures.user(admin, MEMBER, PASSWORD, UNIT_A, "MEMBER").expect(201);
        });
    }

    /** An open campaign of PROVINCE made by this test (opened a minute ago: the newest on the dashboard). */
    String campaign(String prefix, String name) {
        String code = prefix + "-" + S;
        Fixtures.campaign(admin(), Fixtures.campaignBody(code, PROVINCE, null, instantIn(-60), instantIn(30 * 86_400))
                .add("name", name).add("targetInitiatives", 1000).add("targetCoveragePercent", 80)).expect(201);
        return code;
    }

    /** A cluster of PROVINCE with the two districts as members, UNIT_A's district first. */
    String cluster(String prefix) {
        String code = prefix + "-" + S;
        admin().post("clusters", obj("code", code, "name", "Cụm thi đua Đồng Bằng " + code, "organizerCode", PROVINCE,
                "headUnitCode", DISTRICT_A, "memberCodes", arr(DISTRICT_A, DISTRICT_B)).build()).expect(201);
        return code;
    }

    /** A submitted initiative of UNIT_A in the campaign; its id. */
    long register(String campaign) {
        return Api.at(base).as(MEMBER, PASSWORD).post("initiatives", Fixtures.initiative(campaign, UNIT_A,
                "Sáng kiến đo đạc tự động — thử nghiệm " + campaign).add("submit", true).build()).expect(201)
                .json().getJsonNumber("id").longValue();
    }

    @BeforeEach
    void wideWindow() {
        driver.manage().window().setSize(new Dimension(1440, 900));
    }

    @Test
    void rubricSetByWhoMayChangeTheCampaign() {
        fixture();
        String code = campaign("CR", "Đợt thi đua có thang điểm " + S);
        String national = "CRN-" + S;
        Fixtures.campaign(admin(), Fixtures.campaignBody(national, "TLD", null, instantIn(-60), instantIn(86_400)))
                .expect(201);
        login(FED, PASSWORD);
        open("/campaigns/edit.xhtml?code=" + code);
        assertEquals("40", find("#form\\:noveltyMax_input").getDomProperty("value"), "the campaign's rubric shown");
        type("#form\\:gradeA_input", "500");
        click("#form\\:save");
        assertTrue(text("#form\\:rubric").contains("Thang điểm không hợp lệ"), "the refusal beside the rubric: " + text("#form\\:rubric"));
        assertEquals(85, rubric(code).getInt("gradeA"), "nothing changed");
        screenshot("c01-rubric-refused");
        checkPage();
        type("#form\\:noveltyMax_input", "50");
        type("#form\\:applicabilityMax_input", "25");
        type("#form\\:benefitMax_input", "25");
        type("#form\\:passTotal_input", "60");
        type("#form\\:gradeA_input", "90");
        click("#form\\:save");
        awaitUrl("/campaigns/list.xhtml");
        JsonObject rubric = rubric(code);
        assertEquals(List.of(50, 25, 25, 60, 10, 90, 70, 50), List.of(rubric.getInt("noveltyMax"),
                rubric.getInt("applicabilityMax"), rubric.getInt("benefitMax"), rubric.getInt("passTotal"),
                rubric.getInt("criterionMin"), rubric.getInt("gradeA"), rubric.getInt("gradeB"), rubric.getInt("gradeC")));

        // A campaign of the level above: seen, not changed (the registry's rule, asked by the page).
        open("/campaigns/edit.xhtml?code=" + national);
        assertFalse(find("#form\\:noveltyMax_input").isEnabled(), "the national campaign's rubric is read-only here");
        assertTrue(findAll("#form\\:save").isEmpty(), "no save for a campaign of the level above");
        checkPage();

        // An empty list says what to do next, to those who may do it.
        open("/campaigns/list.xhtml");
        js("PF(arguments[0]).selectValue(arguments[1]);", widgetOf("filters:parent"), code);
        click("#filters\\:search");
        assertTrue(text("#tableForm\\:campaigns").contains("Chưa có chiến dịch nào"), text("#tableForm\\:campaigns"));
        assertTrue(text("#campaignsEmpty").contains("Tạo chiến dịch mới"), "an invitation to create one");
        checkPage();
        logout();
    }

    @Test
    void windowTypedByHandAndOrganizerPickedByName() {
        fixture();
        login(FED, PASSWORD);
        open("/campaigns/edit.xhtml");
        String code = "CW-" + S;
        type("#form\\:code", code);
        type("#form\\:name", "Đợt thi đua nhập tay " + S);
        String suggestion = pickSuggestion("form:organizerCode", "Phu Thu " + S);
        assertTrue(suggestion.contains(PROVINCE_NAME) && suggestion.contains(PROVINCE), "name (code): " + suggestion);
        LocalDateTime opens = LocalDateTime.now(VIETNAM).plusDays(2).truncatedTo(ChronoUnit.DAYS).withHour(7).withMinute(30);
        LocalDateTime closes = opens.plusDays(40).withHour(23).withMinute(59);
        type("#form\\:opensAt_input", TYPED.format(opens));
        assertFalse(find("#form\\:opensAt_panel").isDisplayed(), "typing does not open the calendar");
        find("#form\\:opensAt_input").sendKeys(Keys.ESCAPE);
        assertEquals(TYPED.format(opens), find("#form\\:opensAt_input").getDomProperty("value"), "Esc keeps the typed value");
        find("#form\\:opensAt_input").sendKeys(Keys.TAB);
        type("#form\\:closesAt_input", TYPED.format(closes));
        find("#form\\:closesAt_input").sendKeys(Keys.TAB);
        waitForAjax();
        assertEquals(TYPED.format(opens), find("#form\\:opensAt_input").getDomProperty("value"), "the value survives Tab");
        assertEquals(TYPED.format(closes), find("#form\\:closesAt_input").getDomProperty("value"));
        screenshot("c02-campaign-typed");
        click("#form\\:save");
        awaitUrl("/campaigns/list.xhtml");
        JsonObject saved = fed().get("campaigns/" + code).expect(200).json();
        assertEquals(PROVINCE, saved.getString("organizerCode"));
        assertEquals(opens.atZone(VIETNAM).toInstant(), Instant.parse(saved.getString("opensAt")));
        assertEquals(closes.atZone(VIETNAM).toInstant(), Instant.parse(saved.getString("closesAt")));

        // Changed by hand again on its page: the typed end is what is stored.
        open("/campaigns/edit.xhtml?code=" + code);
        assertEquals(TYPED.format(closes), find("#form\\:closesAt_input").getDomProperty("value"), "shown as stored");
        LocalDateTime later = closes.plusDays(3).withHour(17).withMinute(5);
        type("#form\\:closesAt_input", TYPED.format(later));
        find("#form\\:closesAt_input").sendKeys(Keys.TAB);
        click("#form\\:save");
        awaitUrl("/campaigns/list.xhtml");
        assertEquals(later.atZone(VIETNAM).toInstant(),
                Instant.parse(fed().get("campaigns/" + code).expect(200).json().getString("closesAt")));
        assertTrue(text("#tableForm\\:campaigns").contains("Đợt thi đua nhập tay " + S), "listed by its name");
        checkPage();
        logout();
    }

    @Test
    void pactCriteriaAndManualScores() {
        fixture();
        String campaign = campaign("CK", "Đợt thi đua có giao ước " + S);
        register(campaign);
        String cluster = cluster("CL");
        login(FED, PASSWORD);
        open("/clusters/detail.xhtml?code=" + cluster);
        assertTrue(text("#pactsEmpty").contains("Hãy ký giao ước"), "the empty state says what to do: " + text("#pactsEmpty"));
        checkPage();
        js("PF('pactCampaignMenu').selectValue(arguments[0]);", campaign);
        js("PF('signedOnPicker').setDate(new Date());");
        type("#pactForm\\:targetInitiatives_input", "5");
        type("#pactForm\\:memberTargets\\:0\\:targetInitiatives_input", "1");
        type("#pactForm\\:memberTargets\\:1\\:targetInitiatives_input", "1");
        assertEquals(3, findAll("#pactForm\\:criteria tbody tr").size(), "the default criteria to start from");
        click("#pactForm\\:addCriterion");
        js("PF(arguments[0]).selectValue('MANUAL_POINTS');", widgetOf("pactForm:criteria:3:criterion"));
        type("#pactForm\\:criteria\\:3\\:weight_input", "0");
        click("#pactForm\\:sign");
        assertTrue(messageBeside("pactForm:criteria:3:weight").contains("Trọng số phải lớn hơn 0"),
                "the weight's refusal beside it: " + messageBeside("pactForm:criteria:3:weight"));
        assertEquals(List.of(), fed().get("clusters/" + cluster + "/pacts").expect(200).items(), "nothing signed");
        screenshot("c03-pact-refused");
        type("#pactForm\\:criteria\\:3\\:weight_input", "100");
        find("#pactForm\\:sign").click();
        awaitUrl("campaign=" + campaign);
        JsonObject pact = fed().get("clusters/" + cluster + "/pacts").expect(200).items().get(0);
        Map<String, Double> weights = new java.util.HashMap<>();
        pact.getJsonArray("criteria").getValuesAs(JsonObject.class)
                .forEach(c -> weights.put(c.getString("criterion"), c.getJsonNumber("weight").doubleValue()));
        assertEquals(Map.of("TARGET_REACHED", 40.0, "COVERAGE", 30.0, "RECOGNIZED_SHARE", 30.0, "MANUAL_POINTS", 100.0), weights);
        assertTrue(text("#evaluation tbody tr").contains(NAME_A), "first before the points: " + text("#evaluation"));

        js("PF('scoreUnitMenu').selectValue(arguments[0]);", DISTRICT_B);
        type("#scoreForm\\:points_input", "150");
        click("#scoreForm\\:give");
        assertTrue(messageBeside("scoreForm:points").contains("0 đến 100"), "the score's refusal beside it");
        assertEquals(0.0, manualPoints(cluster, campaign, DISTRICT_B), "nothing stored");
        type("#scoreForm\\:points_input", "90");
        click("#scoreForm\\:give");
        assertEquals(90.0, manualPoints(cluster, campaign, DISTRICT_B));
        String first = text("#evaluation tbody tr");
        assertTrue(first.contains(NAME_B) && first.contains("45,0"), "the points move the unit to the top: " + first);
        screenshot("c04-evaluation");
        checkPage();
        logout();
    }

    @Test
    void standingsByNameAndChartsInThePageLanguage() {
        fixture();
        String campaign = campaign("CS", "Đợt thi đua bảng xếp hạng " + S);
        register(campaign);
        String cluster = cluster("CC");
        fed().post("clusters/" + cluster + "/pacts", obj("campaignCode", campaign, "signedOn", "2026-01-05",
                "targetInitiatives", 4, "memberTargets", arr(obj("unitCode", DISTRICT_A, "targetInitiatives", 1),
                        obj("unitCode", DISTRICT_B, "targetInitiatives", 3))).build()).expect(201);
        login(FED, PASSWORD);
        open("/clusters/detail.xhtml?code=" + cluster + "&campaign=" + campaign);
        String members = text("#members");
        assertTrue(members.contains(NAME_A) && members.contains(NAME_B), "the standings by name: " + members);
        assertEquals(NAME_A, text("#clusterLeader"), "the leader by name");
        Map<?, ?> chart = chart("memberChart");
        assertEquals(List.of("Số sáng kiến đăng ký", "Chỉ tiêu"), chart.get("legend"));
        assertEquals(List.of(NAME_A, NAME_B), chart.get("labels"), "the bars by the units' names");
        assertEquals(List.of("Đơn vị", "Số sáng kiến"), chart.get("axes"));
        assertFillsItsBox("memberChart");
        screenshot("c05-cluster-vi-1440");
        checkPage();

        open("/clusters/list.xhtml");
        assertTrue(text("#tableForm\\:clusters").contains(PROVINCE_NAME), "the organizer by name");
        open("/index.xhtml");
        String leaderboard = text("#leaderboard");
        assertTrue(leaderboard.contains(NAME_A) && leaderboard.contains("Đợt thi đua bảng xếp hạng " + S),
                "the dashboard's leaderboard by name: " + leaderboard);
        assertEquals(List.of("Ngày", "Số sáng kiến"), chart("perDayChart").get("axes"));
        checkPage();

        clickAndLoad("#languageForm\\:langEn");
        open("/clusters/detail.xhtml?code=" + cluster + "&campaign=" + campaign);
        chart = chart("memberChart");
        assertEquals(List.of("Registered initiatives", "Target"), chart.get("legend"), "the legend in English");
        assertEquals(List.of("Unit", "Initiatives"), chart.get("axes"));
        assertTrue(text("#members").contains("Yes"), text("#members"));
        checkPage();
        open("/index.xhtml");
        assertEquals(List.of("Day", "Initiatives"), chart("perDayChart").get("axes"));
        checkPage();
        clickAndLoad("#languageForm\\:langVi");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/clusters/detail.xhtml?code=" + cluster + "&campaign=" + campaign);
        assertFillsItsBox("memberChart");
        js("document.getElementById('memberChart').scrollIntoView();");
        screenshot("c06-cluster-vi-390");
        assertEquals(List.of(), js("return Array.from(document.querySelectorAll('main *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.ui-helper-hidden-accessible'))"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);"), "nothing wider than the phone's screen");
        checkPage();
        open("/campaigns/edit.xhtml?code=" + campaign);
        screenshot("c07-campaign-vi-390");
        checkPage();
        logout();
    }

    @Test
    void everyPageFitsAPhoneInBothLanguages() {
        fixture();
        String campaign = campaign("CP", "Đợt thi đua xem trên điện thoại với tên rất dài của liên đoàn lao động " + S);
        long initiative = register(campaign);
        String cluster = cluster("CP");
        driver.manage().window().setSize(new Dimension(390, 844));
        login("admin", Deployments.adminPassword());
        for (String language : List.of("langEn", "langVi")) {
            clickAndLoad("#languageForm\\:" + language);
            for (String page : List.of("/index.xhtml", "/initiatives/list.xhtml", "/initiatives/register.xhtml",
                    "/initiatives/import.xhtml", "/initiatives/detail.xhtml?id=" + initiative, "/campaigns/list.xhtml",
                    "/campaigns/edit.xhtml", "/campaigns/edit.xhtml?code=" + campaign, "/clusters/list.xhtml",
                    "/clusters/detail.xhtml?code=" + cluster + "&campaign=" + campaign, "/organizations/list.xhtml",
                    "/admin/users/list.xhtml", "/audit/list.xhtml", "/reports/list.xhtml")) {
                open(page);
                assertFitsTheWidth();
                checkPage();
            }
        }
        logout();
    }

    private JsonObject rubric(String campaign) {
        return fed().get("campaigns/" + campaign).expect(200).json().getJsonObject("rubric");
    }

    private double manualPoints(String cluster, String campaign, String unit) {
        return fed().get("clusters/" + cluster + "/evaluation?campaign=" + campaign).expect(200).json()
                .getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("unitCode").equals(unit)).findFirst().orElseThrow()
                .getJsonObject("values").getJsonNumber("MANUAL_POINTS").doubleValue();
    }

    /** The widget variable PrimeFaces gave a component that has none of its own. */
    private static String widgetOf(String clientId) {
        return "widget_" + clientId.replace(':', '_');
    }

    /** The text of the messages shown beside a field (its sk:field or table cell). */
    private String messageBeside(String clientId) {
        return (String) js("var e = document.getElementById(arguments[0]);"
                + " var box = e.closest('.sk-field') || e.closest('td');"
                + " return Array.from(box.querySelectorAll('.ui-message-error')).map(m => m.textContent).join(' ');", clientId);
    }

    /** What a Chart.js chart shows: its legend, its labels and its axes' titles. */
    private Map<?, ?> chart(String id) {
        return (Map<?, ?>) js("var c = Chart.getChart(document.querySelector('#' + arguments[0] + ' canvas'));"
                + " var scales = c.options.scales || {}; var index = c.options.indexAxis || 'x';"
                + " var value = index === 'x' ? 'y' : 'x';"
                + " return {legend: c.data.datasets.map(d => d.label), labels: c.data.labels,"
                + " axes: [scales[index].title.text, scales[value].title.text]};", id);
    }

    /** The chart's canvas takes the whole box the page gives it, not a corner of it. */
    private void assertFillsItsBox(String id) {
        Map<?, ?> sizes = (Map<?, ?>) js("var box = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " var canvas = document.querySelector('#' + arguments[0] + ' canvas').getBoundingClientRect();"
                + " return {bw: box.width, bh: box.height, cw: canvas.width, ch: canvas.height};", id);
        double bw = ((Number) sizes.get("bw")).doubleValue(), bh = ((Number) sizes.get("bh")).doubleValue();
        double cw = ((Number) sizes.get("cw")).doubleValue(), ch = ((Number) sizes.get("ch")).doubleValue();
        assertTrue(bh >= 150 && cw >= 0.95 * bw && ch >= 0.95 * bh, "the chart fills its box: " + sizes);
    }
}
