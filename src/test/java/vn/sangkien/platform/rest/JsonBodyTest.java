package vn.sangkien.platform.rest;

import vn.sangkien.platform.refusal.BusinessException;

import vn.sangkien.platform.refusal.Violations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sangkien.platform.refusal.BusinessException.FieldError;
import vn.sangkien.platform.refusal.BusinessException.Kind;

class JsonBodyTest {

    private static JsonBody read(String json, Violations v) {
        return JsonBody.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), v);
    }

    private static Kind refusal(String json) {
        return assertThrows(BusinessException.class, () -> read(json, new Violations())).kind();
    }

    @Test
    void malformedEmptyAndNonObjectBodiesAreRefused() {
        assertEquals(Kind.MALFORMED, refusal("{\"title\":"));
        assertEquals(Kind.MALFORMED, refusal(""));
        assertEquals(Kind.MALFORMED, refusal("[1,2]"));
        assertEquals(Kind.MALFORMED, refusal("\"text\""));
        assertEquals(Kind.MALFORMED, refusal("{} {}"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"title\":\"Sai mã\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Kind.MALFORMED, assertThrows(BusinessException.class,
                () -> JsonBody.read(new ByteArrayInputStream(latin1), new Violations())).kind());
    }

    @Test
    void oversizedBodiesAreTooLarge() {
        String big = "{\"title\":\"" + "a".repeat(JsonBody.MAX_BYTES) + "\"}";
        assertEquals(Kind.TOO_LARGE, refusal(big));
    }

    @Test
    void wrongTypesAndControlCharactersAreNamedTogether() {
        Violations v = new Violations();
        JsonBody body = read("{\"title\":5,\"n\":\"x\",\"big\":1e30,\"frac\":1.5,\"flag\":\"yes\","
                + "\"nul\":\"a\\u0000b\",\"lone\":\"\\ud800\",\"at\":\"31/05/2022\",\"list\":[\"ok\",3]}", v);
        assertNull(body.string("title"));
        assertNull(body.wholeNumber("n"));
        assertNull(body.wholeNumber("big"));
        assertNull(body.wholeNumber("frac"));
        assertNull(body.bool("flag"));
        assertNull(body.string("nul"));
        assertNull(body.string("lone"));
        assertNull(body.instant("at"));
        assertEquals(List.of("ok"), body.strings("list"));
        assertEquals(List.of("title", "n", "big", "frac", "flag", "nul", "lone", "at", "list[1]"),
                v.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void goodValuesRoundTrip() {
        Violations v = new Violations();
        JsonBody body = read("{\"title\":\"Sáng kiến \\\"5S\\\" — Ưu tiên\",\"n\":12,\"at\":\"2022-05-31T23:59:59+07:00\","
                + "\"authors\":[{\"fullName\":\"Lê Thị Ánh\"}]}", v);
        assertEquals("Sáng kiến \"5S\" — Ưu tiên", body.string("title"));
        assertEquals(12L, body.wholeNumber("n"));
        assertEquals(Instant.parse("2022-05-31T16:59:59Z"), body.instant("at"));
        assertEquals("Lê Thị Ánh", body.objects("authors").get(0).string("fullName"));
        assertEquals("authors[0].fullName", body.objects("authors").get(0).path("fullName"));
        assertTrue(v.isEmpty());
    }

    @Test
    void cleanTextAllowsLineBreaksAndEmojiButNotControls() {
        assertTrue(JsonBody.isClean("dòng 1\ndòng 2\tcột 😀"));
        assertFalse(JsonBody.isClean("a\u0007b"));
        assertFalse(JsonBody.isClean("\udc00"));
    }
}
