package vn.sangkien.platform.rest;

import vn.sangkien.platform.refusal.BusinessException;

import jakarta.ws.rs.core.EntityTag;
import vn.sangkien.platform.refusal.BusinessException.Kind;

/** The optimistic concurrency of the API: the ETag is the quoted version, If-Match carries it. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an If-Match header against the current version: absent passes unless required
     * (then 428); any other value than the current version is stale (412).
     */
    public static void checkIfMatch(String ifMatch, long current, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new BusinessException(Kind.PRECONDITION_REQUIRED, "problem.ifMatchRequired");
            }
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(Long.toString(current))) {
                return;
            }
        }
        throw new BusinessException(Kind.STALE_VERSION, "problem.staleVersion");
    }
}
