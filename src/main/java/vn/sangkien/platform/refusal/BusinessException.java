package vn.sangkien.platform.refusal;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request that the rules refuse. It rolls back the transaction, keeps its message key so each
 * channel words it in the caller's language, and maps to problem+json on the API.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** What went wrong, with the HTTP status and the problem type it answers with. */
    public enum Kind {
        VALIDATION(400, "validation"),
        MALFORMED(400, "malformed-request"),
        UNAUTHENTICATED(401, "unauthenticated"),
        FORBIDDEN(403, "forbidden"),
        /** The caller holds the role but took an earlier step on the same record: 403. */
        SEPARATION_OF_DUTIES(403, "separation-of-duties"),
        NOT_FOUND(404, "not-found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed"),
        NOT_ACCEPTABLE(406, "not-acceptable"),
        CONFLICT(409, "conflict"),
        /** An idempotency key sent again with a different registration: 422. */
        KEY_REUSED(422, "idempotency-key-reused"),
        STALE_VERSION(412, "stale-version"),
        TOO_LARGE(413, "too-large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
        PRECONDITION_REQUIRED(428, "precondition-required"),
        /** The service cannot do it now (starting, stopping, a stalled database): nothing changed; try again. */
        UNAVAILABLE(503, "unavailable"),
        /** The database did not confirm a write in time: it may have been stored; look before sending again. */
        OUTCOME_UNKNOWN(503, "outcome-unknown");

        public final int status;
        public final String type;

        Kind(int status, String type) {
            this.status = status;
            this.type = type;
        }
    }

    /** One bad field: its JSON path and the message key (with arguments) that explains it. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldError> errors;

    public BusinessException(Kind kind, String messageKey, Object... args) {
        this(kind, List.of(), messageKey, args);
    }

    public BusinessException(Kind kind, List<FieldError> errors, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    public static BusinessException notFound() {
        return new BusinessException(Kind.NOT_FOUND, "problem.notFound");
    }

    public static BusinessException forbidden() {
        return new BusinessException(Kind.FORBIDDEN, "problem.forbidden");
    }

    public static BusinessException conflict(String messageKey, Object... args) {
        return new BusinessException(Kind.CONFLICT, messageKey, args);
    }

    public static BusinessException invalid(String field, String messageKey, Object... args) {
        return new BusinessException(Kind.VALIDATION, List.of(new FieldError(field, messageKey, args)),
                "problem.validation");
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
