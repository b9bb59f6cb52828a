package vn.sangkien.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.sangkien.support.Json2.instantIn;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;
import vn.sangkien.support.Fixtures;
import vn.sangkien.support.Json2;
import vn.sangkien.support.PayaraProcess;

/**
 * The same WAR on Payara Server Full ({@code fish.payara.distributions:payara}, unpacked by the build):
 * a domain of its own with every listener on 127.0.0.1 (Hazelcast too, JMS and phoning home off),
 * the WAR deployed with {@code asadmin deploy}, then REST and SOAP called there. On H2 only: the
 * database is not what it proves. Each asadmin step is bounded; the domain is stopped and deleted.
 */
class PayaraServerIT {

    /** Below Linux's ephemeral ports (32768–60999): no client connection of the other tests can hold one of its ports. */
    private static final int PORT_BASE = 28600;
    private static final int HTTP_PORT = PORT_BASE + 80;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final String DOMAIN = "sangkien-it";
    private static final String PASSWORD = "Server-It-2026";
    private static final Path ROOT = Path.of("target", "payara-server", "payara6").toAbsolutePath();
    private static final Path DOMAINS = Path.of("target", "payara-server-domains").toAbsolutePath();
    private static final String BASE = "http://127.0.0.1:" + HTTP_PORT + "/";

    private static boolean started;

    @BeforeAll
    static void deployOnPayaraServer() throws Exception {
        assumeTrue(PayaraProcess.onH2(), "Payara Server is proved on the embedded H2");
        assumeTrue(Files.isDirectory(ROOT), "Payara Server is unpacked by the build (mvn verify)");
        deleteDomain();
        asadmin("create-domain", "--nopassword", "--portbase", Integer.toString(PORT_BASE),
                "--domaindir", DOMAINS.toString(), DOMAIN);
        Path config = DOMAINS.resolve(DOMAIN).resolve("config").resolve("domain.xml");
        Files.writeString(config, Files.readString(config)
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=")
                .replace("<hazelcast-runtime-configuration ",
                        "<hazelcast-runtime-configuration das-bind-address=\"127.0.0.1\" interface=\"127.0.0.1\" "));
        // The server's own H2 driver, for the application's embedded database.
        Files.copy(ROOT.resolve("h2db/bin/h2.jar"), DOMAINS.resolve(DOMAIN).resolve("lib/h2.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        startDomain();
        started = true;
        asadmin("--port", Integer.toString(ADMIN_PORT), "set",
                "configs.config.server-config.jms-service.type=DISABLED");
        asadmin("--port", Integer.toString(ADMIN_PORT), "create-jvm-options", "-Dhazelcast.socket.bind.any=false");
        asadmin("--port", Integer.toString(ADMIN_PORT), "disable-phone-home");
        asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        startDomain();
        asadmin("--port", Integer.toString(ADMIN_PORT), "deploy", "--name", "sangkien", "--contextroot", "/",
                new File(System.getProperty("sangkien.war", "target/sangkien.war")).getAbsolutePath());
    }

    @AfterAll
    static void stopAndDelete() throws Exception {
        if (started) {
            asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        }
        deleteDomain();
    }

    @Test
    void rest_and_soap_answer_on_payara_server_as_on_micro() throws Exception {
        Api admin = Api.at(BASE).as("admin", PASSWORD);
        assertEquals(200, Api.at(BASE).get("/health").status());
        String s = Deployments.runSuffix().toLowerCase(Locale.ROOT);
        String province = "PS-" + s.toUpperCase(Locale.ROOT), unit = "PU-" + s.toUpperCase(Locale.ROOT);
        String campaign = "PC-" + s.toUpperCase(Locale.ROOT);
        Fixtures.organization(admin, province, "Liên đoàn Lao động tỉnh Máy Chủ", "PROVINCE", "TLD").expect(201);
        Fixtures.organization(admin, unit, "Công đoàn cơ sở Máy Chủ", "GRASSROOTS", province).expect(201);
        Fixtures.campaign(admin, campaign, province, null, instantIn(-86_400), instantIn(86_400)).expect(201);
        String title = "Sáng kiến trên Payara Server — Ưu tiên ữ ỹ";
        String id = Json2.text(admin.post("initiatives", Fixtures.initiative(campaign, unit, title).build()).expect(201)
                .json().get("id"));

        HttpResponse<String> wsdl = http(HttpRequest.newBuilder(URI.create(BASE + "soap/integration?wsdl")).GET());
        assertEquals(200, wsdl.statusCode());
        assertEquals(Files.readString(Path.of("docs/integration.wsdl")).replaceAll("location=\"[^\"]*\"", "").strip(),
                wsdl.body().replaceAll("location=\"[^\"]*\"", "").strip(), "the same WSDL as on Payara Micro");
        HttpResponse<String> read = soap("<i:getInitiative><id>" + id + "</id></i:getInitiative>");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("<title>" + title + "</title>"), read.body());
        HttpResponse<String> registered = soap("<i:registerInitiatives><initiative><clientReference>ps-1</clientReference>"
                + "<campaignCode>" + campaign + "</campaignCode><unitCode>" + unit + "</unitCode><title>" + title
                + " (SOAP)</title><field>TECHNOLOGY</field><summary>Tóm tắt nội dung.</summary><author><fullName>"
                + "Nguyễn Văn An</fullName></author></initiative></i:registerInitiatives>");
        assertTrue(registered.body().contains("<status>201</status>"), registered.body());
        HttpResponse<String> missing = soap("<i:getInitiative><id>999999999</id></i:getInitiative>");
        assertEquals(500, missing.statusCode());
        assertTrue(missing.body().contains("<faultcode>soap:Client</faultcode>")
                && missing.body().contains("<status>404</status>"), missing.body());
        // Payara Server's own web-services container published nothing of its own.
        assertEquals(404, http(HttpRequest.newBuilder(URI.create(BASE + "IntegrationService?wsdl")).GET()).statusCode());
    }

    private static HttpResponse<String> soap(String operation) throws IOException, InterruptedException {
        String envelope = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:i=\"urn:sangkien:integration:v1\"><s:Body>" + operation + "</s:Body></s:Envelope>";
        return http(HttpRequest.newBuilder(URI.create(BASE + "soap/integration"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void startDomain() throws Exception {
        asadmin(List.of("SANGKIEN_DATA_DIR=" + Path.of("target", "payara-server-data").toAbsolutePath(),
                "SANGKIEN_ADMIN_PASSWORD=" + PASSWORD), "start-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
    }

    private static void deleteDomain() throws Exception {
        if (Files.isDirectory(DOMAINS.resolve(DOMAIN))) {
            asadmin("delete-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        }
    }

    private static void asadmin(String... args) throws Exception {
        asadmin(List.of(), args);
    }

    /** Runs asadmin with these environment settings, at most three minutes; fails on a non-zero exit. */
    private static void asadmin(List<String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/asadmin").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "payara-server-asadmin.log").toFile()));
        environment.forEach(e -> builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " took over three minutes");
        }
        assertEquals(0, process.exitValue(), "asadmin " + String.join(" ", args) + " (target/payara-server-asadmin.log)");
    }
}
