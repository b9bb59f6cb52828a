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
import vn.sangkien.initiative.control.RegistrationKey;
import vn.sangkien.initiative.control.RegistrationQueue;
import vn.sangkien.initiative.entity.Initiative;
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

    // For the write-path benchmark only (sangkien.registration.writers=0): each request writes its own
    // registration in one statement on a pooled connection, relying on the database's group commit.
    private final vn.sangkien.platform.persistence.Sequences.Block directInitiativeIds =
            new vn.sangkien.platform.persistence.Sequences.Block(InitiativeWriter.INITIATIVE_SEQUENCE);
    private final vn.sangkien.platform.persistence.Sequences.Block directStepIds =
            new vn.sangkien.platform.persistence.Sequences.Block(InitiativeWriter.STEP_SEQUENCE);

    private RegistrationQueue.Outcome writeDirectly(InitiativeWriter.Draft draft) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            var entry = new InitiativeWriter.Entry(directInitiativeIds.next(connection), directStepIds.next(connection), draft);
            boolean[] written = InitiativeWriter.store(connection, java.util.List.of(entry));
            return new RegistrationQueue.Outcome(written[0] ? entry : null, false, false);
        } catch (java.sql.SQLException e) {
            return new RegistrationQueue.Outcome(null, false, false);
        }
    }

    /** A registration's answer: the initiative as stored, and whether it was stored by an earlier send of its key. */
    public record Registered(InitiativeView initiative, boolean replayed) {
    }

    /** Registers as the caller without an idempotency key. */
    public InitiativeView register(InitiativeRegistry.Registration registration, Violations v) {
        return register(registration, null, null, v).initiative();
    }

    /**
     * Registers as the caller and answers the initiative as stored. {@code v} holds what was already
     * found wrong in the request (a malformed member, say): then it goes the careful way directly, to
     * be answered with the rest. With a {@code clientReference} (named {@code keyField} in a refusal),
     * a registration the caller already stored under it is answered again and nothing is stored; of
     * two sends at once, one stores and the other finds it.
     */
    public Registered register(InitiativeRegistry.Registration registration, String clientReference, String keyField,
                               Violations v) {
        RegistrationKey key = RegistrationKey.of(clientReference, keyField, v, registration.campaignCode(),
                registration.unitCode(), registration.content(), registration.submit());
        if (key != null) {
            Optional<Initiative> earlier = registry.registeredUnder(key);
            if (earlier.isPresent()) {
                return new Registered(InitiativeView.of(earlier.get(), true), true);
            }
        }
        Optional<InitiativeView> written = v.isEmpty() ? byGroupCommit(registration, key) : Optional.empty();
        if (written.isPresent()) {
            return new Registered(written.get(), false);
        }
        try {
            return new Registered(InitiativeView.of(registry.register(registration, key, v), true), false);
        } catch (RuntimeException e) {
            // Another send of the same key may have stored it meanwhile: then this one is its repeat.
            Optional<Initiative> stored = key == null || e instanceof BusinessException ? Optional.empty()
                    : registry.registeredUnder(key);
            if (stored.isPresent()) {
                return new Registered(InitiativeView.of(stored.get(), true), true);
            }
            throw e;
        }
    }

    /** How many registrations wait for a writer: what an operator watches when registrations slow down. */
    @Gauge(name = "registrations_waiting", unit = MetricUnits.NONE, absolute = true,
            description = "Registrations waiting for a group-commit writer")
    public int waiting() {
        return queue.waiting();
    }

    /** The registration written and shown as stored; empty when it is for the registry to answer. */
    private Optional<InitiativeView> byGroupCommit(InitiativeRegistry.Registration registration, RegistrationKey key) {
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
                registrar.username(), registrar.organizationPath(), now, key);
        RegistrationQueue.Outcome outcome = writerCount == 0 ? writeDirectly(draft) : queue.register(draft, PATIENCE);
        if (outcome.unavailable()) {
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "problem.unavailable");
        }
        if (outcome.unknown()) {
            throw new BusinessException(BusinessException.Kind.OUTCOME_UNKNOWN, "problem.outcomeUnknown");
        }
        return Optional.ofNullable(outcome.written()).map(InitiativeView::of);
    }
}
