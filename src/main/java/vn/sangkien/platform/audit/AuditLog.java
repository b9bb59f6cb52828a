package vn.sangkien.platform.audit;

import vn.sangkien.platform.time.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Records changes in the transaction that makes them, so that a change and its record stand or fall together. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, String entityKey, String action, String detail) {
        em.persist(new AuditEvent(Moments.now(), actor, entityType, entityKey, action, detail));
    }
}
