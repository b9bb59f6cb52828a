package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.instantIn;
import static vn.sangkien.support.Json2.text;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.support.Api;
import vn.sangkien.support.Api.Response;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Once;

/**
 * Integration with provincial systems over REST (docs/api.md, "Integration with provincial
 * systems"): idempotent registration with the {@code Idempotency-Key} header and in batches. Its own organizations,
 * users and campaign, with this run's suffix, so that earlier runs' data changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PASSWORD = "Tich-hop-" + s + "-2026";
    static final String PROVINCE = "IP-" + S, UNIT = "IU-" + S, CAMPAIGN = "IC-" + S;
    static final String SYSTEM = "hethong." + s, OTHER_SYSTEM = "hethong2." + s;
    static final String KEY = "Idempotency-Key";

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
            Fixtures.organization(admin, PROVINCE, "Liên đoàn Lao động tỉnh Tích Hợp " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, UNIT, "Công đoàn cơ sở Đồng Bộ " + S, "GRASSROOTS", PROVINCE).expect(201);
            Fixtures.user(admin, SYSTEM, PASSWORD, PROVINCE, "INTEGRATION").expect(201);
            Fixtures.user(admin, OTHER_SYSTEM, PASSWORD, PROVINCE, "INTEGRATION").expect(201);
            Fixtures.campaign(admin, CAMPAIGN, PROVINCE, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
        });
    }

    private Response post(Api api, String key, String title) {
        return api.withHeader(KEY, key).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT, title).build());
    }

    /** How many initiatives of the unit carry this title, as the administrator finds them. */
    private long stored(String title) {
        return admin().get("initiatives?unit=" + UNIT + "&q=" + Api.enc(title) + "&size=200").expect(200).items()
                .stream().filter(i -> title.equals(text(i.get("title")))).count();
    }

    @Test
    void a_repeat_answers_the_first_answer_and_stores_nothing() {
        fixture();
        String key = "lan-1/" + s;
        String title = "Sáng kiến gửi lại — " + S;
        Response first = post(as(SYSTEM), key, title).expect(201);
        assertFalse(first.header("Idempotency-Replayed").isPresent());
        Response again = post(as(SYSTEM), key, title).expect(201);
        assertEquals("true", again.header("Idempotency-Replayed").orElse(null));
        assertEquals(text(first.json().get("id")), text(again.json().get("id")));
        assertEquals(first.header("Location").orElseThrow(), again.header("Location").orElseThrow());
        assertEquals(title, text(again.json().get("title")), "Vietnamese text exact");
        assertEquals(1, stored(title));
    }

    @Test
    void the_same_key_with_another_body_is_422_and_stores_nothing() {
        fixture();
        String key = "lan-2/" + s;
        String title = "Sáng kiến thứ nhất — " + S;
        post(as(SYSTEM), key, title).expect(201);
        Response other = post(as(SYSTEM), key, "Sáng kiến khác hẳn — " + S).expect(422);
        other.assertProblem();
        assertTrue(text(other.json().get("type")).endsWith("idempotency-key-reused"), other.toString());
        assertEquals(0, stored("Sáng kiến khác hẳn — " + S));
        assertEquals(1, stored(title));
    }

    @Test
    void keys_belong_to_their_user() {
        fixture();
        String key = "lan-3/" + s;
        String title = "Sáng kiến hai hệ thống — " + S;
        String one = text(post(as(SYSTEM), key, title).expect(201).json().get("id"));
        Response other = post(as(OTHER_SYSTEM), key, title).expect(201);
        assertFalse(other.header("Idempotency-Replayed").isPresent());
        assertFalse(one.equals(text(other.json().get("id"))));
        assertEquals(2, stored(title));
    }

    @Test
    void a_key_that_is_not_1_to_100_visible_ascii_characters_is_refused() {
        fixture();
        // Non-ASCII keys are refused too (RegistrationKeyTest); an HTTP client does not send them.
        for (String bad : new String[] {"x".repeat(101), "a b"}) {
            String title = "Khóa sai — " + S + " " + bad.length();
            post(as(SYSTEM), bad, title).expectInvalid(KEY);
            assertEquals(0, stored(title));
        }
    }

    private static JsonObjectBuilder item(String reference, String title) {
        return Fixtures.initiative(CAMPAIGN, UNIT, title).add("clientReference", reference);
    }

    private Response batch(Api api, JsonArrayBuilder items) {
        return api.post("initiatives/batch", Json.createObjectBuilder().add("items", items).build());
    }

    @Test
    void a_batch_answers_each_item_as_alone_and_a_bad_item_refuses_only_itself() {
        fixture();
        String a = "Sáng kiến lô A — " + S, b = "Sáng kiến lô B — " + S;
        JsonArrayBuilder items = Json.createArrayBuilder()
                .add(item("lo-a/" + s, a))
                .add(item("lo-thieu/" + s, "Thiếu tóm tắt — " + S).add("summary", JsonValue.NULL))
                .add(item("lo-b/" + s, b))
                .add(item("lo-a/" + s, "Trùng khóa — " + S))
                .add(Fixtures.initiative(CAMPAIGN, UNIT, "Không khóa — " + S))
                .add("không phải đối tượng");
        List<JsonObject> results = batch(as(SYSTEM), items).expect(200).json().getJsonArray("results")
                .getValuesAs(JsonObject.class);
        assertEquals(6, results.size());
        assertEquals(List.of(201, 400, 201, 400, 400, 400),
                results.stream().map(r -> r.getInt("status")).toList());
        assertEquals("lo-a/" + s, results.get(0).getString("clientReference"));
        assertFalse(results.get(0).getBoolean("replayed"));
        assertTrue(results.get(1).getJsonObject("problem").toString().contains("\"summary\""), results.get(1).toString());
        assertTrue(results.get(3).getJsonObject("problem").toString().contains("\"clientReference\""));
        assertTrue(results.get(4).getJsonObject("problem").toString().contains("\"clientReference\""));
        assertTrue(results.get(5).getJsonObject("problem").getString("type").endsWith("malformed-request"));
        assertEquals(1, stored(a));
        assertEquals(1, stored(b));
        assertEquals(0, stored("Trùng khóa — " + S) + stored("Không khóa — " + S) + stored("Thiếu tóm tắt — " + S));

        // The same batch again: the stored items are repeats, answered with their ids; nothing new.
        List<JsonObject> again = batch(as(SYSTEM), Json.createArrayBuilder().add(item("lo-a/" + s, a))
                .add(item("lo-b/" + s, b)).add(item("lo-b2/" + s, "Khóa lô đổi nội dung — " + S)))
                .expect(200).json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(results.get(0).getJsonNumber("id"), again.get(0).getJsonNumber("id"));
        assertEquals(results.get(2).getJsonNumber("id"), again.get(1).getJsonNumber("id"));
        assertTrue(again.get(0).getBoolean("replayed") && again.get(1).getBoolean("replayed"));
        assertEquals(201, again.get(2).getInt("status"));
        assertEquals(1, stored(a));
        assertEquals(1, stored(b));

        // A reference stored with another registration: 422 for that item alone.
        List<JsonObject> reused = batch(as(SYSTEM), Json.createArrayBuilder().add(item("lo-a/" + s, "Khác — " + S))
                .add(item("lo-c/" + s, "Sáng kiến lô C — " + S))).expect(200).json().getJsonArray("results")
                .getValuesAs(JsonObject.class);
        assertEquals(422, reused.get(0).getInt("status"));
        assertEquals(201, reused.get(1).getInt("status"));
    }

    @Test
    void a_batch_holds_one_to_five_hundred_items() {
        fixture();
        batch(as(SYSTEM), Json.createArrayBuilder()).expectInvalid("items");
        as(SYSTEM).post("initiatives/batch", Json.createObjectBuilder().build()).expectInvalid("items");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 501; i++) {
            many.add(Json.createObjectBuilder().add("clientReference", "n" + i));
        }
        batch(as(SYSTEM), many).expect(413);
    }

    @Test
    void a_batch_of_five_hundred_is_stored_once_however_often_it_is_sent() {
        fixture();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < 500; i++) {
            items.add(item("lon-" + i + "/" + s, "Sáng kiến số " + i + " của lô lớn — " + S));
        }
        JsonArray sent = items.build();
        for (int send = 0; send < 2; send++) {
            List<JsonObject> results = as(SYSTEM).post("initiatives/batch",
                    Json.createObjectBuilder().add("items", sent).build()).expect(200).json()
                    .getJsonArray("results").getValuesAs(JsonObject.class);
            assertEquals(500, results.size());
            for (JsonObject r : results) {
                assertEquals(201, r.getInt("status"), r.toString());
                assertEquals(send == 1, r.getBoolean("replayed"), r.toString());
            }
        }
        long ofTheBatch = admin().get("initiatives?unit=" + UNIT + "&q=" + Api.enc("lô lớn " + S) + "&size=1")
                .expect(200).json().getJsonNumber("total").longValue();
        assertEquals(500, ofTheBatch);
    }

    @Test
    void the_changes_feed_followed_while_clients_register_and_move_initiatives_misses_nothing() throws Exception {
        fixture();
        String since = instantIn(-5);
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(clients.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        String id = text(as(SYSTEM).post("initiatives", Fixtures.initiative(CAMPAIGN, UNIT,
                                "Dòng thay đổi " + writer + "-" + i + " — " + S).build()).expect(201).json().get("id"));
                        ids.add(id);
                        if (i % 2 == 0) {
                            as(SYSTEM).post("initiatives/" + id + "/transitions",
                                    Json.createObjectBuilder().add("action", "VERIFY").build()).expect(200);
                        }
                    }
                    return ids;
                }));
            }
            // The reader follows the feed while they write: what it has seen of each initiative, by version.
            Map<String, Long> seen = new ConcurrentHashMap<>();
            String[] cursor = {"0"};
            Callable<Void> read = () -> {
                JsonObject page = as(SYSTEM).get("initiatives/changes?since=" + Api.enc(since) + "&after=" + cursor[0]
                        + "&size=7").expect(200).json();
                for (JsonObject change : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    seen.merge(text(change.get("id")), change.getJsonNumber("version").longValue(), Math::max);
                }
                assertTrue(Long.parseLong(page.getString("next")) >= Long.parseLong(cursor[0]), "the cursor never goes back");
                cursor[0] = page.getString("next");
                return null;
            };
            while (writers.stream().anyMatch(f -> !f.isDone())) {
                read.call();
            }
            Set<String> written = new HashSet<>();
            for (Future<List<String>> ids : writers) {
                written.addAll(ids.get(60, TimeUnit.SECONDS));
            }
            for (int drain = 0; drain < 40; drain++) {
                read.call();
            }
            for (String id : written) {
                long version = as(SYSTEM).get("initiatives/" + id).expect(200).json().getJsonNumber("version").longValue();
                assertEquals(version, seen.getOrDefault(id, -1L), "initiative " + id + " as it is now");
            }
            assertEquals(60, written.size());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void the_changes_feed_is_of_the_callers_subtree_and_checks_its_parameters() {
        fixture();
        String title = "Thay đổi trong tỉnh — " + S;
        String id = text(post(as(SYSTEM), "pham-vi/" + s, title).expect(201).json().get("id"));
        assertTrue(admin().get("initiatives/changes?size=500&since=" + Api.enc(instantIn(-60))).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(c -> id.equals(text(c.get("id")))));
        String otherProvince = "IQ-" + S;
        Fixtures.organization(admin(), otherProvince, "Liên đoàn Lao động tỉnh Khác " + S, "PROVINCE", "TLD").expect(201);
        Fixtures.user(admin(), "ngoai." + s, PASSWORD, otherProvince, "INTEGRATION").expect(201);
        assertTrue(as("ngoai." + s).get("initiatives/changes?size=500").expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(c -> id.equals(text(c.get("id")))));
        as(SYSTEM).get("initiatives/changes?size=0").expectInvalid("size");
        as(SYSTEM).get("initiatives/changes?size=501").expectInvalid("size");
        as(SYSTEM).get("initiatives/changes?after=-1").expectInvalid("after");
        as(SYSTEM).get("initiatives/changes?after=abc").expectInvalid("after");
        as(SYSTEM).get("initiatives/changes?since=hom-qua").expectInvalid("since");
    }

    @Test
    void sends_of_one_key_at_once_store_one_initiative_and_all_answer_it() throws Exception {
        fixture();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String key = "dong-thoi-" + round + "/" + s;
                String title = "Sáng kiến gửi đồng thời " + round + " — " + S;
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Callable<Response> send = () -> post(as(SYSTEM), key, title);
                    answers.add(senders.submit(send));
                }
                Set<String> ids = new HashSet<>();
                int replayed = 0;
                for (Future<Response> answer : answers) {
                    Response r = answer.get(60, TimeUnit.SECONDS).expect(201);
                    ids.add(text(r.json().get("id")));
                    replayed += r.header("Idempotency-Replayed").isPresent() ? 1 : 0;
                }
                assertEquals(1, ids.size(), "one initiative for key " + key + ": " + ids);
                assertEquals(7, replayed, "all but the one that stored it are repeats");
                assertEquals(1, stored(title));
            }
        } finally {
            senders.shutdownNow();
        }
    }
}
