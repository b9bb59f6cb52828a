package vn.sangkien.initiative.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.refusal.Violations;

/**
 * The idempotency key of a registration (an {@code Idempotency-Key} header, a batch item's
 * {@code clientReference}) with the fingerprint of what the registration said: the same key with the
 * same fingerprint is a repeat, with another fingerprint a different registration (422).
 */
public record RegistrationKey(String clientReference, String fingerprint) {

    public static final int MAX_LENGTH = 100;

    /**
     * The key of a registration, or null without a reference. The reference must be 1–100 visible
     * ASCII characters; otherwise {@code v} names {@code field}.
     */
    public static RegistrationKey of(String clientReference, String field, Violations v, String campaignCode,
                                     String unitCode, InitiativeContent content, boolean submit) {
        if (clientReference == null) {
            return null;
        }
        if (clientReference.isEmpty() || clientReference.length() > MAX_LENGTH
                || !clientReference.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            v.add(field, "idempotency.key.invalid", MAX_LENGTH);
            return null;
        }
        return new RegistrationKey(clientReference, fingerprint(campaignCode, unitCode, content, submit));
    }

    /** A hash of every member of the registration, each with its length, so that no two registrations share a text. */
    static String fingerprint(String campaignCode, String unitCode, InitiativeContent c, boolean submit) {
        List<Object> members = new ArrayList<>(List.of(String.valueOf(campaignCode), String.valueOf(unitCode),
                String.valueOf(submit)));
        if (c != null) {
            members.addAll(Arrays.asList(c.title(), c.fieldCode(), c.summary(), c.currentSituation(),
                    c.solution(), c.novelty(), c.applicability(), c.benefits(), c.socialBenefit(), c.ownerName(),
                    c.appliedFrom(), c.estimatedValueVnd(), c.confidential(), c.confidentialContent()));
            for (Author a : c.authors() == null ? List.<Author>of() : c.authors()) {
                BigDecimal share = a.getSharePercent();
                members.addAll(Arrays.asList(a.getFullName(), a.getMemberCode(),
                        share == null ? null : share.stripTrailingZeros().toPlainString()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Object m : members) {
            String s = m == null ? "" : m.toString();
            text.append(m == null ? -1 : s.length()).append(':').append(s).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
