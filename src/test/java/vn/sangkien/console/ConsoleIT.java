package vn.sangkien.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.ImportFiles;
import vn.sangkien.support.Once;

/**
 * The console in a real browser against the built WAR: log in, register an initiative (a refused
 * form first), find one by a filter without diacritics, export it and open the file, verify and
 * recognise one (a refused score first), see the dashboard's figures change; every main page of every
 * role is visited with no JavaScript error and no serious axe-core violation, in Vietnamese and in
 * English; another subtree's initiative is not found. Each test stands alone: it signs in itself,
 * starts without cookies, and finds the organizations, users and initiatives it reads in the shared
 * fixture (created through the API by whichever test comes first) or creates its own.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Bt-" + s + "-Pass2026";
    static final String PROVINCE = "BP-" + S, DISTRICT = "BD-" + S, UNIT = "BG-" + S, OTHER = "BO-" + S;
    static final String CAMPAIGN = "BC-" + S;
    static final String FED = "bfed." + s, OFFICER = "bunit." + s, REVIEWER = "brev." + s, MEMBER = "bmem." + s;
    /** The fixture's initiative in UNIT, the one the filter without diacritics finds. */
    static final String TITLE = "Ứng dụng số hoá hồ sơ công đoàn — thử nghiệm " + S;

    private static final Once FIXTURE = new Once();
    static String initiativeId;
    static long otherInitiative;

    @Override
    URL base() {
        return base;
    }

    /**
     * The shared fixture, created through the API by the first test that needs it: a province with a
     * district and a unit, users of four roles, an open campaign, TITLE's initiative (submitted) in
     * the unit, and another province's initiative for the scope check.
     */
    void fixture() {
        FIXTURE.make(() -> {
            Api admin = admin();
            Fixtures.organization(admin, PROVINCE, "Liên đoàn Lao động tỉnh Thử " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, DISTRICT, "Liên đoàn Lao động huyện Thử " + S, "DISTRICT", PROVINCE).expect(201);
            Fixtures.organization(admin, UNIT, "Công đoàn cơ sở Ánh Sáng " + S, "GRASSROOTS", DISTRICT).expect(201);
            Fixtures.organization(admin, OTHER, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD").expect(201);
            String[][] users = {{FED, "FEDERATION_OFFICER", PROVINCE}, {OFFICER, "UNIT_OFFICER", UNIT},
                {REVIEWER, "REVIEWER", PROVINCE}, {MEMBER, "MEMBER", UNIT}};
            for (String[] u : users) {
                Fixtures.user(admin, Fixtures.userBody(u[0], PASSWORD, u[2], u[1]).add("fullName", "Nguyễn Thị " + u[0]))
                        .expect(201);
            }
            campaign(admin, CAMPAIGN);
            initiativeId = register(CAMPAIGN, TITLE);
            // An initiative of another province, for the scope check.
            String otherUnit = "BOG-" + S, otherCampaign = "BOC-" + S;
            Fixtures.organization(admin, otherUnit, "Công đoàn cơ sở Khác " + S, "GRASSROOTS", OTHER).expect(201);
            Fixtures.campaign(admin, Fixtures.campaignBody(otherCampaign, OTHER, null, instantIn(-86_400),
                    instantIn(30 * 86_400)).add("name", "Đợt khác " + S)).expect(201);
            otherInitiative = admin.post("initiatives", obj("campaignCode", otherCampaign, "unitCode", otherUnit,
                    "title", "Sáng kiến của tỉnh khác " + S, "field", "TECHNOLOGY", "summary", "Tóm tắt.",
                    "authors", arr(obj("fullName", "Lê Văn Khác"))).build()).expect(201).json().getJsonNumber("id").longValue();
        });
    }

    /** An open campaign of PROVINCE: 10 initiatives, 80% of the units. */
    static void campaign(Api admin, String code) {
        Fixtures.campaign(admin, Fixtures.campaignBody(code, PROVINCE, null, instantIn(-86_400), instantIn(30 * 86_400))
                .add("name", "Đợt thi đua trình duyệt " + code).add("targetInitiatives", 10)
                .add("targetCoveragePercent", 80)).expect(201);
    }

    /** A submitted initiative of UNIT in {@code campaign}, registered by MEMBER through the API; its id. */
    String register(String campaign, String title) {
        return Api.at(base).as(MEMBER, PASSWORD).post("initiatives", Fixtures.initiative(campaign, UNIT, title)
                .add("submit", true).build()).expect(201).json().getJsonNumber("id").toString();
    }

    @Test
    void loginAndDashboard() throws IOException, InterruptedException {
        fixture();
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode(), "the favicon");
        open("/initiatives/list.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "a page without a session goes to the login page");
        screenshot("01-login");
        checkPage();
        type("#loginForm\\:username", OFFICER);
        type("#loginForm\\:password", "wrong-password");
        clickAndLoad("#loginForm\\:submit");
        assertTrue(text("#loginForm\\:loginMessages").contains("không đúng"), text("#loginForm\\:loginMessages"));
        login(OFFICER, PASSWORD);
        assertTrue(text("#kpiRegistered").matches("\\d+"), text("#kpiRegistered"));
        assertTrue(text("#kpiRecognized").matches("\\d+"), text("#kpiRecognized"));
        assertTrue(text(".sk-user").contains(UNIT));
        checkPage();
    }

    @Test
    void registerWithMessagesBesideTheFields() {
        fixture();
        // a title the filter of findByFilterAndExport does not find: that one finds TITLE alone
        String title = "Sổ tay điện tử của công đoàn — thử nghiệm đăng ký " + S;
        login(OFFICER, PASSWORD);
        long registeredBefore = Long.parseLong(text("#kpiRegistered"));
        open("/initiatives/register.xhtml");
        checkPage();
        js("PF('campaignMenu').selectValue(arguments[0]);", CAMPAIGN);
        js("PF('fieldMenu').selectValue('TECHNOLOGY');");
        type("#form\\:title", title);
        type("#form\\:summary", "Số hoá toàn bộ hồ sơ đoàn viên, tra cứu nhanh trên điện thoại.");
        type("#form\\:solution", "Xây dựng biểu mẫu điện tử và kho lưu trữ tập trung.");
        type("#form\\:estimatedValueVnd_input", "125000000");
        type("#form\\:authors\\:0\\:fullName", "Nguyễn Văn Ánh");
        type("#form\\:authors\\:0\\:sharePercent_input", "60");
        click("#form\\:addAuthor");
        type("#form\\:authors\\:1\\:fullName", "Trần Thị Bình");
        type("#form\\:authors\\:1\\:sharePercent_input", "30");
        click("#form\\:addAuthor");
        assertEquals(3, findAll("#form\\:authors tbody tr").size(), "an author row added in place");
        click("#form\\:authors\\:2\\:removeAuthor");
        assertEquals(2, findAll("#form\\:authors tbody tr").size(), "an author row removed in place");
        click("#form\\:submit");
        assertTrue(text("#form\\:authorsMessage").contains("Tổng tỷ lệ đóng góp phải bằng 100"), text("#form\\:authorsMessage"));
        assertTrue(driver.getCurrentUrl().contains("/register.xhtml"), "nothing stored, still on the form");
        screenshot("03-register-refused");
        type("#form\\:authors\\:1\\:sharePercent_input", "40");
        type("#form\\:title", "");
        click("#form\\:submit");
        assertTrue(findAll("#form .ui-message-error").stream().anyMatch(m -> m.getText().contains("bắt buộc")),
                "the title's message beside it");
        type("#form\\:title", title);
        find("#form\\:submit").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/detail.xhtml"));
        waitForAjax();
        assertEquals(title, text("#initiativeTitle"), "the Vietnamese title kept exactly");
        assertTrue(text("#initiativeStatus").contains("Đã gửi"));
        checkPage();
        open("/index.xhtml");
        assertEquals(registeredBefore + 1, Long.parseLong(text("#kpiRegistered")), "the dashboard counts the new initiative");
    }

    @Test
    void findByFilterAndExport() throws IOException {
        fixture();
        login(OFFICER, PASSWORD);
        open("/initiatives/list.xhtml");
        type("#filters\\:q", "ung dung so hoa");
        assertEquals("Công đoàn cơ sở Ánh Sáng " + S + " (" + UNIT + ")", pickSuggestion("filters:unit", "Ánh Sáng " + S),
                "the unit picked by its name");
        click("#filters\\:search");
        assertEquals("Công đoàn cơ sở Ánh Sáng " + S + " (" + UNIT + ")", find("#filters\\:unit_input").getAttribute("value"),
                "the filter keeps the unit's name after the search");
        String table = text("#tableForm\\:initiatives");
        assertTrue(table.contains(TITLE), "found without diacritics: " + table);
        assertTrue(table.contains("1–1"), table);
        screenshot("02-initiatives");
        checkPage();
        find("#filters\\:exportXlsx").click();
        Path xlsx = awaitDownload(".xlsx");
        assertTrue(entriesContain(xlsx, TITLE), "the xlsx holds the initiative");
        assertTrue(entriesContain(xlsx, "Danh sách sáng kiến")
                && entriesContain(xlsx, "Đơn vị (cả cây đơn vị con) Công đoàn cơ sở Ánh Sáng " + S + " (" + UNIT + ")") && entriesContain(xlsx, "Đã gửi")
                && entriesContain(xlsx, "<f>SUM(I5:I"), "title, filter line, status name, totals");
        assertFalse(entriesContain(xlsx, "SUBMITTED"), "statuses by their Vietnamese names, not their codes");
        find("#filters\\:exportPdf").click();
        Path pdf = awaitDownload(".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 1000 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        assertNoJavaScriptErrors();
    }

    @Test
    void verifyThenRecogniseWithTheRubric() {
        fixture();
        String id = register(CAMPAIGN, "Quy trình xác nhận và công nhận — thử nghiệm " + S);
        login(OFFICER, PASSWORD);
        long recognizedBefore = Long.parseLong(text("#kpiRecognized"));
        open("/initiatives/detail.xhtml?id=" + id);
        click(".sk-action-VERIFY");
        click("#actionForm\\:confirm");
        awaitStatus("Đã xác nhận");
        screenshot("04-detail");
        checkPage();
        logout();

        login(REVIEWER, PASSWORD);
        open("/initiatives/detail.xhtml?id=" + id);
        click(".sk-action-RECOGNIZE");
        type("#actionForm\\:decisionNumber", "QĐ-" + S);
        type("#actionForm\\:scores_novelty_input", "55");
        type("#actionForm\\:scores_applicability_input", "25");
        type("#actionForm\\:scores_benefit_input", "25");
        click("#actionForm\\:confirm");
        assertTrue(findAll("#actionForm .ui-message-error").stream().anyMatch(m -> m.getText().contains("0 đến 40")),
                "the score's message beside it");
        type("#actionForm\\:scores_novelty_input", "35");
        click("#actionForm\\:confirm");
        awaitStatus("Đã công nhận");
        assertTrue(text("#review").contains("85"), text("#review"));
        checkPage();
        logout();

        login(OFFICER, PASSWORD);
        assertEquals(recognizedBefore + 1, Long.parseLong(text("#kpiRecognized")), "the dashboard counts the recognition");
        open("/initiatives/detail.xhtml?id=" + id);
        assertTrue(findAll("#auditTrail").isEmpty(), "a unit officer does not read the audit trail");
        logout();

        // The moves made here are the console's in the audit trail, beside the registration over REST.
        login(FED, PASSWORD);
        open("/initiatives/detail.xhtml?id=" + id);
        String trail = text("#auditTrail");
        assertTrue(trail.contains("RECOGNIZE") && trail.contains("VERIFY") && trail.contains("REGISTER"), trail);
        assertTrue(trail.contains("Giao diện quản trị") && trail.contains("REST API"), trail);
        checkPage();
        List<JsonObject> entries = Api.at(base).as(FED, PASSWORD).get("audit?entityType=INITIATIVE&entityId=" + id)
                .expect(200).items();
        Map<String, String> channelOf = entries.stream().collect(Collectors.toMap(e -> e.getString("action"),
                e -> e.getString("channel")));
        assertEquals(Map.of("REGISTER", "REST", "VERIFY", "CONSOLE", "RECOGNIZE", "CONSOLE"), channelOf);
    }

    @Test
    void auditTrailFilteredAndExported() throws IOException {
        fixture();
        open("/login.xhtml");
        type("#loginForm\\:username", REVIEWER);
        type("#loginForm\\:password", "sai-mat-khau");
        clickAndLoad("#loginForm\\:submit");
        List<JsonObject> refused = Api.at(base).as(FED, PASSWORD).get("audit?entityType=SESSION&entityId=" + REVIEWER)
                .expect(200).items();
        assertTrue(refused.stream().anyMatch(e -> "SIGN_IN_REFUSED".equals(e.getString("action"))
                && "CONSOLE".equals(e.getString("channel"))), "a sign-in refused in the console: " + refused);
        login(MEMBER, PASSWORD);
        assertTrue(findAll("#menuForm\\:mAudit").isEmpty() && !text("#menuForm\\:menu").contains("Nhật ký"),
                "no menu entry for a member");
        open("/audit/list.xhtml");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "the audit trail is refused to a member");
        forgetBrowserLog();
        logout();

        login(FED, PASSWORD);
        open("/index.xhtml");
        assertTrue(text("#menuForm\\:menu").contains("Nhật ký thay đổi"), text("#menuForm\\:menu"));
        open("/audit/list.xhtml");
        type("#filters\\:username", MEMBER);
        click("#filters\\:search");
        String table = text("#tableForm\\:entries");
        assertTrue(table.contains(MEMBER) && table.contains("REGISTER") && table.contains(UNIT), table);
        assertTrue(table.contains("REST API") && table.contains("Sáng kiến"), "channel and kind in Vietnamese: " + table);
        assertFalse(table.contains("Không có thay đổi"), table);
        screenshot("11-audit");
        checkPage();
        find("#filters\\:exportXlsx").click();
        Path xlsx = awaitDownload(".xlsx");
        assertTrue(entriesContain(xlsx, MEMBER) && entriesContain(xlsx, "Người thực hiện"), "the xlsx holds the entries");
        type("#filters\\:username", "khong-co-ai-" + s);
        click("#filters\\:search");
        assertTrue(text("#tableForm\\:entries").contains("Không có thay đổi"), "the empty state says what to do");
        assertNoJavaScriptErrors();
        logout();
    }

    @Test
    void everyMainPageOfEveryRole() throws IOException {
        fixture();
        login(OFFICER, PASSWORD);
        String[] common = {"/index.xhtml", "/initiatives/list.xhtml", "/campaigns/list.xhtml",
            "/initiatives/detail.xhtml?id=" + initiativeId};
        for (String path : common) {
            open(path);
            checkPage();
        }
        logout();
        login(FED, PASSWORD);
        String[] federation = {"/index.xhtml", "/initiatives/register.xhtml", "/campaigns/list.xhtml",
            "/campaigns/edit.xhtml?code=" + CAMPAIGN, "/campaigns/edit.xhtml", "/organizations/list.xhtml",
            "/clusters/list.xhtml", "/reports/list.xhtml", "/audit/list.xhtml"};
        for (String path : federation) {
            open(path);
            assertTrue(findAll(".sk-title").size() == 1, "rendered " + path);
            checkPage();
        }
        open("/reports/list.xhtml");
        assertTrue(text("#tableForm\\:reports").contains("Chưa có báo cáo định kỳ"), "the empty state says what to do");
        open("/index.xhtml");
        screenshot("05-dashboard");
        open("/campaigns/edit.xhtml?code=" + CAMPAIGN);
        screenshot("06-campaign");
        find("#form\\:reportPdf").click();
        byte[] review = Files.readAllBytes(awaitDownload(".pdf"));
        assertTrue(new String(review, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "the campaign's review, one click away");
        open("/organizations/list.xhtml");
        click("#treeForm\\:tree .ui-tree-toggler");
        assertTrue(text("#treeForm\\:tree").contains(DISTRICT), "children loaded when the node opens");
        screenshot("07-organizations");
        checkPage();
        open("/admin/users/list.xhtml");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "administration is refused to a federation officer");
        forgetBrowserLog();
        logout();

        login(MEMBER, PASSWORD);
        open("/initiatives/list.xhtml");
        checkPage();
        open("/organizations/list.xhtml");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "the organization tree is not a member's");
        open("/campaigns/edit.xhtml?code=" + CAMPAIGN);
        assertFalse(find("#form\\:name").isEnabled(), "a member reads a campaign, it does not edit it");
        assertTrue(findAll("#form\\:save").isEmpty(), "no save button for a member");
        open("/campaigns/edit.xhtml");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "nor does it create one");
        forgetBrowserLog();
        logout();

        login(REVIEWER, PASSWORD);
        open("/initiatives/register.xhtml");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "a reviewer registers nothing");
        forgetBrowserLog();
        logout();

        login("admin", Deployments.adminPassword());
        open("/admin/users/list.xhtml");
        checkPage();
        click("#filters\\:create");
        String newUser = "bnew." + s;
        type("#userForm\\:username", newUser);
        type("#userForm\\:fullName", "Phạm Thị Hồng Nhung");
        type("#userForm\\:password", PASSWORD);
        assertTrue(pickSuggestion("userForm:organizationCode", UNIT).contains("Công đoàn cơ sở Ánh Sáng"),
                "the organization picked by its name");
        driver.findElement(org.openqa.selenium.By.xpath("//*[@id='userForm:roles']//label[text()='Đoàn viên']")).click();
        click("#userForm\\:save");
        type("#filters\\:organization", UNIT);
        click("#filters\\:search");
        assertTrue(text("#tableForm\\:users").contains(newUser) && text("#tableForm\\:users").contains("Phạm Thị Hồng Nhung"),
                text("#tableForm\\:users"));
        screenshot("08-users");
        checkPage();
        logout();
        login(newUser, PASSWORD);
        logout();
    }

    @Test
    void englishAndScope() {
        fixture();
        login(OFFICER, PASSWORD);
        clickAndLoad("#languageForm\\:langEn");
        assertTrue(text("#menuForm\\:menu").contains("Dashboard"), text("#menuForm\\:menu"));
        assertTrue(text(".sk-title").contains("Dashboard"));
        open("/initiatives/list.xhtml");
        assertTrue(text("#tableForm\\:initiatives").contains("Registered"));
        checkPage();
        screenshot("09-english");
        clickAndLoad("#languageForm\\:langVi");
        assertTrue(text("#menuForm\\:menu").contains("Tổng quan"));
        open("/initiatives/detail.xhtml?id=" + otherInitiative);
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "another province's initiative is not found");
        open("/initiatives/detail.xhtml?id=abc");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "an id that is no number: not found, not a blank page");
        forgetBrowserLog();
        logout();
    }

    @Test
    void clusterWithAPactAndItsStandings() throws IOException {
        fixture();
        // a campaign of its own, so that the cluster's count is this test's one initiative
        String campaign = "BCK-" + S;
        campaign(admin(), campaign);
        register(campaign, "Sáng kiến của cụm thi đua — thử nghiệm " + S);
        login(FED, PASSWORD);
        open("/clusters/list.xhtml");
        String cluster = "BCL-" + S;
        type("#createForm\\:code", cluster);
        type("#createForm\\:name", "Cụm thi đua số Một " + S);
        pickSuggestion("createForm:memberPick", DISTRICT);
        click("#createForm\\:addMember");
        assertTrue(text("#createForm\\:memberCodes").contains(DISTRICT), "the member added in place");
        find("#createForm\\:create").click();
        awaitUrl("/clusters/detail.xhtml");
        checkPage();
        js("PF('pactCampaignMenu').selectValue(arguments[0]);", campaign);
        js("PF('signedOnPicker').setDate(new Date(2026, 10, 1));");
        type("#pactForm\\:targetInitiatives_input", "5");
        type("#pactForm\\:memberTargets\\:0\\:targetInitiatives_input", "1");
        find("#pactForm\\:sign").click();
        awaitUrl("campaign=" + campaign);
        assertEquals("1", text("#clusterRegistered"), "the cluster counts its member's initiative");
        assertTrue(findAll("#memberChart canvas").size() == 1, "the bar chart of registered against target");
        screenshot("10-cluster");
        checkPage();
        find("#reportForm\\:reportXlsx").click();
        Path report = awaitDownload(".xlsx");
        assertTrue(entriesContain(report, "BÁO CÁO SƠ KẾT") && entriesContain(report, "Cụm thi đua số Một " + S),
                "the cluster's review, one click away");
        logout();
    }

    @Test
    void importFromExcel() throws IOException {
        fixture();
        String campaign = "BCI-" + S;
        campaign(admin(), campaign);
        login(OFFICER, PASSWORD);
        open("/initiatives/import.xhtml");
        checkPage();
        find("#templateForm\\:template").click();
        Path template = awaitDownload(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(template.toFile())) {
            assertEquals("Mã tham chiếu", workbook.getFirstSheet().read().get(0).getCellText(0));
        }
        Files.delete(template);

        Path file = Files.write(Files.createTempFile("nhap-", ".xlsx"), ImportFiles.xlsx(List.of(
                importRow("CI-1", campaign, "Sổ tay an toàn lao động " + S),
                importRow("CI-2", campaign, null),
                importRow("CI-3", campaign, "Phần mềm chấm công " + S))));
        upload(file);
        assertEquals("2", text("#resultForm\\:created"));
        assertEquals("1", text("#resultForm\\:refused"));
        assertTrue(text("#upload\\:progress").contains("100"), "the bar ends full: " + text("#upload\\:progress"));
        String table = text("#resultForm\\:rowsTable");
        assertTrue(table.contains("D · Tên sáng kiến: Trường này là bắt buộc."), table);
        screenshot("13-import");
        checkPage();
        find("#resultForm\\:reportFile").click();
        Path report = awaitDownload(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(report.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertEquals("Lỗi", rows.get(0).getCellText(14));
            assertEquals("CI-2", rows.get(2).getCellText(0));
            assertEquals("Bị từ chối", rows.get(2).getCellText(12));
            assertTrue(rows.get(2).getCellText(14).contains("Tên sáng kiến"), rows.get(2).getCellText(14));
            assertEquals("Đã tạo", rows.get(1).getCellText(12));
        }
        Files.delete(report);

        upload(file);
        assertEquals("0", text("#resultForm\\:created"));
        assertEquals("2", text("#resultForm\\:replayed"), "the same file again stores nothing");

        // 3,000 rows go in batches of 500: the bar shows each batch as it is written, not only the end.
        List<List<Object>> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 3_000; i++) {
            many.add(importRow("CI-M" + i, campaign, "Sáng kiến nhập số " + i + " " + S));
        }
        js("var bar = document.getElementById('upload:progress'); window.skProgress = [];"
                + " new MutationObserver(function () { window.skProgress.push(Number(bar.getAttribute('aria-valuenow'))); })"
                + ".observe(bar, {attributes: true, attributeFilter: ['aria-valuenow']});");
        upload(Files.write(file, ImportFiles.xlsx(many)));
        assertEquals("3000", text("#resultForm\\:created").replaceAll("\\D", ""));
        List<?> shown = (List<?>) js("return window.skProgress;");
        System.out.println("ConsoleIT: the import's bar showed " + shown);
        assertTrue(shown.stream().map(v -> ((Number) v).intValue()).anyMatch(v -> v > 0 && v < 100),
                "the bar showed a batch between 0 and 100: " + shown);
        assertEquals(100, ((Number) shown.get(shown.size() - 1)).intValue(), "the bar ends full: " + shown);

        List<Object> injected = importRow("CI-4", campaign, "Sáng kiến có công thức " + S);
        injected.set(5, new ImportFiles.Formula("HYPERLINK(\"http://evil.example\",\"Bấm\")"));
        upload(Files.write(file, ImportFiles.xlsx(List.of(injected))));
        assertTrue(text("#upload\\:messages").contains("công thức"), text("#upload\\:messages"));
        assertTrue(findAll("#resultForm").isEmpty(), "a refused file shows no result");
        assertEquals(3_002, Api.at(base).as(OFFICER, PASSWORD).get("initiatives" + Api.query("campaign", campaign))
                .expect(200).json().getInt("total"));
        logout();
        login(REVIEWER, PASSWORD);
        assertFalse(text("#menuForm\\:menu").contains("Nhập từ Excel"), "no import for the council");
        open("/initiatives/import.xhtml");
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "the import page refused by URL");
        forgetBrowserLog();
        logout();
    }

    @Test
    void dialogsFitTheWindowAndPagesFitAPhone() {
        fixture();
        try {
            // A laptop's window without much height: the user dialog fits it and its save button is reachable.
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 700));
            login("admin", Deployments.adminPassword());
            open("/admin/users/list.xhtml");
            click("#filters\\:create");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> find("#userDialog").isDisplayed());
            long innerHeight = ((Number) js("return window.innerHeight;")).longValue();
            org.openqa.selenium.Rectangle dialog = find("#userDialog").getRect();
            assertTrue(dialog.getY() >= 0 && dialog.getY() + dialog.getHeight() <= innerHeight,
                    "the dialog " + dialog.getY() + "+" + dialog.getHeight() + " within the window's " + innerHeight);
            String newUser = "bphone." + s;
            type("#userForm\\:username", newUser);
            type("#userForm\\:fullName", "Đinh Thị Thu Hà");
            type("#userForm\\:password", PASSWORD);
            pickSuggestion("userForm:organizationCode", UNIT);
            driver.findElement(org.openqa.selenium.By.xpath("//*[@id='userForm:roles']//label[text()='Đoàn viên']")).click();
            click("#userForm\\:save");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !find("#userDialog").isDisplayed());
            Api.at(base).as(newUser, PASSWORD).get("me").expect(200);
            logout();

            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            login(MEMBER, PASSWORD);
            for (String page : List.of("/index.xhtml", "/initiatives/list.xhtml", "/initiatives/register.xhtml",
                    "/initiatives/import.xhtml", "/campaigns/list.xhtml", "/initiatives/detail.xhtml?id=" + initiativeId)) {
                open(page);
                assertFitsTheWidth();
                screenshot("phone" + page.replaceAll("\\W", "-"));
                checkPage();
            }
            open("/initiatives/list.xhtml");
            screenshot("14-phone");
            logout();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        }
    }

    static List<Object> importRow(String reference, String campaign, String title) {
        return new java.util.ArrayList<>(java.util.Arrays.asList(reference, campaign, UNIT, title, "DIGITAL",
                "Tóm tắt sáng kiến nhập từ Excel.", null, null, "01/03/2026", 2_500_000, "Nguyễn Văn An", "Có"));
    }

    /** Chooses the file in the upload and waits until its rows are answered. */
    private void upload(Path file) {
        find("#upload input[type=file]").sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !findAll("#resultForm\\:rowsTable").isEmpty() || !text("#upload\\:messages").isBlank());
        waitForAjax();
    }

    private void awaitStatus(String status) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> text("#initiativeStatus").contains(status));
        waitForAjax();
    }

    private static boolean entriesContain(Path zip, String text) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(e)) {
                    String xml = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll(m -> new String(
                            Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
                    if (xml.replace("&amp;", "&").contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
