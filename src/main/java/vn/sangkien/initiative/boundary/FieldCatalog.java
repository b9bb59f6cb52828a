package vn.sangkien.initiative.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import vn.sangkien.initiative.entity.FieldOfApplication;

/**
 * The fields of application, read once: they change only with a schema migration. A plain bean, not
 * a session bean: every registration asks it, and it needs no transaction.
 */
@ApplicationScoped
public class FieldCatalog {

    @PersistenceContext
    EntityManager em;

    private volatile List<FieldOfApplication> fields;

    public List<FieldOfApplication> all() {
        List<FieldOfApplication> known = fields;
        if (known == null) {
            known = em.createQuery("SELECT f FROM FieldOfApplication f ORDER BY f.sortOrder", FieldOfApplication.class)
                    .getResultList();
            fields = known;
        }
        return known;
    }

    /** A field's name in the reader's language; the code itself when the catalog does not hold it. */
    public String nameOf(String code, Locale locale) {
        return all().stream().filter(f -> f.getCode().equals(code)).findFirst().map(f -> f.nameIn(locale))
                .orElse(code);
    }

    public boolean isKnown(String code) {
        return code != null && all().stream().anyMatch(f -> f.getCode().equals(code.strip()));
    }
}
