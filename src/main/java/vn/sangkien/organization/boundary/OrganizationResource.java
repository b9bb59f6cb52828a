package vn.sangkien.organization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;

@ApplicationScoped
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    OrganizationRegistry organizations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream in, @Context UriInfo uri) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        var draft = new OrganizationRegistry.Draft(body.string("code"), body.string("name"), body.string("level"),
                body.string("parentCode"), body.string("place"));
        Organization created = organizations.create(draft, v);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .tag(Versions.etag(created.getVersion())).entity(OrganizationView.of(created)).build();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        Organization organization = organizations.find(code);
        return Response.ok(OrganizationView.of(organization)).tag(Versions.etag(organization.getVersion())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream in) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        Organization updated = organizations.update(code, body.string("name"), body.string("place"), body.bool("active"),
                ifMatch, v);
        return Response.ok(OrganizationView.of(updated)).tag(Versions.etag(updated.getVersion())).build();
    }

    @GET
    public Page<OrganizationView> list(@QueryParam("parent") String parent, @QueryParam("level") String level,
                                       @QueryParam("q") String q, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return organizations.list(parent, level, q, new ListParameters(page, size)).map(OrganizationView::of);
    }
}
