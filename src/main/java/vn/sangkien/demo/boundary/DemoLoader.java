package vn.sangkien.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.cluster.boundary.ClusterRegistry;
import vn.sangkien.demo.control.DemoFiles;
import vn.sangkien.demo.control.DemoPlanner;
import vn.sangkien.demo.entity.DemoCluster;
import vn.sangkien.demo.entity.DemoOrganization;
import vn.sangkien.demo.entity.DemoPlan;
import vn.sangkien.demo.entity.DemoUser;
import vn.sangkien.demo.entity.PlannedCampaign;
import vn.sangkien.demo.entity.PlannedInitiative;
import vn.sangkien.demo.entity.PlannedPact;
import vn.sangkien.demo.entity.PlannedStep;
import vn.sangkien.identity.boundary.Bootstrap;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.boundary.UserDirectory;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.boundary.InitiativeRegistry.DatedRegistration;
import vn.sangkien.initiative.boundary.InitiativeRegistry.Move;
import vn.sangkien.initiative.boundary.InitiativeRegistry.Registration;
import vn.sangkien.initiative.boundary.InitiativeRegistry.TransitionRequest;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.platform.refusal.Violations;

/**
 * With {@code SANGKIEN_DEMO=true}, loads the demo data once, after the bootstrap and before the
 * instance is ready: under the bootstrap lock, so that instances starting together load it once,
 * and in one transaction, through the components' own write paths. The administrator sets up the
 * organizations, users, campaigns and the cluster; each initiative is registered and moved through
 * the workflow by the demo user the plan names, so the workflow and the privileges decide as for
 * anyone.
 */
@ApplicationScoped
public class DemoLoader {

    /** The {@code system_setting} row that says the demo data is there; its value is the load instant. */
    static final String LOADED_SETTING = "demo.loaded";
    private static final int MOVES_PER_CALL = 50;
    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Caller caller;

    @Inject
    OrganizationRegistry organizations;

    @Inject
    UserDirectory users;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    ClusterRegistry clusters;

    @Inject
    InitiativeRegistry initiatives;

    @Inject
    @ConfigProperty(name = "SANGKIEN_DEMO", defaultValue = "false")
    boolean demo;

    /** The demo users as the load acts as them, read once per load. */
    private final Map<String, UserPrincipal> actors = new HashMap<>();

    /** One request context for the whole load: the caller it acts as is request-scoped. */
    @ActivateRequestContext
    void load(@Observes Bootstrap.Done done) throws Exception {
        if (!demo) {
            return;
        }
        long started = System.nanoTime();
        String loaded;
        transaction.begin();
        try {
            Bootstrap.lock(em);
            loaded = isLoaded() ? null : write(DemoPlanner.plan(DemoFiles.read(), done.at()), done.at());
            transaction.commit();
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
        if (loaded != null) {
            LOG.info("Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + loaded);
        }
    }

    private boolean isLoaded() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM system_setting WHERE name = ?1")
                .setParameter(1, LOADED_SETTING).getSingleResult()).longValue() > 0;
    }

    /** Writes the plan and marks the demo loaded; answers what it wrote. */
    private String write(DemoPlan plan, Instant at) {
        actors.clear();
        asUser(Bootstrap.ADMIN_USERNAME, () -> setUp(plan));
        long[] ids = register(plan.initiatives());
        int steps = move(plan.initiatives(), ids);
        em.createNativeQuery("INSERT INTO system_setting (name, text_value) VALUES (?1, ?2)")
                .setParameter(1, LOADED_SETTING).setParameter(2, at.toString()).executeUpdate();
        return plan.organizations().size() + " organizations, " + plan.users().size() + " users, "
                + plan.campaigns().size() + " campaigns, " + plan.clusters().size() + " cluster(s) with "
                + plan.pacts().size() + " pact(s), " + ids.length + " initiatives, " + steps + " workflow steps";
    }

    private void setUp(DemoPlan plan) {
        for (DemoOrganization o : plan.organizations()) {
            organizations.create(new OrganizationRegistry.Draft(o.code(), o.name(), o.level(), o.parentCode(),
                    o.place()),
                    new Violations());
        }
        // One derivation for the one password (PBKDF2 is slow on purpose).
        String hash = PasswordHash.of(plan.password());
        for (DemoUser u : plan.users()) {
            users.createHashed(new UserDirectory.Draft(u.username(), u.fullName(), null, List.of(u.role()),
                    u.organizationCode()), hash, new Violations());
        }
        for (PlannedCampaign c : plan.campaigns()) {
            campaigns.create(new CampaignRegistry.Draft(c.code(), c.name(), c.organizerCode(), c.parentCode(),
                    c.opensAt(), c.closesAt(), c.targetInitiatives(), c.targetCoveragePercent(), null), new Violations());
        }
        for (DemoCluster c : plan.clusters()) {
            clusters.create(new ClusterRegistry.Draft(c.code(), c.name(), c.organizerCode(), null, c.headCode(),
                    c.memberCodes()), new Violations());
        }
        for (PlannedPact p : plan.pacts()) {
            List<ClusterRegistry.MemberTargetDraft> targets = new ArrayList<>();
            p.memberTargets().forEach((unit, target) -> targets.add(new ClusterRegistry.MemberTargetDraft(unit, target)));
            clusters.sign(p.clusterCode(), new ClusterRegistry.PactDraft(p.campaignCode(), p.signedOn(),
                    p.targetInitiatives(), p.targetCoveragePercent(), targets, List.of()), new Violations());
        }
        clear();
    }

    /** Each registrar registers theirs in one call; answers the ids in the plan's order. */
    private long[] register(List<PlannedInitiative> planned) {
        Map<String, List<Integer>> byRegistrar = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            byRegistrar.computeIfAbsent(planned.get(i).registeredBy(), k -> new ArrayList<>()).add(i);
        }
        long[] ids = new long[planned.size()];
        byRegistrar.forEach((registrar, indexes) -> {
            List<DatedRegistration> registrations = indexes.stream().map(planned::get).map(p -> new DatedRegistration(
                    new Registration(p.campaignCode(), p.unitCode(), p.content(), p.registeredAs() == InitiativeStatus.SUBMITTED),
                    p.registeredAt())).toList();
            asUser(registrar, () -> {
                List<Long> registered = initiatives.registerAll(registrations);
                for (int k = 0; k < indexes.size(); k++) {
                    ids[indexes.get(k)] = registered.get(k);
                }
            });
            clear();
        });
        return ids;
    }

    /**
     * The workflow in rounds: the first step of every initiative, then the second, and so on; in
     * each round every actor takes their steps in one call, in time order. Answers how many steps.
     */
    private int move(List<PlannedInitiative> planned, long[] ids) {
        int count = 0;
        for (int round = 0; ; round++) {
            Map<String, List<Move>> byActor = new HashMap<>();
            for (int i = 0; i < planned.size(); i++) {
                List<PlannedStep> steps = planned.get(i).steps();
                if (steps.size() > round) {
                    PlannedStep s = steps.get(round);
                    byActor.computeIfAbsent(s.actor(), k -> new ArrayList<>()).add(new Move(ids[i], new TransitionRequest(
                            s.action().name(), s.comment(), s.decisionNumber(), s.decisionDate(), null), s.at()));
                }
            }
            if (byActor.isEmpty()) {
                return count;
            }
            for (Map.Entry<String, List<Move>> actor : byActor.entrySet()) {
                List<Move> moves = actor.getValue().stream().sorted(Comparator.comparing(Move::at)).toList();
                // A call flushes its moves at once and clears what it held: the flush costs more with every entity held.
                for (int from = 0; from < moves.size(); from += MOVES_PER_CALL) {
                    List<Move> chunk = moves.subList(from, Math.min(moves.size(), from + MOVES_PER_CALL));
                    asUser(actor.getKey(), () -> initiatives.transitionAll(chunk));
                }
                count += moves.size();
            }
        }
    }

    /** Writes what is pending (the registries record their audit after their own flush), then forgets it all. */
    private void clear() {
        em.flush();
        em.clear();
    }

    private void asUser(String username, Runnable work) {
        // Read after the users are created; an account changes nowhere else during the load.
        UserPrincipal user = actors.computeIfAbsent(username, users::principalOf);
        caller.actingAs(user, () -> {
            work.run();
            return null;
        });
    }
}
