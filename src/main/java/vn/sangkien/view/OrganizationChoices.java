package vn.sangkien.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.BusinessException;

/**
 * Organizations picked by name or code in an auto-complete (organizers, cluster members): the
 * registry's search of the user's subtree, one page in the database; each shown as "name (code)".
 */
@Named
@RequestScoped
public class OrganizationChoices {

    private static final String SUGGESTIONS = "20";

    @Inject
    OrganizationRegistry organizations;

    /** The names of the organizations this request suggested or labelled, by code. */
    private final Map<String, String> names = new HashMap<>();

    /** Any organization of the subtree: a campaign's or a cluster's organizer. */
    public List<String> complete(String query) {
        return suggest(query, o -> true);
    }

    /** District and grassroots unions of the subtree: the members a cluster may have. */
    public List<String> completeMember(String query) {
        return suggest(query, o -> o.getLevel() == Level.DISTRICT || o.getLevel() == Level.GRASSROOTS);
    }

    /** "name (code)" of an organization of the subtree; the code alone when it names none. */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = names.computeIfAbsent(code, c -> organizations.visible(c).map(Organization::getName).orElse(null));
        return name == null ? code : CampaignChoices.label(name, code);
    }

    private List<String> suggest(String query, Predicate<Organization> fits) {
        List<Organization> found;
        try {
            found = organizations.list(null, null, query, new ListParameters("0", SUGGESTIONS)).items()
                    .stream().filter(fits).toList();
        } catch (BusinessException e) {
            return List.of(); // a query the search refuses (control characters, too long) suggests nothing
        }
        found.forEach(o -> names.put(o.getCode(), o.getName()));
        return found.stream().map(Organization::getCode).toList();
    }
}
