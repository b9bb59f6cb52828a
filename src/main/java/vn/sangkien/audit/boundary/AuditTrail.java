package vn.sangkien.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.platform.audit.AuditEntry;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.refusal.BusinessException;

/**
 * Reads the audit trail, newest first, filtered and paged in the database, within what the caller
 * may read ({@link Privileges#auditScope}): an entry belongs to the organization it names.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * What to look for; null members look for anything. {@code since} is inclusive, {@code until}
     * exclusive.
     */
    public record Filter(AuditedType entityType, String entityId, String username, Instant since, Instant until,
                         Channel channel) {

        public static final Filter ANY = new Filter(null, null, null, null, null, null);

        /** The filter of a request's query parameters, checked (400 on a bad one). */
        public static Filter of(ListParameters params, String entityType, String entityId, String username,
                                String since, String until, String channel) {
            Filter filter = new Filter(params.enumFilter("entityType", entityType, AuditedType.class),
                    params.filter("entityId", entityId), params.filter("username", username),
                    params.instantFilter("since", since), params.instantFilter("until", until),
                    params.enumFilter("channel", channel, Channel.class));
            params.check();
            return filter;
        }

        public static Filter ofThing(AuditedType type, String id) {
            return new Filter(type, id, null, null, null, null);
        }
    }

    public Page<AuditEntry> list(Filter filter, ListParameters params) {
        params.check();
        String scope = Privileges.auditScope(caller.principal()).orElseThrow(BusinessException::forbidden);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> values = new HashMap<>();
        condition(where, values, "a.entityType = :entityType", "entityType", filter.entityType());
        condition(where, values, "a.entityId = :entityId", "entityId", filter.entityId());
        condition(where, values, "a.username = :username", "username", filter.username());
        condition(where, values, "a.at >= :since", "since", filter.since());
        condition(where, values, "a.at < :until", "until", filter.until());
        condition(where, values, "a.channel = :channel", "channel", filter.channel());
        condition(where, values, "a.organizationCode IN (SELECT o.code FROM Organization o WHERE o.path LIKE :subtree)",
                "subtree", scope.isEmpty() ? null : scope + "%");
        long total = bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class), values)
                .getSingleResult();
        List<AuditEntry> items = bind(em.createQuery("SELECT a FROM AuditEntry a" + where
                        + " ORDER BY a.at DESC, a.id DESC", AuditEntry.class), values)
                .setFirstResult(params.offset()).setMaxResults(params.size()).getResultList();
        return params.page(items, total);
    }

    /** Does the caller read the audit trail at all (the console shows it only then)? */
    public boolean readable() {
        return Privileges.auditScope(caller.principal()).isPresent();
    }

    private static void condition(StringBuilder where, Map<String, Object> values, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            values.put(name, value);
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> values) {
        values.forEach(query::setParameter);
        return query;
    }
}
