package vn.sangkien.identity.boundary;

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
import vn.sangkien.identity.entity.User;
import vn.sangkien.platform.rest.JsonBody;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;
import vn.sangkien.platform.rest.Versions;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;

@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** The caller as the server knows it. */
    public record Me(String username, String fullName, java.util.Set<vn.sangkien.identity.entity.Role> roles,
                     String organizationCode) {
    }

    @Inject
    UserDirectory users;

    @Inject
    Caller caller;

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream in, @Context UriInfo uri) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        var draft = new UserDirectory.Draft(body.string("username"), body.string("fullName"), body.string("password"),
                body.strings("roles"), body.string("organizationCode"));
        User created = users.create(draft, v);
        return Response.created(uri.getBaseUriBuilder().path("users").path(created.getUsername()).build())
                .tag(Versions.etag(created.getVersion())).entity(UserView.of(created)).build();
    }

    @GET
    @Path("users/{username}")
    public Response get(@PathParam("username") String username) {
        User user = users.find(username);
        return Response.ok(UserView.of(user)).tag(Versions.etag(user.getVersion())).build();
    }

    @PUT
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream in) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        var change = new UserDirectory.Change(body.string("fullName"), body.string("password"),
                body.string("currentPassword"), body.strings("roles"), body.bool("active"));
        User user = users.change(username, change, ifMatch, v);
        return Response.ok(UserView.of(user)).tag(Versions.etag(user.getVersion())).build();
    }

    @GET
    @Path("users")
    public Page<UserView> list(@QueryParam("organization") String organization, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return users.list(organization, new ListParameters(page, size)).map(UserView::of);
    }

    /** The cheapest authenticated answer: who am I. */
    @GET
    @Path("me")
    public Me me() {
        var p = caller.principal();
        return new Me(p.username(), p.fullName(), p.roles(), p.organizationCode());
    }
}
