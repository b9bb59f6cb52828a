package vn.sangkien.initiative.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Where every channel registers an initiative (REST, the console, SOAP and spreadsheet imports).
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
    /** The most items of one batch. */
    public static final int MAX_BATCH = 500;
    /** A batch item's idempotency key, as REST and SOAP name it. */
    public static final String CLIENT_REFERENCE = "clientReference";

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

    /** A registration's answer: the initiative as stored, and whether it was stored by an earlier send of its key. */
    public record Registered(InitiativeView initiative, boolean replayed) {
    }

    /** One registration of a batch: what it says, its key, and what was found wrong reading it. */
    public record Item(InitiativeRegistry.Registration registration, String clientReference, String keyField,
                       Violations violations) {
    }

    /** An item's answer: registered, or refused as it would have been alone. */
    public record Outcome(Registered registered, BusinessException refusal) {

        Registered orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return registered;
        }
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
        return registerAll(List.of(new Item(registration, clientReference, keyField, v))).get(0).orThrow();
    }

    /** A batch from a provincial system holds 1–{@value #MAX_BATCH} items; more answer 413. */
    public static void checkBatchSize(int count) {
        if (count == 0) {
            throw BusinessException.invalid("items", "batch.items.empty", MAX_BATCH);
        }
        if (count > MAX_BATCH) {
            throw new BusinessException(BusinessException.Kind.TOO_LARGE, "batch.items.tooMany", MAX_BATCH);
        }
    }

    /**
     * The items of a batch whose size {@link #checkBatchSize} accepted, each with a
     * {@code clientReference} that is required and unique within the batch, answered as
     * {@link #registerAll} answers.
     */
    public List<Outcome> registerBatch(List<Item> items) {
        checkReferences(items);
        return registerAll(items);
    }

    /**
     * Marks the items without a {@code clientReference}, and those whose reference an earlier item of
     * the same sending holds: what a batch asks, and an import of its whole file before its batches.
     */
    public static void checkReferences(List<Item> items) {
        Set<String> references = new HashSet<>();
        for (Item item : items) {
            if (item.clientReference() == null) {
                item.violations().add(item.keyField(), "field.required");
            } else if (!references.add(item.clientReference())) {
                item.violations().add(item.keyField(), "idempotency.key.duplicate");
            }
        }
    }

    /**
     * Registers each item as {@link #register} would alone, answering each in order; one item's
     * refusal refuses only itself. The items that may go by group commit are queued together, so
     * that they share batches.
     */
    public List<Outcome> registerAll(List<Item> items) {
        int n = items.size();
        Outcome[] outcomes = new Outcome[n];
        RegistrationKey[] keys = new RegistrationKey[n];
        List<Integer> queued = new ArrayList<>();
        List<InitiativeWriter.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            InitiativeRegistry.Registration r = item.registration();
            keys[i] = RegistrationKey.of(item.clientReference(), item.keyField(), item.violations(), r.campaignCode(),
                    r.unitCode(), r.content(), r.submit());
        }
        // What earlier sends stored under these keys, asked once for the whole batch.
        Map<String, InitiativeRegistry.Keyed> earlier = registry.registeredUnder(Arrays.stream(keys)
                .filter(Objects::nonNull).map(RegistrationKey::clientReference).collect(Collectors.toSet()));
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            // A key refused as such (a repeat within the sending) is no replay, whatever was stored under it.
            InitiativeRegistry.Keyed stored = keys[i] == null || item.violations().has(item.keyField()) ? null
                    : earlier.get(keys[i].clientReference());
            if (stored != null) {
                try {
                    outcomes[i] = replayOf(stored.repeatedBy(keys[i]));
                } catch (BusinessException reused) {
                    outcomes[i] = new Outcome(null, reused);
                }
                continue;
            }
            InitiativeRegistry.Registration r = item.registration();
            InitiativeWriter.Draft draft = item.violations().isEmpty() ? draftOf(r, keys[i]) : null;
            if (draft != null) {
                queued.add(i);
                drafts.add(draft);
            }
        }
        List<RegistrationQueue.Outcome> written = queue.registerAll(drafts, PATIENCE);
        for (int q = 0; q < queued.size(); q++) {
            RegistrationQueue.Outcome outcome = written.get(q);
            int i = queued.get(q);
            if (outcome.unavailable()) {
                outcomes[i] = new Outcome(null, new BusinessException(BusinessException.Kind.UNAVAILABLE,
                        "problem.unavailable"));
            } else if (outcome.unknown()) {
                outcomes[i] = new Outcome(null, new BusinessException(BusinessException.Kind.OUTCOME_UNKNOWN,
                        "problem.outcomeUnknown"));
            } else if (outcome.written() != null) {
                outcomes[i] = new Outcome(new Registered(InitiativeView.of(outcome.written()), false), null);
            }
        }
        for (int i = 0; i < n; i++) {
            if (outcomes[i] == null) {
                outcomes[i] = carefully(items.get(i), keys[i]);
            }
        }
        return List.of(outcomes);
    }

    /** The registry's way: rule by rule, naming what is wrong, or written alone. */
    private Outcome carefully(Item item, RegistrationKey key) {
        try {
            return new Outcome(new Registered(InitiativeView.of(
                    registry.register(item.registration(), key, item.violations()), true), false), null);
        } catch (RuntimeException e) {
            // Another send of the same key may have stored it meanwhile (the writer then left this one
            // unwritten: a conflict, or the key's uniqueness refused it): then this one is its repeat.
            // What the rules refused otherwise stays refused.
            if (e instanceof BusinessException refused && refused.kind() != BusinessException.Kind.CONFLICT) {
                return new Outcome(null, refused);
            }
            Optional<Initiative> stored;
            try {
                stored = key == null ? Optional.empty() : registry.registeredUnder(key);
            } catch (BusinessException reused) {
                return new Outcome(null, reused);
            }
            if (stored.isPresent()) {
                return replayOf(stored.get());
            }
            if (e instanceof BusinessException refusal) {
                return new Outcome(null, refusal);
            }
            throw e;
        }
    }

    private static Outcome replayOf(Initiative earlier) {
        return new Outcome(new Registered(InitiativeView.of(earlier, true), true), null);
    }

    /** How many registrations wait for a writer: what an operator watches when registrations slow down. */
    @Gauge(name = "registrations_waiting", unit = MetricUnits.NONE, absolute = true,
            description = "Registrations waiting for a group-commit writer")
    public int waiting() {
        return queue.waiting();
    }

    /**
     * The registration as the group commit writes it, when it may go that way: a registrar with
     * codes and a content that passes its rules. Null otherwise: the registry answers it.
     */
    private InitiativeWriter.Draft draftOf(InitiativeRegistry.Registration registration, RegistrationKey key) {
        UserPrincipal registrar = caller.principal();
        if (!Privileges.holds(registrar, Privileges.Capability.REGISTER_INITIATIVES)
                || registration.campaignCode() == null || registration.unitCode() == null) {
            return null;
        }
        Instant now = Moments.now();
        Violations v = new Violations();
        InitiativeContent content = InitiativeRegistry.checkContent(registration.content(), fields, now, v);
        if (!v.isEmpty()) {
            return null;
        }
        return new InitiativeWriter.Draft(registration.campaignCode().strip(), registration.unitCode().strip(),
                content, registration.submit() ? InitiativeStatus.SUBMITTED : InitiativeStatus.DRAFT,
                registrar.username(), registrar.organizationPath(), now).keyed(key);
    }
}
