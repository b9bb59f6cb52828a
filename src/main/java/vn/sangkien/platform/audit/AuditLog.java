package vn.sangkien.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import vn.sangkien.platform.persistence.InstantConverter;
import vn.sangkien.platform.persistence.Sequences;
import vn.sangkien.platform.time.Moments;

/**
 * Records changes in the transaction that makes them, so that a change and its record stand or fall
 * together. New initiatives are recorded by their writer, in the statement that writes them.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /**
     * Records a change made through the current request's channel ({@link Channel#current}).
     *
     * @param username who made it; null when the system did (a timer)
     * @param organizationCode the organization it belongs to, which decides who may read the entry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String username, AuditedType type, String entityId, String organizationCode, String action,
                       String detail) {
        record(Channel.current(), username, type, entityId, organizationCode, action, detail);
    }

    /** Records a change that came through this channel (a sign-in is refused before any request filter runs). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Channel channel, String username, AuditedType type, String entityId, String organizationCode,
                       String action, String detail) {
        em.persist(new AuditEntry(Moments.now(), username, channel, action, type, entityId, organizationCode, detail));
    }

    /** Records a change written with plain JDBC, in the connection's transaction, by the system. */
    public static void recordBySystem(Connection connection, Instant at, AuditedType type, String entityId,
                                      String organizationCode, String action, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (id, happened_at, actor,"
                + " channel, action, entity_type, entity_key, organization_code, detail)"
                + " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, Sequences.next(connection, AuditEntry.SEQUENCE));
            insert.setObject(2, InstantConverter.utc(at));
            insert.setString(3, Channel.SYSTEM.name());
            insert.setString(4, action);
            insert.setString(5, type.name());
            insert.setString(6, entityId);
            insert.setString(7, organizationCode);
            insert.setString(8, AuditEntry.cut(detail));
            insert.executeUpdate();
        }
    }
}
