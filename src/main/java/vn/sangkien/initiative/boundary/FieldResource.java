package vn.sangkien.initiative.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import vn.sangkien.initiative.entity.FieldOfApplication;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.rest.Messages;
import vn.sangkien.platform.paging.Page;

@ApplicationScoped
@Path("fields")
@Produces(MediaType.APPLICATION_JSON)
public class FieldResource {

    /** A field on the wire: {@code name} in the caller's language, both names beside it. */
    public record FieldView(String code, String name, String nameVi, String nameEn) {
    }

    @Inject
    FieldCatalog catalog;

    @GET
    public Page<FieldView> list(@Context HttpHeaders headers, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        ListParameters params = new ListParameters(page, size);
        params.check();
        Locale locale = Messages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<FieldOfApplication> all = catalog.all();
        List<FieldView> items = all.stream().skip(params.offset()).limit(params.size())
                .map(f -> new FieldView(f.getCode(), f.nameIn(locale), f.getNameVi(), f.getNameEn())).toList();
        return params.page(items, all.size());
    }
}
