package vn.sangkien.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.sangkien.demo.boundary.DemoData;
import vn.sangkien.demo.entity.DemoPlan;
import vn.sangkien.demo.entity.PlannedCampaign;
import vn.sangkien.demo.entity.PlannedInitiative;
import vn.sangkien.demo.entity.PlannedStep;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;

/**
 * The proof that the plan is the old DemoData's content: both at the same instant, DemoData written
 * into H2, the plan turned into the same lines of text (ids left out), compared line by line.
 */
class PlanMatchesDemoDataTest {

    @Test
    void the_plan_is_what_DemoData_wrote() throws SQLException {
        for (Instant at : List.of(Instant.parse("2026-12-04T19:55:13.123Z"), Instant.parse("2026-03-01T02:00:00Z"))) {
            String url = "jdbc:h2:mem:same" + at.getEpochSecond() + ";DB_CLOSE_DELAY=-1";
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common",
                    "classpath:db/migration/h2").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO organization (id, code, name, name_search, org_level, parent_id, path,"
                            + " active, version, created_at, updated_at) VALUES (NEXT VALUE FOR organization_seq, 'TLD',"
                            + " 'T', 't', 'NATIONAL', NULL, '/1/', TRUE, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                }
                DemoData.loadOnce(c, at);
                c.commit();
                DemoPlan plan = DemoPlanner.plan(DemoFiles.read(), at);
                assertEquals(lines(planned(plan)), lines(stored(c)), "at " + at);
            }
        }
    }

    /** With -Dsangkien.demo.compare.url=jdbc:h2:file:...: what a loader wrote, against the plan at its load instant. */
    @Test
    void the_loaded_database_is_the_plan() throws SQLException {
        String url = System.getProperty("sangkien.demo.compare.url");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null);
        try (Connection c = DriverManager.getConnection(url, "sangkien", "sangkien")) {
            Instant[] at = new Instant[1];
            query(c, "SELECT text_value FROM system_setting WHERE name = 'demo.loaded'", r -> at[0] = Instant.parse(r.getString(1)));
            String planned = lines(planned(DemoPlanner.plan(DemoFiles.read(), at[0])));
            String stored = lines(stored(c));
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/demo-planned.txt"), planned);
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/demo-stored.txt"), stored);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(planned, stored, "at " + at[0]);
        }
    }

    private static String lines(List<String> lines) {
        return lines.stream().sorted().collect(Collectors.joining("\n"));
    }

    private static List<String> planned(DemoPlan plan) {
        List<String> lines = new ArrayList<>();
        plan.organizations().forEach(o -> lines.add("org " + o.code() + "|" + o.name() + "|" + o.level() + "|" + o.parentCode()));
        plan.users().forEach(u -> lines.add("user " + u.username() + "|" + u.fullName() + "|" + u.role() + "|" + u.organizationCode()));
        for (PlannedCampaign c : plan.campaigns()) {
            lines.add("campaign " + c.code() + "|" + c.name() + "|" + c.organizerCode() + "|" + c.parentCode() + "|"
                    + c.opensAt() + "|" + c.closesAt() + "|" + c.targetInitiatives() + "|" + decimal(c.targetCoveragePercent()));
        }
        plan.pacts().forEach(p -> lines.add("pact " + p.clusterCode() + "|" + p.campaignCode() + "|" + p.signedOn() + "|"
                + p.targetInitiatives() + "|" + decimal(p.targetCoveragePercent()) + "|" + new TreeMap<>(p.memberTargets())));
        for (PlannedInitiative i : plan.initiatives()) {
            InitiativeContent x = i.content();
            PlannedStep last = i.steps().isEmpty() ? null : i.steps().get(i.steps().size() - 1);
            boolean recognized = last != null && last.decisionNumber() != null;
            StringBuilder line = new StringBuilder("initiative " + i.campaignCode() + "|" + i.unitCode() + "|" + x.title()
                    + "|" + x.fieldCode() + "|" + x.summary() + "|" + x.currentSituation() + "|" + x.solution() + "|"
                    + x.novelty() + "|" + x.applicability() + "|" + x.benefits() + "|" + x.socialBenefit() + "|"
                    + x.ownerName() + "|" + x.appliedFrom() + "|" + x.estimatedValueVnd() + "|" + x.confidential() + "|"
                    + x.confidentialContent() + "|" + i.status() + "|" + i.registeredAt() + "|" + i.registeredBy() + "|"
                    + i.updatedAt() + "|" + (recognized ? last.decisionNumber() : null) + "|"
                    + (recognized ? last.decisionDate() : null) + "|" + (1 + i.steps().size()));
            for (Author a : x.authors()) {
                line.append("|a ").append(a.getFullName()).append('/').append(a.getMemberCode()).append('/')
                        .append(decimal(a.getSharePercent()));
            }
            line.append("|h REGISTER/null/").append(i.registeredAs()).append('/').append(i.registeredBy()).append('/')
                    .append(i.registeredAt()).append("/null");
            for (PlannedStep s : i.steps()) {
                line.append("|h ").append(s.action()).append('/').append(s.from()).append('/').append(s.to()).append('/')
                        .append(s.actor()).append('/').append(s.at()).append('/').append(s.comment());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> stored(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        query(c, "SELECT o.code, o.name, o.org_level, p.code FROM organization o JOIN organization p ON p.id = o.parent_id",
                r -> lines.add("org " + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4)));
        query(c, "SELECT u.username, u.full_name, r.role, o.code FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                + " JOIN organization o ON o.id = u.organization_id",
                r -> lines.add("user " + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4)));
        query(c, "SELECT c.code, c.name, o.code, p.code, c.opens_at, c.closes_at, c.target_initiatives,"
                + " c.target_coverage_percent FROM campaign c JOIN organization o ON o.id = c.organizer_id"
                + " LEFT JOIN campaign p ON p.id = c.parent_id",
                r -> lines.add("campaign " + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
                        + r.getString(4) + "|" + instant(r, 5) + "|" + instant(r, 6) + "|" + r.getObject(7) + "|"
                        + decimal(r.getBigDecimal(8))));
        query(c, "SELECT k.code, c.code, p.signed_on, p.target_initiatives, p.target_coverage_percent, p.id"
                + " FROM pact p JOIN emulation_cluster k ON k.id = p.cluster_id JOIN campaign c ON c.id = p.campaign_id",
                r -> {
                    Map<String, Integer> targets = new TreeMap<>();
                    query(c, "SELECT o.code, t.target_initiatives FROM pact_member_target t JOIN organization o"
                            + " ON o.id = t.organization_id WHERE t.pact_id = " + r.getLong(6),
                            t -> targets.put(t.getString(1), t.getInt(2)));
                    lines.add("pact " + r.getString(1) + "|" + r.getString(2) + "|" + r.getObject(3, java.time.LocalDate.class)
                            + "|" + r.getInt(4) + "|" + decimal(r.getBigDecimal(5)) + "|" + targets);
                });
        query(c, "SELECT c.code, u.code, i.title, i.field_code, i.summary, i.current_situation, i.solution, i.novelty,"
                + " i.applicability, i.benefits, i.social_benefit, i.owner_name, i.applied_from, i.estimated_value_vnd,"
                + " i.confidential, i.confidential_content, i.status, i.registered_at, i.registered_by, i.updated_at,"
                + " i.recognition_decision_no, i.recognition_date, i.version, i.id, rb.code FROM initiative i"
                + " JOIN campaign c ON c.id = i.campaign_id JOIN organization u ON u.id = i.unit_id"
                + " LEFT JOIN organization rb ON rb.id = i.recognized_by_id", r -> {
                    StringBuilder line = new StringBuilder("initiative " + r.getString(1) + "|" + r.getString(2));
                    for (int col = 3; col <= 17; col++) {
                        Object value = col == 13 ? r.getObject(col, java.time.LocalDate.class) : r.getObject(col);
                        line.append('|').append(value);
                    }
                    line.append('|').append(instant(r, 18)).append('|').append(r.getString(19)).append('|')
                            .append(instant(r, 20)).append('|').append(r.getString(21)).append('|')
                            .append(r.getObject(22, java.time.LocalDate.class)).append('|').append(r.getLong(23));
                    long id = r.getLong(24);
                    query(c, "SELECT full_name, member_code, share_percent FROM initiative_author WHERE initiative_id = "
                            + id + " ORDER BY author_order", a -> line.append("|a ").append(a.getString(1)).append('/')
                            .append(a.getString(2)).append('/').append(decimal(a.getBigDecimal(3))));
                    query(c, "SELECT action, from_status, to_status, actor, happened_at, comment_text FROM"
                            + " initiative_transition WHERE initiative_id = " + id + " ORDER BY happened_at, id",
                            h -> line.append("|h ").append(h.getString(1)).append('/').append(h.getString(2)).append('/')
                                    .append(h.getString(3)).append('/').append(h.getString(4)).append('/')
                                    .append(instant(h, 5)).append('/').append(h.getString(6)));
                    lines.add(line.toString());
                });
        return lines;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
