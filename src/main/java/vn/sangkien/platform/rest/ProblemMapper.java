package vn.sangkien.platform.rest;

import vn.sangkien.platform.refusal.BusinessException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.sangkien.platform.persistence.Databases;
import vn.sangkien.platform.refusal.BusinessException.Kind;

/**
 * Every failure leaves the API as {@code application/problem+json} (RFC 9457) in the caller's
 * language. Refusals of the rules keep their status; a lost race on a version or a unique key
 * becomes 412 or 409; only a genuine fault is a 500, logged here and never described to the caller.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "urn:sangkien:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** When a client that got 503 should try again: a stalled database or a start takes seconds. */
    public static final String RETRY_AFTER_SECONDS = "5";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        BusinessException problem = classify(thrown);
        if (problem == null) {
            LOG.log(Level.SEVERE, "Unexpected failure of a request", thrown);
            return internalError(locale());
        }
        return toResponse(problem, locale());
    }

    public static Response toResponse(BusinessException problem, Locale locale) {
        return build(problem.kind().status, problem.kind().type, problem.messageKey(), problem.args(),
                problem.errors(), locale);
    }

    /** The problem for an error status that the web container answered itself, under /api/. */
    public static Response forStatus(int status, Locale locale) {
        BusinessException problem = ofStatus(status);
        return problem == null ? internalError(locale) : toResponse(problem, locale);
    }

    /** Writes a problem straight to a servlet response, for answers given before JAX-RS runs. */
    public static void send(Response problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(problem.getMediaType().toString());
        for (String header : List.of(HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            String value = problem.getHeaderString(header);
            if (value != null) {
                response.setHeader(header, value);
            }
        }
        response.getOutputStream().write(((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8));
    }

    private static Response internalError(Locale locale) {
        return build(500, "internal-error", "problem.internal", new Object[0], List.of(), locale);
    }

    private static Response build(int status, String type, String detailKey, Object[] args,
                                  List<BusinessException.FieldError> errors, Locale locale) {
        var body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", Messages.get(locale, "problem.title." + type))
                .add("status", status)
                .add("detail", Messages.get(locale, detailKey, args));
        if (!errors.isEmpty()) {
            var list = Json.createArrayBuilder();
            for (var error : errors) {
                list.add(Json.createObjectBuilder()
                        .add("field", error.field())
                        .add("message", Messages.get(locale, error.messageKey(), error.args())));
            }
            body.add("errors", list);
        }
        JsonObject json = body.build();
        var response = Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8").entity(json.toString());
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sangkien\", charset=\"UTF-8\"");
        }
        if (status == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The refusal that a failure amounts to, or null for a fault. */
    public static BusinessException classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
            if (t instanceof OptimisticLockException) {
                return new BusinessException(Kind.STALE_VERSION, "problem.staleVersion");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                // A unique key lost in a race with another request: the same answer as the check before it.
                return new BusinessException(Kind.CONFLICT, "problem.duplicate");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // A value the database refused (the checks before it should have): the request's fault.
                LOG.log(Level.WARNING, "A value passed the checks but not the database", sql);
                return new BusinessException(Kind.MALFORMED, "problem.badRequest");
            }
            if (t instanceof SQLException sql && Databases.isTransient(sql)) {
                // A locked table, a stalled or unreachable database: nothing was done; try again soon.
                LOG.log(Level.WARNING, "The database could not serve a request: " + sql.getSQLState() + " " + sql.getMessage());
                return new BusinessException(Kind.UNAVAILABLE, "problem.unavailable");
            }
            if (t instanceof WebApplicationException web) {
                return fromWebApplication(web);
            }
        }
        return null;
    }

    private static BusinessException fromWebApplication(WebApplicationException web) {
        return ofStatus(web.getResponse() == null ? 500 : web.getResponse().getStatus());
    }

    /** The refusal an error status stands for, or null for a fault (5xx). */
    private static BusinessException ofStatus(int status) {
        return switch (status) {
            case 401 -> new BusinessException(Kind.UNAUTHENTICATED, "problem.unauthenticated");
            case 403 -> BusinessException.forbidden();
            case 404 -> BusinessException.notFound();
            case 405 -> new BusinessException(Kind.METHOD_NOT_ALLOWED, "problem.methodNotAllowed");
            case 406 -> new BusinessException(Kind.NOT_ACCEPTABLE, "problem.notAcceptable");
            case 413 -> new BusinessException(Kind.TOO_LARGE, "problem.tooLarge", JsonBody.MAX_BYTES / 1024);
            case 415 -> new BusinessException(Kind.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType");
            default -> status >= 400 && status < 500 ? new BusinessException(Kind.MALFORMED, "problem.badRequest") : null;
        };
    }

    private Locale locale() {
        return Messages.localeOf(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
