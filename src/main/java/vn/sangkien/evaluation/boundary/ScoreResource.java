package vn.sangkien.evaluation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.platform.rest.JsonBody;

/** An evaluator's manual points for a cluster's member; its own root path like {@link EvaluationResource}. */
@ApplicationScoped
@Path("clusters/{code}/scores")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    @Inject
    Evaluations evaluations;

    /** {campaignCode, unitCode, points, note?}; answers the evaluation with the points in it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Evaluations.Evaluation givePoints(@PathParam("code") String code, InputStream in) {
        Violations v = new Violations();
        JsonBody body = JsonBody.read(in, v);
        String campaign = body.string("campaignCode");
        evaluations.givePoints(code, campaign, body.string("unitCode"), body.decimal("points"), body.string("note"), v);
        return evaluations.evaluate(code, campaign);
    }
}
