package vn.sangkien.initiative.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.initiative.control.InitiativeWriter;
import vn.sangkien.initiative.control.RegistrationQueue;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.platform.config.DatabaseConfigSource;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.time.Moments;

/**
 * Where every channel registers an initiative (REST, the console, and next SOAP and imports).
 * Registration at the rate of a campaign's last days: valid registrations are written by group
 * commit ({@link RegistrationQueue}), many requests to one transaction, without a session bean or
 * JPA on the way. Anything else — a registration that breaks a rule, or that its batch did not write
 * because the database refused the batch — goes to {@link InitiativeRegistry#register}, which checks
 * it rule by rule, answers what is wrong, or writes it alone. Both write through {@link InitiativeWriter}.
 * A registration that no writer could take in time, or that comes while the application stops,
 * answers 503 and is not stored; one whose commit was sent but not confirmed answers 503 saying that
 * it may be stored.
 */
@ApplicationScoped
public class Registrar {

    /**
     * How long a request waits for a writer to take its registration (else it is withdrawn: 503, not
     * stored), and again for the commit of a batch that took it (else 503, may be stored). Longer than
     * a lock timeout, so that a batch held up by a lock fails and is answered within it.
     */
    private static final Duration PATIENCE = DatabaseConfigSource.LOCK_TIMEOUT.multipliedBy(4);

    @Resource(lookup = "java:app/jdbc/sangkien")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Caller caller;

    @Inject
    FieldCatalog fields;

    @Inject
    InitiativeRegistry registry;

    @Inject
    @ConfigProperty(name = "sangkien.registration.writers", defaultValue = "1")
    int writerCount;

    private RegistrationQueue queue;

    @PostConstruct
    void start() {
        queue = new RegistrationQueue(dataSource, threads, writerCount);
    }

    @PreDestroy
    void stop() {
        queue.stop();
    }

    /**
     * Registers as the caller and answers the initiative as stored. {@code v} holds what was already
     * found wrong in the request (a malformed member, say): then it goes the careful way directly, to
     * be answered with the rest.
     */
    public InitiativeView register(InitiativeRegistry.Registration registration, Violations v) {
        Optional<InitiativeView> written = v.isEmpty() ? byGroupCommit(registration) : Optional.empty();
        return written.orElseGet(() -> InitiativeView.of(registry.register(registration, v), true));
    }

    /** How many registrations wait for a writer: what an operator watches when registrations slow down. */
    @Gauge(name = "registrations_waiting", unit = MetricUnits.NONE, absolute = true,
            description = "Registrations waiting for a group-commit writer")
    public int waiting() {
        return queue.waiting();
    }

    /** The registration written and shown as stored; empty when it is for the registry to answer. */
    private Optional<InitiativeView> byGroupCommit(InitiativeRegistry.Registration registration) {
        UserPrincipal registrar = caller.principal();
        if (!Privileges.holds(registrar, Privileges.Capability.REGISTER_INITIATIVES)
                || registration.campaignCode() == null || registration.unitCode() == null) {
            return Optional.empty();
        }
        Instant now = Moments.now();
        Violations v = new Violations();
        InitiativeContent content = InitiativeRegistry.checkContent(registration.content(), fields, now, v);
        if (!v.isEmpty()) {
            return Optional.empty();
        }
        var draft = new InitiativeWriter.Draft(registration.campaignCode().strip(), registration.unitCode().strip(),
                content, registration.submit() ? InitiativeStatus.SUBMITTED : InitiativeStatus.DRAFT,
                registrar.username(), registrar.organizationPath(), now);
        RegistrationQueue.Outcome outcome = queue.register(draft, PATIENCE);
        if (outcome.unavailable()) {
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "problem.unavailable");
        }
        if (outcome.unknown()) {
            throw new BusinessException(BusinessException.Kind.OUTCOME_UNKNOWN, "problem.outcomeUnknown");
        }
        return Optional.ofNullable(outcome.written()).map(InitiativeView::of);
    }
}
