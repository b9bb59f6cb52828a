package vn.sangkien.view.initiatives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import vn.sangkien.campaign.boundary.CampaignRegistry;
import vn.sangkien.campaign.entity.Campaign;
import vn.sangkien.initiative.boundary.FieldCatalog;
import vn.sangkien.initiative.boundary.InitiativeRegistry;
import vn.sangkien.initiative.entity.FieldOfApplication;
import vn.sangkien.initiative.entity.InitiativeStatus;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.view.Faces;

/**
 * initiatives/list.xhtml: the lazy table of the user's initiatives. Each page is one paged, filtered,
 * sorted query of {@link InitiativeRegistry#list} plus its count, in the database; the exports run
 * the same filter.
 */
@Named
@ViewScoped
public class ListInitiativesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeRegistry registry;
    @Inject
    CampaignRegistry campaigns;
    @Inject
    FieldCatalog fields;
    @Inject
    InitiativeExport export;

    /** The table counts this far at most; beyond it, it says "more than" and offers to narrow the filter. */
    static final int COUNT_CAP = 10_000;

    private final InitiativeFilter filter = new InitiativeFilter();
    private boolean capped;
    private List<Campaign> campaignChoices;
    private final Rows rows = new Rows();

    @PostConstruct
    void init() {
        campaignChoices = campaigns.list(null, null, null, new ListParameters("0", "200")).items();
    }

    /** The table's model: count() then load(), each one query through the registry. */
    public class Rows extends LazyDataModel<InitiativeRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                long counted = registry.count(filter.getCampaign(), filter.getUnit(), filter.getStatus(), filter.getQ(),
                        filter.getField(), COUNT_CAP + 1);
                capped = counted > COUNT_CAP;
                return (int) Math.min(counted, COUNT_CAP);
            } catch (BusinessException e) {
                Faces.show(e, "filters");
                return 0;
            }
        }

        @Override
        public List<InitiativeRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ListParameters.MAX_SIZE));
            try {
                return registry.list(filter.getCampaign(), filter.getUnit(), filter.getStatus(), filter.getQ(),
                                filter.getField(), sort(sortBy), new ListParameters(String.valueOf(first / size), String.valueOf(size)), false)
                        .items().stream().map(i -> new InitiativeRow(i, registry.seesAllOf(i))).toList();
            } catch (BusinessException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(InitiativeRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public InitiativeRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    static InitiativeRegistry.Sort sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return InitiativeRegistry.Sort.NEWEST;
        }
        SortMeta meta = sortBy.values().iterator().next();
        String attribute = switch (meta.getField() == null ? "" : meta.getField()) {
            case "title" -> "title";
            case "status" -> "status";
            case "estimatedValueVnd" -> "estimatedValueVnd";
            case "id" -> "id";
            default -> "registeredAt";
        };
        return new InitiativeRegistry.Sort(attribute, meta.getOrder() == SortOrder.ASCENDING);
    }

    public StreamedContent getXlsx() {
        return export.xlsx(filter);
    }

    public StreamedContent getPdf() {
        return export.pdf(filter);
    }

    public String fieldName(String code) {
        return code == null ? "—" : fields.nameOf(code, Faces.locale());
    }

    /** There are more rows than the table counts. */
    public boolean isCapped() {
        return capped;
    }

    public InitiativeFilter getFilter() {
        return filter;
    }

    public Rows getRows() {
        return rows;
    }

    public List<Campaign> getCampaignChoices() {
        return campaignChoices;
    }

    public List<FieldOfApplication> getFieldChoices() {
        return fields.all();
    }

    public InitiativeStatus[] getStatusChoices() {
        return InitiativeStatus.values();
    }
}
