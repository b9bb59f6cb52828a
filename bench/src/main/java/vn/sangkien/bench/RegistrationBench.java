package vn.sangkien.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The registration benchmark: three phases at the same concurrency, printed as one table.
 * <ol>
 * <li>registration — {@code POST /api/v1/initiatives}, only 201s count as successes;</li>
 * <li>trivial — {@code GET /api/v1/me} with the same credentials: what the server, the security and JAX-RS
 * cost without any business work (the framework ceiling);</li>
 * <li>jdbc — single-row {@code INSERT} + {@code COMMIT} (autocommit) through plain JDBC into the same database,
 * one connection per thread (the database ceiling).</li>
 * </ol>
 */
public final class RegistrationBench {

    static final String SUMMARY = "Sáng kiến đề xuất cải tiến quy trình tiếp nhận, phân loại và xử lý hồ sơ "
            + "đề nghị của đoàn viên công đoàn cơ sở: số hoá biểu mẫu, tự động nhắc hạn, theo dõi tiến độ "
            + "trên một bảng điều khiển chung. Giảm thời gian xử lý trung bình từ năm ngày xuống còn hai ngày, "
            + "tiết kiệm giấy tờ và công sức của cán bộ công đoàn; dễ áp dụng ở các đơn vị khác trong tỉnh.";

    static final String[] AUTHORS = {
        "Nguyễn Thị Hồng Nhung", "Trần Văn Đức", "Lê Hoàng Yến", "Phạm Quốc Việt", "Đặng Thuỳ Dương",
        "Võ Minh Khôi", "Huỳnh Ngọc Ánh", "Bùi Đức Thắng"
    };

    private static final String REGISTRATION = "registration (POST /api/v1/initiatives)";
    private static final String TRIVIAL = "trivial (GET /api/v1/me)";
    private static final String JDBC = "jdbc (INSERT + COMMIT)";

    private RegistrationBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = new Options(args);
        } catch (IllegalArgumentException e) {
            if (!"help".equals(e.getMessage())) {
                System.err.println(e.getMessage());
            }
            System.err.println(Options.USAGE);
            System.exit("help".equals(e.getMessage()) ? 0 : 2);
            return;
        }
        System.exit(run(o));
    }

    static int run(Options o) throws Exception {
        List<String> phases = o.list("phases", "registration,trivial,jdbc");
        for (String p : phases) {
            if (!List.of("registration", "trivial", "jdbc").contains(p)) {
                throw new IllegalArgumentException("unknown phase: " + p);
            }
        }
        boolean http = phases.contains("registration") || phases.contains("trivial");
        int threads = (int) o.number("threads", 16, 1, 1024);
        // Each phase is warmed up just before it is measured, for as long as the JIT compilers need on two
        // cores that the load keeps busy: about 100 s for the registration path (measured by the compile
        // events of a recorded run). With less, the phase that runs first pays for compiling the code all
        // phases share: with 10 s, registration measured 0.17 of the trivial ceiling and 1.7 ms of server
        // CPU per request, against 0.4 ms once compiled.
        Duration warmup = Duration.ofSeconds(o.number("warmup", 120, 0, 3600));
        Duration measure = Duration.ofSeconds(o.number("measure", 30, 1, 3600));
        long maxOps = o.number("max-ops", 2_000_000, 1, Long.MAX_VALUE);
        String baseUrl = stripSlash(o.string("base-url", "http://127.0.0.1:8282"));
        String jdbcUrl = o.string("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/sangkien_bench");
        String jdbcUser = o.string("jdbc-user", "postgres");
        String jdbcPassword = o.string("jdbc-password", "");
        String countTable = o.string("count-table", "initiative");
        CpuSampler serverCpu = new CpuSampler(o.number("server-pid", 0, 0, Long.MAX_VALUE));
        CpuSampler noServerCpu = new CpuSampler(0);

        String user = http ? o.required("user") : o.string("user", "");
        String password = http ? o.required("password") : o.string("password", "");
        String campaign = phases.contains("registration") ? o.required("campaign") : "";
        String unit = phases.contains("registration") ? o.required("unit") : "";
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        System.out.printf("Sáng kiến registration benchmark: %s, %d clients, %d s warm-up + %d s measured per phase%n",
                String.join(", ", phases), threads, warmup.toSeconds(), measure.toSeconds());
        System.out.printf("server %s as %s; database %s%n", baseUrl, user, jdbcUrl);

        // One client for all threads: HTTP/1.1 keeps one connection per busy thread (16 connections).
        HttpClient client = http ? HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build() : null;

        if (http && o.bool("preflight", true)) {
            if (!preflight(client, baseUrl, auth, campaign, unit, phases)) {
                return 4;
            }
        }

        // Registration and trivial are measured in turns (rounds), each after its own warm-up, so that the ratio of
        // the two compares them on the same machine: its speed drifts by 10 % and more over minutes (bench/README.md).
        List<String> httpPhases = phases.stream().filter(p -> !p.equals("jdbc")).toList();
        int rounds = httpPhases.size() > 1 ? (int) o.number("rounds", 3, 1, 100) : 1;
        Duration settle = Duration.ofSeconds(o.number("settle", 10, 0, 600));
        Duration roundMeasure = measure.dividedBy(rounds);
        Map<String, PhaseResult> byPhase = new LinkedHashMap<>();
        Map<String, List<Double>> roundThroughputs = new LinkedHashMap<>();
        Long rowsBefore = null;
        DatabaseActivity activityBefore = null;
        if (phases.contains("registration")) {
            rowsBefore = countRows(jdbcUrl, jdbcUser, jdbcPassword, countTable);
            activityBefore = DatabaseActivity.read(jdbcUrl, jdbcUser, jdbcPassword);
        }
        for (int round = 1; round <= rounds; round++) {
            Duration roundWarmup = round == 1 ? warmup : settle;
            String of = rounds > 1 ? ", round " + round + " of " + rounds : "";
            for (String phase : httpPhases) {
                PhaseResult r = phase.equals("registration")
                        ? PhaseRunner.run(REGISTRATION, REGISTRATION + of, threads, roundWarmup, roundMeasure, maxOps,
                                serverCpu, t -> new Registration(client, baseUrl, auth, campaign, unit))
                        : PhaseRunner.run(TRIVIAL, TRIVIAL + of, threads, roundWarmup, roundMeasure, maxOps,
                                serverCpu, t -> new Trivial(client, baseUrl, auth));
                byPhase.merge(phase, r, PhaseResult::plus);
                roundThroughputs.computeIfAbsent(phase, p -> new ArrayList<>()).add(r.throughput());
            }
        }
        PhaseResult registration = byPhase.get("registration");
        PhaseResult trivial = byPhase.get("trivial");
        if (registration != null) {
            Long rowsAfter = countRows(jdbcUrl, jdbcUser, jdbcPassword, countTable);
            long answered = registration.ok() + registration.warmupOk();
            if (rowsBefore != null && rowsAfter != null) {
                System.out.printf("%n   rows added to %s: %d; 201 answers (warm-up + measured): %d%s%n",
                        countTable, rowsAfter - rowsBefore, answered,
                        rowsAfter - rowsBefore == answered ? " (match)" : " (MISMATCH)");
            }
            DatabaseActivity.printPerOperation(activityBefore,
                    DatabaseActivity.read(jdbcUrl, jdbcUser, jdbcPassword), answered, "registration");
        }
        List<PhaseResult> results = new ArrayList<>(byPhase.values());
        if (phases.contains("jdbc")) {
            prepareJdbcTable(jdbcUrl, jdbcUser, jdbcPassword);
            results.add(PhaseRunner.run(JDBC, JDBC, threads, warmup, measure, maxOps, noServerCpu,
                    t -> new JdbcInsert(jdbcUrl, jdbcUser, jdbcPassword)));
        }

        printTable(results, threads, measure);
        printMarkdown(results);
        if (registration != null && trivial != null) {
            double ratio = trivial.throughput() > 0 ? registration.throughput() / trivial.throughput() : Double.NaN;
            double p99 = registration.millis(99);
            System.out.printf(Locale.ROOT, "%nregistration / trivial throughput: %.2f (goal >= 0.50: %s)%n", ratio,
                    ratio >= 0.5 ? "met" : "NOT met");
            if (rounds > 1) {
                List<Double> reg = roundThroughputs.get("registration");
                List<Double> triv = roundThroughputs.get("trivial");
                StringBuilder line = new StringBuilder("by round (registration/s, trivial/s, ratio):");
                for (int i = 0; i < rounds; i++) {
                    line.append(String.format(Locale.ROOT, " %.0f, %.0f, %.2f;", reg.get(i), triv.get(i),
                            triv.get(i) > 0 ? reg.get(i) / triv.get(i) : Double.NaN));
                }
                System.out.println(line.substring(0, line.length() - 1));
            }
            System.out.printf(Locale.ROOT, "registration p99: %.1f ms (goal < 100 ms: %s)%n", p99,
                    p99 < 100 ? "met" : "NOT met");
        }
        for (PhaseResult r : results) {
            if (r.ok() == 0) {
                System.out.println("phase '" + r.name() + "' had no successful operation");
                return 3;
            }
        }
        return 0;
    }

    private static boolean preflight(HttpClient client, String baseUrl, String auth, String campaign, String unit,
                                     List<String> phases) throws InterruptedException {
        try {
            HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", auth)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("preflight GET /api/v1/me -> " + me.statusCode() + " " + abbreviate(me.body(), 300));
            if (me.statusCode() != 200) {
                return false;
            }
            if (phases.contains("registration")) {
                Registration r = new Registration(client, baseUrl, auth, campaign, unit);
                HttpResponse<String> reg = client.send(r.request(-1, 0), HttpResponse.BodyHandlers.ofString());
                System.out.println("preflight POST /api/v1/initiatives -> " + reg.statusCode() + " "
                        + reg.headers().firstValue("Location").orElse("(no Location)") + " "
                        + abbreviate(reg.body(), 600));
                if (reg.statusCode() != 201) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            System.out.println("preflight failed: " + e);
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------ phases

    /** POST /api/v1/initiatives with a valid body; a success is a 201 whose body has an id. */
    static final class Registration implements PhaseRunner.Operation {
        private final HttpClient client;
        private final URI uri;
        private final String auth;
        private final String prefix;

        Registration(HttpClient client, String baseUrl, String auth, String campaign, String unit) {
            this.client = client;
            this.uri = URI.create(baseUrl + "/api/v1/initiatives");
            this.auth = auth;
            this.prefix = "{\"campaignCode\":" + Json.quote(campaign) + ",\"unitCode\":" + Json.quote(unit)
                    + ",\"field\":\"TECHNOLOGY\",\"summary\":" + Json.quote(SUMMARY) + ",\"title\":";
        }

        HttpRequest request(int thread, long seq) {
            String title = "Sáng kiến cải tiến quy trình xử lý hồ sơ đoàn viên — luồng " + thread + ", số " + seq;
            String author = AUTHORS[(int) ((seq + Math.max(0, thread)) % AUTHORS.length)];
            String body = prefix + Json.quote(title) + ",\"authors\":[{\"fullName\":" + Json.quote(author)
                    + ",\"sharePercent\":100}]}";
            return HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        }

        @Override
        public PhaseRunner.Outcome call(int thread, long seq) throws Exception {
            HttpResponse<String> r = client.send(request(thread, seq), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                return PhaseRunner.Outcome.error("HTTP " + r.statusCode(), abbreviate(r.body(), 500));
            }
            if (!r.body().contains("\"id\"")) {
                return PhaseRunner.Outcome.error("201 without id", abbreviate(r.body(), 500));
            }
            return PhaseRunner.Outcome.OK;
        }
    }

    /** GET /api/v1/me: the cheapest authenticated request. */
    static final class Trivial implements PhaseRunner.Operation {
        private final HttpClient client;
        private final HttpRequest request;

        Trivial(HttpClient client, String baseUrl, String auth) {
            this.client = client;
            this.request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
        }

        @Override
        public PhaseRunner.Outcome call(int thread, long seq) throws Exception {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return PhaseRunner.Outcome.error("HTTP " + r.statusCode(), abbreviate(r.body(), 500));
            }
            return PhaseRunner.Outcome.OK;
        }
    }

    /** One connection per thread, autocommit: every execute is one single-row INSERT + COMMIT. */
    static final class JdbcInsert implements PhaseRunner.Operation {
        private final Connection connection;
        private final PreparedStatement insert;

        JdbcInsert(String url, String user, String password) throws SQLException {
            connection = connect(url, user, password);
            connection.setAutoCommit(true);
            insert = connection.prepareStatement("INSERT INTO bench_insert (title, payload) VALUES (?, ?)");
        }

        @Override
        public PhaseRunner.Outcome call(int thread, long seq) throws Exception {
            insert.setString(1, "Sáng kiến cải tiến quy trình xử lý hồ sơ đoàn viên — luồng " + thread + ", số " + seq);
            insert.setString(2, SUMMARY);
            int n = insert.executeUpdate();
            return n == 1 ? PhaseRunner.Outcome.OK : PhaseRunner.Outcome.error("rows=" + n, "executeUpdate");
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ database

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "sangkien-bench");
        return DriverManager.getConnection(url, p);
    }

    static void prepareJdbcTable(String url, String user, String password) throws SQLException {
        try (Connection c = connect(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert ("
                    + " id BIGSERIAL PRIMARY KEY,"
                    + " title VARCHAR(300),"
                    + " created_at TIMESTAMPTZ DEFAULT now(),"
                    + " payload VARCHAR(2000))");
        }
    }

    /** Rows in a table of the application's schema, or null when it cannot be counted (then nothing is said). */
    static Long countRows(String url, String user, String password, String table) {
        if (table == null || table.isBlank() || !table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return null;
        }
        try (Connection c = connect(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            System.out.println("   (cannot count rows of " + table + ": " + e.getMessage() + ")");
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ output

    static void printTable(List<PhaseResult> results, int threads, Duration measure) {
        System.out.printf("%nResults (%d concurrent clients, %d s measured per phase; latencies of successes;"
                + " CPU ms per successful operation)%n", threads, measure.toSeconds());
        String fmt = "%-40s %8s %6s %12s %7s %7s %8s %8s %7s %7s %7s %6s %6s%n";
        System.out.printf(fmt, "phase", "requests", "errors", "throughput/s", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "srv cpu", "gen cpu", "pg cpu", "busy%", "other%");
        for (PhaseResult r : results) {
            System.out.printf(Locale.ROOT, fmt, r.name(), r.ok() + r.errors(), r.errors(),
                    String.format(Locale.ROOT, "%.1f", r.throughput()), ms(r.millis(50)), ms(r.millis(90)),
                    ms(r.millis(99)), ms(r.maxMillis()), ms(r.serverCpuMillisPerOp()), ms(r.generatorCpuMillisPerOp()),
                    ms(r.postgresCpuMillisPerOp()), pct(r.machineBusyPercent()), pct(r.otherPercent()));
        }
    }

    static void printMarkdown(List<PhaseResult> results) {
        System.out.println();
        System.out.println("| phase | requests | errors | throughput/s | p50 ms | p90 ms | p99 ms | max ms"
                + " | server CPU ms/op | generator CPU ms/op | PostgreSQL CPU ms/op | machine busy % | other processes % |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (PhaseResult r : results) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.name(), r.ok() + r.errors(), r.errors(), r.throughput(), ms(r.millis(50)), ms(r.millis(90)),
                    ms(r.millis(99)), ms(r.maxMillis()), ms(r.serverCpuMillisPerOp()), ms(r.generatorCpuMillisPerOp()),
                    ms(r.postgresCpuMillisPerOp()), pct(r.machineBusyPercent()), pct(r.otherPercent()));
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
