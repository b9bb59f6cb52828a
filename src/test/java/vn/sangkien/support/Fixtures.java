package vn.sangkien.support;

import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.obj;

import jakarta.json.JsonObjectBuilder;
import vn.sangkien.support.Api.Response;

/** The requests that build an integration test's data through the API, as an administrator would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Response organization(Api api, String code, String name, String level, String parent) {
        return api.post("organizations", obj("code", code, "name", name, "level", level, "parentCode", parent).build());
    }

    public static Response user(Api api, String username, String password, String organization, String... roles) {
        return api.post("users", obj("username", username, "fullName", "Nguyễn Văn " + username,
                "password", password, "roles", arr((Object[]) roles), "organizationCode", organization).build());
    }

    public static Response campaign(Api api, String code, String organizer, String opensAt, String closesAt) {
        return api.post("campaigns", obj("code", code, "name", "Đợt thi đua " + code, "organizerCode", organizer,
                "opensAt", opensAt, "closesAt", closesAt, "targetInitiatives", 100).build());
    }

    public static JsonObjectBuilder initiative(String campaign, String unit, String title) {
        return obj("campaignCode", campaign, "unitCode", unit, "title", title, "field", "TECHNOLOGY",
                "summary", "Tóm tắt nội dung sáng kiến: giảm thời gian xử lý hồ sơ.",
                "authors", arr(obj("fullName", "Nguyễn Văn An", "sharePercent", 100)));
    }
}
