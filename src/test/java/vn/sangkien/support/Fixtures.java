package vn.sangkien.support;

import static vn.sangkien.support.Json2.arr;
import static vn.sangkien.support.Json2.obj;

import jakarta.json.JsonObjectBuilder;
import vn.sangkien.support.Api.Response;

/**
 * The requests that build an integration test's data through the API, as an administrator would.
 * Each answers the API's response, to expect 201 of (or the refusal the test is about). A test that
 * needs a body the defaults do not give starts from the body builder and adds or replaces members
 * ({@code JsonObjectBuilder.add} replaces one of the same name).
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** An organization; {@code parent} null for none. */
    public static Response organization(Api api, String code, String name, String level, String parent) {
        return api.post("organizations", obj("code", code, "name", name, "level", level, "parentCode", parent).build());
    }

    /** A user's body: named "Nguyễn Văn {@code username}", the given roles in one organization. */
    public static JsonObjectBuilder userBody(String username, String password, String organization, String... roles) {
        return obj("username", username, "fullName", "Nguyễn Văn " + username, "password", password,
                "roles", arr((Object[]) roles), "organizationCode", organization);
    }

    public static Response user(Api api, String username, String password, String organization, String... roles) {
        return user(api, userBody(username, password, organization, roles));
    }

    public static Response user(Api api, JsonObjectBuilder body) {
        return api.post("users", body.build());
    }

    /**
     * A campaign's body without targets: named "Đợt thi đua {@code code}", a sub-campaign of
     * {@code parent} unless that is null.
     */
    public static JsonObjectBuilder campaignBody(String code, String organizer, String parent, String opensAt,
                                                 String closesAt) {
        return obj("code", code, "name", "Đợt thi đua " + code, "organizerCode", organizer, "parentCode", parent,
                "opensAt", opensAt, "closesAt", closesAt);
    }

    /** A campaign of {@link #campaignBody} with targets: 100 initiatives, 80% of the grassroots units. */
    public static Response campaign(Api api, String code, String organizer, String parent, String opensAt,
                                    String closesAt) {
        return campaign(api, campaignBody(code, organizer, parent, opensAt, closesAt)
                .add("targetInitiatives", 100).add("targetCoveragePercent", 80));
    }

    public static Response campaign(Api api, JsonObjectBuilder body) {
        return api.post("campaigns", body.build());
    }

    public static JsonObjectBuilder initiative(String campaign, String unit, String title) {
        return obj("campaignCode", campaign, "unitCode", unit, "title", title, "field", "TECHNOLOGY",
                "summary", "Tóm tắt nội dung sáng kiến: giảm thời gian xử lý hồ sơ.",
                "authors", arr(obj("fullName", "Nguyễn Văn An", "sharePercent", 100)));
    }
}
