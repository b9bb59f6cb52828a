package vn.sangkien.evaluation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A cluster's evaluation against its pact. Its own root path: a root at {@code clusters/{code}}
 * would take {@code /clusters/X} away from the cluster resource.
 */
@ApplicationScoped
@Path("clusters/{code}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    Evaluations evaluations;

    @GET
    public Evaluations.Evaluation evaluation(@PathParam("code") String code, @QueryParam("campaign") String campaign) {
        return evaluations.evaluate(code, campaign);
    }
}
