package vn.sangkien.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.obj;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;

/**
 * The console's initiative pages in a real browser: a returned initiative edited and sent again, a
 * draft edited in English, an edit that someone else saved first, an integration account kept out,
 * the Recognise dialog reachable at 1440×900 and 390×844, dates typed by hand, the campaign menu
 * within its column, numbers and dates in the page's language, and empty lists that say what to do.
 * Each test signs in itself and makes its own initiatives; the organizations, users and campaign
 * come from a fixture made once through the API by whichever test needs it first.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeConsoleIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Ic-" + s + "-Pass2026";
    static final String PROVINCE = "IP-" + S, DISTRICT = "ID-" + S, UNIT = "IG-" + S;
    static final String CAMPAIGN = "IC-" + S;
    /** A campaign named as long as real ones are: its menu must not grow over the unit field. */
    static final String CAMPAIGN_NAME = "Đợt thi đua cao điểm “Lao động giỏi, lao động sáng tạo” chào mừng Đại hội"
            + " Công đoàn các cấp nhiệm kỳ 2023–2028, hướng tới kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam " + S;
    static final String OFFICER = "iunit." + s, REVIEWER = "irev." + s, MEMBER = "imem." + s;

    private static final Once FIXTURE = new Once();

    @Override
    URL base() {
        return base;
    }

    /** A province with a district and a unit, an officer and a member of the unit, a reviewer of the province, an open campaign. */
    void fixture() {
        FIXTURE.make(() -> {
            Api admin = admin();
            Fixtures.organization(admin, PROVINCE, "Liên đoàn Lao động tỉnh Sửa " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, DISTRICT, "Liên đoàn Lao động huyện Sửa " + S, "DISTRICT", PROVINCE).expect(201);
            Fixtures.organization(admin, UNIT, "Công đoàn cơ sở Bình Minh " + S, "GRASSROOTS", DISTRICT).expect(201);
            Fixtures.user(admin, OFFICER, PASSWORD, UNIT, "UNIT_OFFICER").expect(201);
            Fixtures.user(admin, MEMBER, PASSWORD, UNIT, "MEMBER").expect(201);
            Fixtures.user(admin, REVIEWER, PASSWORD, PROVINCE, "REVIEWER").expect(201);
            Fixtures.campaign(admin, Fixtures.campaignBody(CAMPAIGN, PROVINCE, null, instantIn(-86_400),
                    instantIn(30 * 86_400)).add("name", CAMPAIGN_NAME)).expect(201);
        });
    }

    /** An initiative of UNIT registered by MEMBER through the API, submitted unless a draft is asked for; its JSON. */
    JsonObject register(String title, boolean submit) {
        return Api.at(base).as(MEMBER, PASSWORD).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT, title)
                .add("submit", submit).build()).expect(201).json();
    }

    static long id(JsonObject initiative) {
        return initiative.getJsonNumber("id").longValue();
    }

    void move(String user, long id, String action, String comment) {
        Api.at(base).as(user, PASSWORD).post("initiatives/" + id + "/transitions",
                obj("action", action, "comment", comment).build()).expect(200);
    }

    JsonObject stored(long id) {
        return admin().get("initiatives/" + id).expect(200).json();
    }

    /** The window's inner size, as a laptop's (1440×900) or a phone's (390×844) browser shows pages. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void windowAsBefore() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Clicks as a user can, with no script: the element lies inside the window (after scrolling what
     * scrolls) and nothing covers its centre. A dialog taller than the window fails here.
     */
    void clickReachable(String css) {
        WebElement element = find(css);
        js("arguments[0].scrollIntoView({block: 'nearest'});", element);
        Object reachable = js("const r = arguments[0].getBoundingClientRect();"
                + " const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth"
                + " && top !== null && arguments[0].contains(top);", element);
        assertEquals(Boolean.TRUE, reachable, css + " is outside the window or covered: " + element.getRect().getY()
                + "+" + element.getRect().getHeight() + " of " + js("return window.innerHeight;"));
        element.click();
        waitForAjax();
    }

    /** Types into a date field as a person does, and leaves it with {@code leave} (Tab or Esc). */
    void typeDate(String css, String date, Keys leave) {
        WebElement input = find(css);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(date);
        input.sendKeys(leave);
        waitForAjax();
    }

    static boolean overlap(Rectangle a, Rectangle b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    @Test
    void aReturnedInitiativeIsEditedAndSentAgain() {
        fixture();
        String title = "Sổ tay an toàn lao động điện tử — bị trả lại " + S;
        long id = id(register(title, true));
        move(OFFICER, id, "RETURN", "Bổ sung nội dung giải pháp và ngày áp dụng.");
        login(MEMBER, PASSWORD);
        open("/initiatives/detail.xhtml?id=" + id);
        assertTrue(text("#initiativeStatus").contains("Trả lại"), text("#initiativeStatus"));
        assertEquals("Sửa", text("#actions\\:edit"));
        clickAndLoad("#actions\\:edit");
        awaitUrl("/initiatives/edit.xhtml");
        assertEquals(title, find("#form\\:title").getAttribute("value"), "the form holds what is stored");
        assertEquals("Nguyễn Văn An", find("#form\\:authors\\:0\\:fullName").getAttribute("value"));
        screenshot("21-edit");
        checkPage();

        type("#form\\:title", "");
        click("#form\\:save");
        assertTrue(text("#form").contains("bắt buộc") || text("#form").contains("ký tự"),
                "the title's message beside it: " + text("#form"));
        assertTrue(findAll("#form .ui-message-error").size() > 0, "a message beside the field");
        assertEquals(title, stored(id).getString("title"), "a refused edit changes nothing");

        String changed = "Sổ tay an toàn lao động điện tử — đã bổ sung " + S;
        type("#form\\:title", changed);
        type("#form\\:solution", "Bổ sung quy trình kiểm tra định kỳ bằng mã QR tại từng tủ điện.");
        typeDate("#form\\:appliedFrom_input", "05/01/2026", Keys.TAB);
        assertEquals("05/01/2026", find("#form\\:appliedFrom_input").getAttribute("value"), "the typed date kept after Tab");
        find("#form\\:saveAndSubmit").click();
        awaitUrl("/initiatives/detail.xhtml");
        assertEquals(changed, text("#initiativeTitle"));
        assertTrue(text("#initiativeStatus").contains("Đã gửi"), text("#initiativeStatus"));
        assertTrue(findAll("#actions\\:edit").isEmpty(), "a submitted initiative is no longer edited");
        JsonObject saved = stored(id);
        assertEquals("SUBMITTED", saved.getString("status"));
        assertEquals(changed, saved.getString("title"));
        assertEquals("2026-01-05", saved.getString("appliedFrom"), "the typed date stored");
        assertTrue(saved.getString("solution").contains("mã QR"));
        checkPage();
        logout();

        // Who may edit is what the registry allows: not the reviewer, and not once it is submitted.
        login(REVIEWER, PASSWORD);
        open("/initiatives/edit.xhtml?id=" + id);
        assertTrue(driver.getPageSource().contains("Không tìm thấy"), "nothing to edit for a reviewer");
        forgetBrowserLog();
        logout();
    }

    @Test
    void aDraftIsEditedInEnglish() {
        fixture();
        String title = "Draft of a QR inventory of the union's equipment " + S;
        long id = id(register(title, false));
        login(MEMBER, PASSWORD);
        clickAndLoad("#languageForm\\:langEn");
        open("/initiatives/detail.xhtml?id=" + id);
        assertEquals("Edit", text("#actions\\:edit"));
        clickAndLoad("#actions\\:edit");
        awaitUrl("/initiatives/edit.xhtml");
        assertEquals("Edit initiative", text(".sk-title"));
        assertEquals("Save", find("#form\\:save").getText().strip());
        assertEquals("Save and submit", find("#form\\:saveAndSubmit").getText().strip());
        checkPage();
        type("#form\\:summary", "A QR label on every piece of equipment, read with a phone.");
        typeDate("#form\\:appliedFrom_input", "20/02/2026", Keys.ESCAPE);
        assertEquals("20/02/2026", find("#form\\:appliedFrom_input").getAttribute("value"), "the typed date kept after Esc");
        find("#form\\:save").click();
        awaitUrl("/initiatives/detail.xhtml");
        JsonObject saved = stored(id);
        assertEquals("DRAFT", saved.getString("status"), "saved, not submitted");
        assertEquals("A QR label on every piece of equipment, read with a phone.", saved.getString("summary"));
        assertEquals("2026-02-20", saved.getString("appliedFrom"));
        assertTrue(text("#content").contains("20/02/2026"), text("#content"));
        checkPage();
    }

    @Test
    void anEditThatSomeoneElseSavedFirstChangesNothing() {
        fixture();
        long id = id(register("Bảng theo dõi ca trực bằng mã màu — nháp " + S, false));
        login(OFFICER, PASSWORD);
        open("/initiatives/edit.xhtml?id=" + id);
        type("#form\\:summary", "Tóm tắt của cán bộ công đoàn trên trang quản trị.");
        // Meanwhile the member saves it through the API.
        Api member = Api.at(base).as(MEMBER, PASSWORD);
        Api.Response current = member.get("initiatives/" + id).expect(200);
        String theirs = "Bảng theo dõi ca trực bằng mã màu — bản của đoàn viên " + S;
        member.put("initiatives/" + id, Json.createObjectBuilder(current.json()).add("title", theirs).build(),
                current.etag()).expect(200);
        click("#form\\:save");
        String conflict = text("#form\\:conflict");
        assertTrue(conflict.contains("người khác lưu trước"), conflict);
        assertEquals(Boolean.TRUE, js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", find("#form\\:conflict")),
                "the message in sight of the button just clicked");
        assertTrue(driver.getCurrentUrl().contains("/edit.xhtml"), "still on the form");
        JsonObject saved = stored(id);
        assertEquals(theirs, saved.getString("title"), "the other save stands");
        assertFalse(saved.getString("summary").contains("cán bộ công đoàn"), "nothing of this form stored");
        screenshot("22-edit-conflict");
        checkPage();
        clickAndLoad("#form\\:reload");
        assertEquals(theirs, find("#form\\:title").getAttribute("value"), "reloaded: the new version");
    }

    @Test
    void anIntegrationAccountStaysOutOfTheConsole() {
        fixture();
        String system = "isys." + s;
        Fixtures.user(admin(), system, PASSWORD, PROVINCE, "INTEGRATION").expect(201);
        open("/login.xhtml");
        type("#loginForm\\:username", system);
        type("#loginForm\\:password", PASSWORD);
        clickAndLoad("#loginForm\\:submit");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        assertTrue(text("#loginForm\\:loginMessages").contains("chỉ dùng để kết nối qua API"), text("#loginForm\\:loginMessages"));
        checkPage();
        clickAndLoad("#languageForm\\:langEn");
        type("#loginForm\\:username", system);
        type("#loginForm\\:password", PASSWORD);
        clickAndLoad("#loginForm\\:submit");
        assertTrue(text("#loginForm\\:loginMessages").contains("for the API only"), text("#loginForm\\:loginMessages"));
        open("/index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "no session was opened");

        // An officer who becomes an integration account loses the console at the next page, buttons and all.
        String officer = "iswitch." + s;
        Fixtures.user(admin(), officer, PASSWORD, UNIT, "UNIT_OFFICER").expect(201);
        long id = id(register("Sáng kiến chờ xác nhận — tài khoản tích hợp " + S, true));
        login(officer, PASSWORD);
        open("/initiatives/detail.xhtml?id=" + id);
        assertEquals(1, findAll(".sk-action-VERIFY").size(), "an officer verifies");
        admin().put("users/" + officer, obj("roles", arr("INTEGRATION")).build()).expect(200);
        open("/initiatives/detail.xhtml?id=" + id);
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        assertTrue(findAll(".sk-action-VERIFY").isEmpty() && findAll(".sk-action-REJECT").isEmpty()
                && findAll(".sk-action-RETURN").isEmpty(), "no workflow button for an integration account");
    }

    @Test
    void theRecogniseDialogFitsALaptopAndAPhone() {
        fixture();
        String[][] sizes = {{"1440", "900", "15/03/2026", "2026-03-15"}, {"390", "844", "01/04/2026", "2026-04-01"}};
        for (String[] size : sizes) {
            long id = id(register("Quy trình công nhận trong hộp thoại " + size[0] + " — " + S, true));
            move(OFFICER, id, "VERIFY", null);
            viewport(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
            login(REVIEWER, PASSWORD);
            open("/initiatives/detail.xhtml?id=" + id);
            clickReachable(".sk-action-RECOGNIZE");
            // A council's reasons run to several lines; the comment box grows with them, and the dialog too.
            type("#actionForm\\:comment", String.join("\n", "Hội đồng thống nhất công nhận sáng kiến:",
                    "- giải pháp mới tại đơn vị;", "- đã áp dụng thử ba tháng;", "- tiết kiệm thời gian xử lý hồ sơ;",
                    "- có thể nhân rộng ra các công đoàn cơ sở khác;", "- hồ sơ đầy đủ theo quy định;",
                    "- ý kiến thống nhất của các thành viên hội đồng."));
            type("#actionForm\\:decisionNumber", "QĐ-" + size[0] + "-" + S);
            typeDate("#actionForm\\:decisionDate_input", size[2], Keys.TAB);
            assertEquals(size[2], find("#actionForm\\:decisionDate_input").getAttribute("value"), "the typed date kept");
            type("#actionForm\\:scores_novelty_input", "55");
            type("#actionForm\\:scores_applicability_input", "25");
            type("#actionForm\\:scores_benefit_input", "25");
            clickReachable("#actionForm\\:confirm");
            assertTrue(text("#actionForm").contains("0 đến 40"), "the refused score's message, which makes the dialog taller");
            type("#actionForm\\:scores_novelty_input", "35");
            screenshot("23-recognise-" + size[0]);
            Object wider = js("const c = document.querySelector('.ui-dialog-content');"
                    + " return c.scrollWidth <= c.clientWidth ? null : Array.from(c.querySelectorAll('*'))"
                    + ".filter(e => e.getBoundingClientRect().right > c.getBoundingClientRect().left + c.clientWidth)"
                    + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)).join(', ');");
            assertEquals(null, wider, size[0] + " px: nothing wider than the dialog");
            clickReachable("#actionForm\\:confirm");
            awaitUrl("/initiatives/detail.xhtml");
            assertTrue(text("#initiativeStatus").contains("Đã công nhận"), text("#initiativeStatus"));
            assertEquals(size[3], stored(id).getString("recognitionDate"), "the typed decision date stored");
            assertTrue(text("#content").contains(size[2]), "the decision date as typed: " + text("#content"));
            checkPage();
            logout();
            windowAsBefore();
        }
    }

    @Test
    void theCampaignMenuKeepsToItsColumn() {
        fixture();
        login(OFFICER, PASSWORD);
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            viewport(size[0], size[1]);
            open("/initiatives/register.xhtml");
            js("PF('campaignMenu').selectValue(arguments[0]);", CAMPAIGN);
            Rectangle campaign = find("#form\\:campaignCode").getRect();
            Rectangle unit = find("#form\\:unitCode").getRect();
            assertFalse(overlap(campaign, unit), size[0] + " px: the campaign menu " + campaign.getX() + "+"
                    + campaign.getWidth() + " covers the unit field at " + unit.getX());
            assertTrue(campaign.getX() + campaign.getWidth() <= size[0], size[0] + " px: the menu ends inside the window");
            find("#form\\:campaignCode").click();
            Rectangle panel = find("#form\\:campaignCode_panel").getRect();
            assertTrue(panel.getX() >= 0 && panel.getX() + panel.getWidth() <= size[0],
                    size[0] + " px: the open list inside the window: " + panel.getX() + "+" + panel.getWidth());
            screenshot("24-register-campaign-" + size[0]);
            // With the list open: PrimeFaces draws it unnamed, and console.js names it after the field.
            String fieldLabel = find("#form\\:campaignCode_label").getAttribute("aria-labelledby");
            assertTrue(fieldLabel != null && !fieldLabel.isBlank(), "the drop-down is labelled by its field's label");
            assertEquals(fieldLabel, find("#form\\:campaignCode_items").getAttribute("aria-labelledby"));
            checkPage();
            js("PF('campaignMenu').hide();");
            open("/initiatives/list.xhtml");
            js("PF('campaignFilter').selectValue(arguments[0]);", CAMPAIGN);
            Rectangle filter = find("#filters\\:campaign").getRect();
            assertTrue(filter.getX() + filter.getWidth() <= size[0], size[0] + " px: the campaign filter ends inside the window: "
                    + filter.getX() + "+" + filter.getWidth());
            assertFalse(overlap(filter, find("#filters\\:unit").getRect()), size[0] + " px: the filters side by side");
            screenshot("26-list-filter-" + size[0]);
            checkPage();
        }
    }

    @Test
    void aDateTypedOnRegistrationIsStored() {
        fixture();
        String title = "Sổ giao ca điện tử cho tổ bảo vệ — ngày nhập tay " + S;
        login(OFFICER, PASSWORD);
        open("/initiatives/register.xhtml");
        js("PF('campaignMenu').selectValue(arguments[0]);", CAMPAIGN);
        js("PF('fieldMenu').selectValue('TECHNOLOGY');");
        type("#form\\:title", title);
        type("#form\\:summary", "Giao ca trên điện thoại thay cho sổ giấy.");
        typeDate("#form\\:appliedFrom_input", "31/05/2022", Keys.TAB);
        assertEquals("31/05/2022", find("#form\\:appliedFrom_input").getAttribute("value"), "the typed date kept after Tab");
        assertTrue(findAll("#form\\:appliedFrom_panel").stream().noneMatch(WebElement::isDisplayed),
                "no calendar popped over the typed date");
        type("#form\\:authors\\:0\\:fullName", "Võ Thị Hạnh");
        type("#form\\:authors\\:0\\:sharePercent_input", "100");
        find("#form\\:submit").click();
        awaitUrl("/initiatives/detail.xhtml");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals("2022-05-31", stored(id).getString("appliedFrom"));
        assertTrue(text("#content").contains("31/05/2022"), text("#content"));
    }

    @Test
    void numbersAndDatesInThePagesLanguage() {
        fixture();
        String title = "Tiết kiệm điện chiếu sáng nhà xưởng — định dạng số " + S;
        JsonObject created = Api.at(base).as(MEMBER, PASSWORD).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT, title)
                .add("estimatedValueVnd", 1_234_567).add("appliedFrom", "2022-05-31").add("submit", true).build())
                .expect(201).json();
        long id = id(created);
        login(OFFICER, PASSWORD);
        open("/initiatives/detail.xhtml?id=" + id);
        String content = text("#content");
        assertTrue(content.contains("1.234.567 đ"), content);
        assertTrue(content.contains("31/05/2022"), content);
        assertTrue(content.matches("(?s).*\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d.*"), "the registration's time: " + content);
        assertTrue(text("#content").contains("100 %"), "the author's share: " + content);
        open("/initiatives/list.xhtml?q=" + "tiet kiem dien chieu sang".replace(' ', '+') + "&unit=" + UNIT);
        assertTrue(text("#tableForm\\:initiatives").contains("1.234.567 đ"), text("#tableForm\\:initiatives"));
        checkPage();
        clickAndLoad("#languageForm\\:langEn");
        assertTrue(text("#tableForm\\:initiatives").contains("1,234,567 VND"), text("#tableForm\\:initiatives"));
        open("/initiatives/detail.xhtml?id=" + id);
        content = text("#content");
        assertTrue(content.contains("1,234,567 VND") && content.contains("31/05/2022"), content);
        checkPage();
    }

    @Test
    void anEmptyListSaysWhatToDoNext() {
        fixture();
        String unit = "IE-" + S, member = "iempty." + s, reviewer = "ierev." + s;
        Fixtures.organization(admin(), unit, "Công đoàn cơ sở Chưa Có " + S, "GRASSROOTS", DISTRICT).expect(201);
        Fixtures.user(admin(), member, PASSWORD, unit, "MEMBER").expect(201);
        Fixtures.user(admin(), reviewer, PASSWORD, unit, "REVIEWER").expect(201);
        login(member, PASSWORD);
        open("/initiatives/list.xhtml");
        String table = text("#tableForm\\:initiatives");
        assertTrue(table.contains("Chưa có sáng kiến nào"), table);
        screenshot("25-list-empty");
        checkPage();
        clickAndLoad("[id$='registerFirst']");
        awaitUrl("/initiatives/register.xhtml");
        open("/initiatives/list.xhtml?q=khong+co+sang+kien+nao+nhu+vay");
        table = text("#tableForm\\:initiatives");
        assertTrue(table.contains("khớp bộ lọc"), table);
        clickAndLoad("[id$='clearFilter']");
        assertTrue(text("#tableForm\\:initiatives").contains("Chưa có sáng kiến nào"), "the filter cleared");
        clickAndLoad("#languageForm\\:langEn");
        assertTrue(text("#tableForm\\:initiatives").contains("No initiatives"), text("#tableForm\\:initiatives"));
        checkPage();
        logout();
        login(reviewer, PASSWORD);
        open("/initiatives/list.xhtml");
        assertTrue(text("#tableForm\\:initiatives").contains("Chưa có sáng kiến nào"), text("#tableForm\\:initiatives"));
        assertTrue(findAll("[id$='registerFirst']").isEmpty(), "no registration offered to who does not register");
    }
}
