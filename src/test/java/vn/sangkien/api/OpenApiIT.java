package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sangkien.support.Json2.instantIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.sangkien.restclient.ApiClient;
import vn.sangkien.restclient.ApiException;
import vn.sangkien.restclient.ApiResponse;
import vn.sangkien.restclient.api.AuditApi;
import vn.sangkien.restclient.api.FieldsApi;
import vn.sangkien.restclient.api.InitiativesApi;
import vn.sangkien.restclient.model.ImportResponse;
import vn.sangkien.restclient.model.ImportRowResult;
import vn.sangkien.restclient.api.UsersApi;
import vn.sangkien.restclient.model.AuditChannel;
import vn.sangkien.restclient.model.AuditEntityType;
import vn.sangkien.restclient.model.AuditEntry;
import vn.sangkien.restclient.model.Author;
import vn.sangkien.restclient.model.BatchItem;
import vn.sangkien.restclient.model.BatchRequest;
import vn.sangkien.restclient.model.BatchResult;
import vn.sangkien.restclient.model.Field;
import vn.sangkien.restclient.model.HistoryEntry;
import vn.sangkien.restclient.model.InitiativeChange;
import vn.sangkien.restclient.model.InitiativeChanges;
import vn.sangkien.restclient.model.InitiativeRegistration;
import vn.sangkien.restclient.model.InitiativeStatus;
import vn.sangkien.restclient.model.InitiativeView;
import vn.sangkien.restclient.model.Me;
import vn.sangkien.restclient.model.Problem;
import vn.sangkien.restclient.model.Role;
import vn.sangkien.restclient.model.TransitionRequest;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.ImportFiles;
import vn.sangkien.support.Once;

/**
 * The OpenAPI document (docs/api.md, "Operations"): {@code /openapi} serves
 * {@code META-INF/openapi.yaml} as is, that document names every resource method of the WAR with
 * its parameters, and a client generated from it at build time (pom.xml, package
 * {@code vn.sangkien.restclient}) works as a provincial system would use it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path STATIC_DOCUMENT = Path.of("src", "main", "resources", "META-INF", "openapi.yaml");
    /** The served document, for .ci/run's lint. */
    static final Path SERVED_COPY = Path.of("target", "openapi", "served.yaml");
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static final String S = Deployments.runSuffix();
    static final String s = S.toLowerCase(Locale.ROOT);
    static final String PROVINCE = "OP-" + S, UNIT = "OU-" + S, CAMPAIGN = "OC-" + S;
    static final String SYSTEM = "openapi." + s, PASSWORD = "Mo-ta-" + s + "-2026";

    private static final Once FIXTURE = new Once();

    void fixture() {
        FIXTURE.make(() -> {
            Api admin = Api.at(base).as("admin", Deployments.adminPassword());
            Fixtures.organization(admin, PROVINCE, "Liên đoàn Lao động tỉnh Mô Tả " + S, "PROVINCE", "TLD").expect(201);
            Fixtures.organization(admin, UNIT, "Công đoàn cơ sở Hợp Đồng " + S, "GRASSROOTS", PROVINCE).expect(201);
            Fixtures.user(admin, SYSTEM, PASSWORD, PROVINCE, "INTEGRATION").expect(201);
            Fixtures.campaign(admin, CAMPAIGN, PROVINCE, null, instantIn(-86_400), instantIn(30 * 86_400)).expect(201);
        });
    }

    // ==================================================================== the document

    @Test
    void openapi_serves_the_static_document_as_is() throws IOException {
        String text = Api.at(base).get("/openapi").expect(200).text();
        ObjectNode served = (ObjectNode) YAML.readTree(text);
        JsonNode file = YAML.readTree(STATIC_DOCUMENT.toFile());

        // Payara adds a member of its own, not OpenAPI's: its list of the application's paths by
        // context root. It is taken out here, and so out of the copy that .ci/run lints.
        JsonNode endpoints = served.remove("endpoints");
        if (endpoints != null) {
            Set<String> listed = new TreeSet<>();
            endpoints.path("/").forEach(p -> listed.add(p.asText()));
            assertEquals(fieldNames(file.get("paths")), listed, "Payara's endpoints: " + endpoints);
        }
        Files.createDirectories(SERVED_COPY.getParent());
        YAML.writeValue(SERVED_COPY.toFile(), served);

        assertTrue(file.equals(NUMBERS_BY_VALUE, served), "/openapi is META-INF/openapi.yaml: " + differences(file, served, ""));
        assertEquals("Sáng kiến API", served.at("/info/title").asText());
        assertEquals("/", served.at("/servers/0/url").asText(), "no server URL of Payara's own");
        assertFalse(text.contains("http://") && text.contains(":" + base.getPort()), "the document names no port of this run");
    }

    @Test
    void every_resource_method_is_documented_with_its_parameters_and_every_operation_is_served() throws Exception {
        JsonNode doc = YAML.readTree(STATIC_DOCUMENT.toFile());
        Map<String, Method> served = resourceMethods();
        assertTrue(served.size() > 30, "resource methods found in the WAR: " + served.keySet());

        Map<String, JsonNode> documented = new TreeMap<>();
        Set<String> operationIds = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                documented.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
                assertTrue(operationIds.add(op.getValue().path("operationId").asText()),
                        "operationId unique: " + op.getValue().path("operationId"));
            }
        }));

        Set<String> undocumented = new TreeSet<>(served.keySet());
        undocumented.removeAll(documented.keySet());
        assertEquals(Set.of(), undocumented, "resource methods without an operation in META-INF/openapi.yaml");

        Set<String> unserved = new TreeSet<>(documented.keySet());
        unserved.removeAll(served.keySet());
        assertEquals(Set.of(), unserved, "operations in META-INF/openapi.yaml that no resource method serves");

        for (Map.Entry<String, Method> endpoint : served.entrySet()) {
            String path = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
            Set<String> documentedParameters = new TreeSet<>();
            for (JsonNode p : doc.at("/paths/" + pointerEscape(path) + "/parameters")) {
                documentedParameters.add(parameterKey(resolve(doc, p)));
            }
            for (JsonNode p : documented.get(endpoint.getKey()).path("parameters")) {
                documentedParameters.add(parameterKey(resolve(doc, p)));
            }
            assertEquals(javaParameters(endpoint.getValue()), documentedParameters,
                    "parameters of " + endpoint.getKey() + " (" + endpoint.getValue() + ")");
        }
    }

    /** "METHOD /api/v1/path" of every resource method of the WAR's classes in vn.sangkien. */
    private static Map<String, Method> resourceMethods() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (ZipFile war = new ZipFile(Deployments.builtWar())) {
            for (var entries = war.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("WEB-INF/classes/vn/sangkien/") && name.endsWith(".class")) {
                    String className = name.substring("WEB-INF/classes/".length(), name.length() - ".class".length())
                            .replace('/', '.');
                    classes.add(Class.forName(className, false, OpenApiIT.class.getClassLoader()));
                }
            }
        }
        String application = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst().orElseThrow();
        Map<String, Method> found = new TreeMap<>();
        for (Class<?> type : classes) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                if (verb == null) {
                    assertNull(sub, "a sub-resource locator cannot be documented statically: " + method);
                    continue;
                }
                String path = normalise("/" + application + "/" + root.value() + "/" + (sub == null ? "" : sub.value()));
                // Two methods of one operation differ by the media type they read (the import's body or form).
                Method other = found.putIfAbsent(verb + " " + path, method);
                if (other != null) {
                    assertFalse(Arrays.equals(consumed(other), consumed(method)), "two methods for " + verb + " " + path);
                }
            }
        }
        return found;
    }

    private static String[] consumed(Method method) {
        jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
        return consumes == null ? new String[0] : consumes.value();
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** One slash between segments, none at the end, and {name: regex} as {name}. */
    private static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** "in name" of every parameter the method takes from the request line and headers. */
    private static Set<String> javaParameters(Method method) {
        Set<String> keys = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            if (p.getAnnotation(PathParam.class) != null) {
                keys.add("path " + p.getAnnotation(PathParam.class).value());
            } else if (p.getAnnotation(QueryParam.class) != null) {
                keys.add("query " + p.getAnnotation(QueryParam.class).value());
            } else if (p.getAnnotation(HeaderParam.class) != null) {
                keys.add("header " + p.getAnnotation(HeaderParam.class).value().toLowerCase(Locale.ROOT));
            } else if (p.getAnnotation(CookieParam.class) != null) {
                keys.add("cookie " + p.getAnnotation(CookieParam.class).value());
            }
        }
        return keys;
    }

    private static String parameterKey(JsonNode parameter) {
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        return in + " " + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static String pointerEscape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** 0 and 0.0 are one value: the serializer may choose either. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static String differences(JsonNode a, JsonNode b, String at) {
        if (a.isObject() && b.isObject()) {
            StringBuilder sb = new StringBuilder();
            Set<String> names = new TreeSet<>(fieldNames(a));
            names.addAll(fieldNames(b));
            for (String name : names) {
                if (!a.has(name) || !b.has(name)) {
                    sb.append(at).append('/').append(name).append(a.has(name) ? " only in the file; " : " only served; ");
                } else {
                    sb.append(differences(a.get(name), b.get(name), at + "/" + name));
                }
            }
            return sb.toString();
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                sb.append(differences(a.get(i), b.get(i), at + "/" + i));
            }
            return sb.toString();
        }
        return a.equals(NUMBERS_BY_VALUE, b) ? "" : at + ": " + a + " ≠ " + b + "; ";
    }

    // ==================================================================== the generated client

    private ApiClient client(String username, String password) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        ApiClient client = new ApiClient();
        client.updateBaseUri(root);
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + token));
        }
        return client;
    }

    private static InitiativeRegistration registration(String title) {
        return new InitiativeRegistration().campaignCode(CAMPAIGN).unitCode(UNIT).title(title).field("TECHNOLOGY")
                .summary("Số hóa hồ sơ đoàn viên, tra cứu trong vài giây thay vì vài ngày.")
                .appliedFrom(LocalDate.of(2026, 3, 2)).estimatedValueVnd(125_000_000L)
                .authors(List.of(new Author().fullName("Trần Thị Bình").memberCode("DV-01").sharePercent(new BigDecimal("60")),
                        new Author().fullName("Lê Văn Cường").sharePercent(new BigDecimal("40"))));
    }

    @Test
    void a_provincial_system_works_through_the_client_generated_from_the_document() throws Exception {
        fixture();
        ApiClient client = client(SYSTEM, PASSWORD);
        InitiativesApi initiatives = new InitiativesApi(client);

        ApiException anonymous = assertThrows(ApiException.class, () -> new UsersApi(client(null, null)).getMe());
        assertEquals(401, anonymous.getCode());

        Me me = new UsersApi(client).getMe();
        assertEquals(SYSTEM, me.getUsername());
        assertEquals(List.of(Role.INTEGRATION), me.getRoles());
        assertEquals(PROVINCE, me.getOrganizationCode());

        List<Field> fields = new FieldsApi(client).listFields(0, 200).getItems();
        assertTrue(fields.stream().anyMatch(f -> f.getCode().equals("TECHNOLOGY")), "fields: " + fields);

        // Register with an idempotency key, then send the same again: one initiative.
        String title = "Hồ sơ đoàn viên điện tử — " + S;
        String key = "openapi-1/" + s;
        ApiResponse<InitiativeView> first = initiatives.registerInitiativeWithHttpInfo(registration(title), key);
        assertEquals(201, first.getStatusCode());
        assertNull(first.getHeaders().get("Idempotency-Replayed"));
        InitiativeView created = first.getData();
        assertNotNull(created.getId());
        assertEquals(InitiativeStatus.SUBMITTED, created.getStatus());
        assertEquals(title, created.getTitle(), "Vietnamese text exact");
        assertEquals(SYSTEM, created.getRegisteredBy());

        ApiResponse<InitiativeView> again = initiatives.registerInitiativeWithHttpInfo(registration(title), key);
        assertEquals(201, again.getStatusCode());
        assertEquals(List.of("true"), again.getHeaders().get("Idempotency-Replayed"));
        assertEquals(created.getId(), again.getData().getId());

        ApiException reused = assertThrows(ApiException.class,
                () -> initiatives.registerInitiative(registration("Một sáng kiến khác — " + S), key));
        assertEquals(422, reused.getCode());
        Problem problem = client.getObjectMapper().readValue(reused.getResponseBody(), Problem.class);
        assertTrue(problem.getType().endsWith("idempotency-key-reused"), problem.toString());

        // Read it back.
        InitiativeView read = initiatives.getInitiative(created.getId());
        assertEquals(CAMPAIGN, read.getCampaignCode());
        assertEquals(UNIT, read.getUnitCode());
        assertEquals(LocalDate.of(2026, 3, 2), read.getAppliedFrom());
        assertEquals(125_000_000L, read.getEstimatedValueVnd());
        assertEquals(2, read.getAuthors().size());
        assertEquals("Trần Thị Bình", read.getAuthors().get(0).getFullName());
        assertEquals(0, new BigDecimal("60").compareTo(read.getAuthors().get(0).getSharePercent()));

        // A batch: a good item and a bad one, which refuses only itself.
        String batchTitle = "Sổ tay công đoàn số — " + S;
        List<BatchResult> results = initiatives.registerInitiativeBatch(new BatchRequest().items(List.of(
                batchItem(registration(batchTitle), "openapi-b1/" + s),
                batchItem(registration("Sai"), "openapi-b2/" + s)))).getResults();
        assertEquals(2, results.size());
        assertEquals(201, results.get(0).getStatus());
        assertFalse(results.get(0).getReplayed());
        long batchId = results.get(0).getId();
        assertEquals(400, results.get(1).getStatus());
        assertNull(results.get(1).getId());
        assertTrue(results.get(1).getProblem().getErrors().stream().anyMatch(e -> e.getField().equals("title")),
                results.get(1).getProblem().toString());

        // The changes feed from the start: both initiatives of this subtree, once each.
        List<InitiativeChange> changes = new ArrayList<>();
        String next = null;
        for (int page = 0; page < 50; page++) {
            InitiativeChanges feed = initiatives.listInitiativeChanges(null, next, 1);
            next = feed.getNext();
            if (feed.getItems().isEmpty()) {
                break;
            }
            changes.addAll(feed.getItems());
        }
        assertEquals(List.of(created.getId(), batchId), changes.stream().map(InitiativeChange::getId).toList());
        assertEquals(batchTitle, changes.get(1).getTitle());

        // A move appears after the cursor, and only it.
        InitiativeView verified = initiatives.transitionInitiative(created.getId(),
                new TransitionRequest().action(TransitionRequest.ActionEnum.VERIFY));
        assertEquals(InitiativeStatus.VERIFIED, verified.getStatus());
        InitiativeChanges later = initiatives.listInitiativeChanges(null, next, null);
        assertEquals(1, later.getItems().size(), later.toString());
        assertEquals(created.getId(), later.getItems().get(0).getId());
        assertEquals(InitiativeStatus.VERIFIED, later.getItems().get(0).getStatus());
        assertEquals(verified.getVersion(), later.getItems().get(0).getVersion());

        List<HistoryEntry> history = initiatives.getInitiativeHistory(created.getId()).getItems();
        assertEquals(2, history.size(), history.toString());
        assertNull(history.get(0).getFrom());
        assertEquals(InitiativeStatus.SUBMITTED, history.get(0).getTo());
        assertEquals(SYSTEM, history.get(0).getBy());
        assertEquals("VERIFY", history.get(1).getAction());
        assertEquals(InitiativeStatus.VERIFIED, history.get(1).getTo());

        // The audit trail: not the system's to read; the administrator finds both changes, newest first.
        ApiException notAllowed = assertThrows(ApiException.class,
                () -> new AuditApi(client).listAuditEntries(null, null, null, null, null, null, null, null));
        assertEquals(403, notAllowed.getCode());
        List<AuditEntry> entries = new AuditApi(client("admin", Deployments.adminPassword())).listAuditEntries(
                AuditEntityType.INITIATIVE, created.getId().toString(), SYSTEM, null, null, AuditChannel.REST, 0, 20)
                .getItems();
        assertEquals(2, entries.size(), entries.toString());
        for (AuditEntry entry : entries) {
            assertEquals(created.getId().toString(), entry.getEntityId());
            assertEquals(SYSTEM, entry.getUsername());
            assertEquals(AuditChannel.REST, entry.getChannel());
        }
        assertFalse(entries.get(0).getAt().isBefore(entries.get(1).getAt()), "newest first: " + entries);

        // An import of a spreadsheet as the form's file: one row stored, then the same file replayed.
        java.io.File sheet = java.nio.file.Files.write(java.nio.file.Files.createTempFile("import-", ".xlsx"),
                ImportFiles.xlsx(List.of(new ArrayList<>(List.of("openapi-x1/" + s, CAMPAIGN, UNIT,
                        "Bảng chấm công điện tử — " + S, "TECHNOLOGY", "Tóm tắt.", "", "", "02/03/2026", 1_000_000,
                        "Trần Thị Bình (60); Lê Văn Cường (40)", "Có"))))).toFile();
        ImportResponse imported = initiatives.importInitiatives(sheet);
        assertEquals(1, imported.getCreated(), imported.toString());
        assertEquals(ImportRowResult.StatusEnum.CREATED, imported.getResults().get(0).getStatus());
        ImportResponse reimported = initiatives.importInitiatives(sheet);
        assertEquals(1, reimported.getReplayed(), reimported.toString());
        assertEquals(imported.getResults().get(0).getId(), reimported.getResults().get(0).getId());
        sheet.delete();
    }

    private static BatchItem batchItem(InitiativeRegistration r, String reference) {
        return new BatchItem().clientReference(reference).campaignCode(r.getCampaignCode()).unitCode(r.getUnitCode())
                .title(r.getTitle()).field(r.getField()).summary(r.getSummary()).appliedFrom(r.getAppliedFrom())
                .estimatedValueVnd(r.getEstimatedValueVnd()).authors(r.getAuthors());
    }
}
