package vn.sangkien.demo.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.sangkien.demo.entity.DemoCampaign;
import vn.sangkien.demo.entity.DemoCluster;
import vn.sangkien.demo.entity.DemoContent;
import vn.sangkien.demo.entity.DemoOrganization;
import vn.sangkien.demo.entity.DemoUser;
import vn.sangkien.demo.entity.InitiativeTemplate;
import vn.sangkien.initiative.entity.InitiativeStatus;

/** Reads the demo's data files from the class path ({@code /demo/*.json}) with JSON-P. */
public final class DemoFiles {

    private DemoFiles() {
    }

    public static DemoContent read() {
        JsonObject users = (JsonObject) file("users.json");
        return new DemoContent(
                list(file("organizations.json"), DemoFiles::organization),
                users.getString("password"),
                list(users.getJsonArray("users"), DemoFiles::user),
                list(file("campaigns.json"), DemoFiles::campaign),
                list(file("clusters.json"), DemoFiles::cluster),
                template((JsonObject) file("initiatives.json")));
    }

    private static DemoOrganization organization(JsonObject o) {
        return new DemoOrganization(o.getString("code"), o.getString("name"), o.getString("level"),
                o.getString("parent"), o.getString("kind", null), o.getString("place", null));
    }

    private static DemoUser user(JsonObject o) {
        return new DemoUser(o.getString("username"), o.getString("fullName"), o.getString("role"),
                o.getString("organization"), o.getString("memberCode", null));
    }

    private static DemoCampaign campaign(JsonObject o) {
        return new DemoCampaign(o.getString("code"), o.getString("name"), o.getString("organizer"),
                o.getString("parent", null), date(o, "opensOn"), date(o, "closesOn"), integer(o, "opensInDays"),
                integer(o, "closesInDays"), integer(o, "targetInitiatives"), decimal(o, "targetCoveragePercent"),
                o.getInt("initiativeSharePercent"));
    }

    private static DemoCluster cluster(JsonObject o) {
        return new DemoCluster(o.getString("code"), o.getString("name"), o.getString("organizer"),
                o.getString("head", null), strings(o.getJsonArray("members")),
                list(o.getJsonArray("pacts"), p -> new DemoCluster.Pact(p.getString("campaign"),
                        p.getInt("targetInitiatives"), decimal(p, "targetCoveragePercent"),
                        map(p.getJsonObject("memberTargets"), v -> ((JsonNumber) v).intValue()))));
    }

    private static InitiativeTemplate template(JsonObject o) {
        JsonObject names = o.getJsonObject("names");
        return new InitiativeTemplate(
                o.getJsonNumber("seed").longValue(),
                o.getInt("historyDays"),
                o.getInt("uncoveredEvery"),
                byStatus(o.getJsonObject("statusCounts"), v -> ((JsonNumber) v).intValue()),
                byStatus(o.getJsonObject("maturity"), v -> ((JsonNumber) v).doubleValue()),
                map(o.getJsonObject("fieldsByKind"), v -> strings((JsonArray) v)),
                map(o.getJsonObject("titles"), v -> new InitiativeTemplate.Titles(
                        strings(v.asJsonObject().getJsonArray("openings")),
                        strings(v.asJsonObject().getJsonArray("objects")))),
                map(o.getJsonObject("goals"), DemoFiles::string),
                strings(o.getJsonArray("situations")),
                strings(o.getJsonArray("solutions")),
                strings(o.getJsonArray("novelties")),
                strings(o.getJsonArray("applicability")),
                strings(o.getJsonArray("savings")),
                strings(o.getJsonArray("socialBenefits")),
                map(o.getJsonObject("confidentialContent"), DemoFiles::string),
                o.getString("confidentialProcedure"),
                strings(o.getJsonArray("returnByUnit")),
                strings(o.getJsonArray("returnByCouncil")),
                strings(o.getJsonArray("rejectByUnit")),
                strings(o.getJsonArray("rejectByCouncil")),
                strings(o.getJsonArray("withdrawReasons")),
                new InitiativeTemplate.Names(strings(names.getJsonArray("surnames")),
                        strings(names.getJsonArray("maleMiddle")), strings(names.getJsonArray("femaleMiddle")),
                        strings(names.getJsonArray("maleGiven")), strings(names.getJsonArray("femaleGiven"))),
                o.getJsonArray("shares").stream()
                        .map(a -> a.asJsonArray().getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList())
                        .toList(),
                map(o.getJsonObject("texts"), DemoFiles::string),
                o.getInt("firstDecisionNumber"));
    }

    private static JsonStructure file(String name) {
        try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file missing: demo/" + name);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> list(JsonStructure array, Function<JsonObject, T> each) {
        return ((JsonArray) array).getValuesAs(JsonObject.class).stream().map(each).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String string(JsonValue value) {
        return ((JsonString) value).getString();
    }

    /** Keeps the file's order: it is the order of the members, of the targets, of the fields. */
    private static <V> Map<String, V> map(JsonObject object, Function<JsonValue, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        object.forEach((key, v) -> map.put(key, value.apply(v)));
        return map;
    }

    private static <V> Map<InitiativeStatus, V> byStatus(JsonObject object, Function<JsonValue, V> value) {
        Map<InitiativeStatus, V> map = new EnumMap<>(InitiativeStatus.class);
        object.forEach((key, v) -> map.put(InitiativeStatus.valueOf(key), value.apply(v)));
        return map;
    }

    private static LocalDate date(JsonObject o, String name) {
        return o.containsKey(name) ? LocalDate.parse(o.getString(name)) : null;
    }

    private static Integer integer(JsonObject o, String name) {
        return o.containsKey(name) ? o.getInt(name) : null;
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonNumber(name).bigDecimalValue() : null;
    }
}
