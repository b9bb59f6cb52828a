package vn.sangkien.organization.boundary;

import vn.sangkien.platform.time.Moments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.organization.entity.OrganizationAction;
import vn.sangkien.platform.audit.AuditLog;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Codes;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.text.SearchText;

/** The organization tree: creating and changing units, and finding them within the caller's subtree. */
@Stateless
public class OrganizationRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganizationGate gate;

    @Inject
    AuditLog audit;

    /** What a request to create an organization says ({@code place} optional). */
    public record Draft(String code, String name, String level, String parentCode, String place) {
    }

    public Organization create(Draft draft, Violations v) {
        gate.requireManagement();
        String code = Codes.check(v, "code", draft.code());
        String name = v.text("name", draft.name(), 2, 300, true);
        Level level = parseLevel(draft.level(), v);
        String place = v.text("place", draft.place(), 2, 100, false);
        Organization parent = v.reference("parentCode", draft.parentCode(), this::visible, false);
        if (level == Level.NATIONAL && parent != null) {
            v.add("parentCode", "organization.national.noParent");
        } else if (level != null && level != Level.NATIONAL && parent == null && !v.has("parentCode")) {
            v.add("parentCode", "field.required");
        } else if (level != null && parent != null && !level.mayBeChildOf(parent.getLevel())) {
            v.add("level", "organization.level.belowParent", parent.getLevel());
        }
        v.throwIfAny();
        gate.require(OrganizationAction.CREATE, parent == null ? null : parent.getPath());
        if (level == Level.NATIONAL) {
            if (count("SELECT COUNT(o) FROM Organization o WHERE o.level = :level", Map.of("level", Level.NATIONAL)) > 0) {
                throw BusinessException.conflict("organization.national.exists");
            }
        }
        if (findByCode(code).isPresent()) {
            throw BusinessException.conflict("problem.duplicateCode", code);
        }
        Organization organization = new Organization(code, name, level, parent, Moments.now());
        organization.locate(place, organization.getCreatedAt());
        em.persist(organization);
        organization.placeInTree();
        em.flush();
        audit.record(gate.actor(), AuditedType.ORGANIZATION, code, code, "CREATE", name);
        return organization;
    }

    /** Renames, moves ({@code place}: null keeps it, blank clears it), activates or deactivates. */
    public Organization update(String code, String name, String place, Boolean active, String ifMatch, Violations v) {
        gate.requireManagement();
        Organization organization = find(code);
        Versions.checkIfMatch(ifMatch, organization.getVersion(), false);
        String newName = name == null ? organization.getName() : v.text("name", name, 2, 300, true);
        String newPlace = place == null ? organization.getPlace() : v.text("place", place, 2, 100, false);
        v.throwIfAny();
        // Only a real change of status is asked of the rules: a client may send back what it read.
        if (active != null && active != organization.isActive()) {
            gate.require(active ? OrganizationAction.ACTIVATE : OrganizationAction.DEACTIVATE, organization.getPath());
        }
        Instant now = Moments.now();
        organization.rename(newName, now);
        organization.locate(newPlace, now);
        if (active != null) {
            organization.setActive(active, now);
        }
        audit.record(gate.actor(), AuditedType.ORGANIZATION, code, code, "UPDATE",
                newName + (newPlace == null ? "" : ", " + newPlace) + (active == null ? "" : ", active=" + active));
        em.flush();
        return organization;
    }

    /** The organization with this code inside the caller's subtree; 404 otherwise. */
    public Organization find(String code) {
        return visible(code).orElseThrow(BusinessException::notFound);
    }

    /** The organization with this code if the caller may see it. */
    public Optional<Organization> visible(String code) {
        return findByCode(code).filter(o -> gate.covers(o.getPath()));
    }

    /**
     * The names of the organizations with these codes, by code, in one query. Not limited to the
     * caller's subtree: it names the units that a summary the caller may read already lists by code
     * (the members of a cluster whose campaign the caller takes part in), and says nothing else of them.
     */
    public Map<String, String> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT o.code, o.name FROM Organization o WHERE o.code IN :codes", Object[].class)
                .setParameter("codes", codes).getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public Page<Organization> list(String parentCode, String levelName, String q, ListParameters params) {
        String parentFilter = params.filter("parent", parentCode);
        Level level = params.enumFilter("level", levelName, Level.class);
        String query = params.filter("q", q);
        Organization parent = params.violations().reference("parent", parentFilter, this::visible, false);
        params.check();
        StringBuilder where = new StringBuilder(" WHERE o.path LIKE :subtree");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("subtree", gate.subtreePath() + "%");
        if (parent != null) {
            where.append(" AND o.parent = :parent");
            parameters.put("parent", parent);
        }
        if (level != null) {
            where.append(" AND o.level = :level");
            parameters.put("level", level);
        }
        if (query != null) {
            var patterns = SearchText.prefixPatterns(query);
            for (int i = 0; i < patterns.size(); i++) {
                where.append(" AND o.nameSearch LIKE :q").append(i);
                parameters.put("q" + i, patterns.get(i));
            }
        }
        long total = count("SELECT COUNT(o) FROM Organization o" + where, parameters);
        TypedQuery<Organization> select = em.createQuery(
                "SELECT o FROM Organization o LEFT JOIN FETCH o.parent" + where + " ORDER BY o.code", Organization.class);
        parameters.forEach(select::setParameter);
        return params.page(select.setFirstResult(params.offset()).setMaxResults(params.size()).getResultList(), total);
    }

    private Optional<Organization> findByCode(String code) {
        return em.createQuery("SELECT o FROM Organization o WHERE o.code = :code", Organization.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private long count(String jpql, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static Level parseLevel(String level, Violations v) {
        if (level == null || level.isBlank()) {
            v.add("level", "field.required");
            return null;
        }
        try {
            return Level.valueOf(level.strip());
        } catch (IllegalArgumentException e) {
            v.add("level", "field.oneOf", java.util.Arrays.toString(Level.values()));
            return null;
        }
    }
}
