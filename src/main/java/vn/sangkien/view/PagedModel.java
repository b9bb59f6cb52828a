package vn.sangkien.view;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;

/**
 * A lazy table over a registry's paged list (the same list the API answers): each page of the table
 * is one page of the list, filtered and paged in the database.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final Callbacks.SerializableFunction<ListParameters, Page<T>> list;
    private final Callbacks.SerializableFunction<T, String> key;

    public PagedModel(Callbacks.SerializableFunction<ListParameters, Page<T>> list,
                      Callbacks.SerializableFunction<T, String> key) {
        this.list = list;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) list.apply(new ListParameters("0", "1")).total();
        } catch (BusinessException e) {
            return 0;
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, ListParameters.MAX_SIZE));
        try {
            return list.apply(new ListParameters(String.valueOf(first / size), String.valueOf(size))).items();
        } catch (BusinessException e) {
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }
}
