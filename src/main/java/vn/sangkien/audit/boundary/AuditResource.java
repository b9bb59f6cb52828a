package vn.sangkien.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import vn.sangkien.platform.audit.AuditEntry;
import vn.sangkien.platform.audit.AuditedType;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.paging.Page;

/** {@code GET /audit}: who changed what, when, through what; administrators and federation officers. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** An entry on the wire. */
    public record AuditEntryView(Instant at, String username, Channel channel, String action, AuditedType entityType,
                                 String entityId, String organizationCode, String detail) {

        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.getAt(), e.getUsername(), e.getChannel(), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getOrganizationCode(), e.getDetail());
        }
    }

    @Inject
    AuditTrail trail;

    @GET
    public Page<AuditEntryView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                     @QueryParam("username") String username, @QueryParam("since") String since,
                                     @QueryParam("until") String until, @QueryParam("channel") String channel,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        ListParameters params = new ListParameters(page, size);
        AuditTrail.Filter filter = AuditTrail.Filter.of(params, entityType, entityId, username, since, until, channel);
        return trail.list(filter, params).map(AuditEntryView::of);
    }
}
