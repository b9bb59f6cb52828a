package vn.sangkien.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;

/** Terse JSON-P building for test bodies, and the time format of the API. */
public final class Json2 {

    public static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Json2() {
    }

    /** An object from name/value pairs; values are converted by {@link #value(Object)}; null values are left out. */
    public static JsonObjectBuilder obj(Object... kv) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                b.add((String) kv[i], value(kv[i + 1]));
            }
        }
        return b;
    }

    public static JsonArrayBuilder arr(Object... values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (Object v : values) {
            b.add(value(v));
        }
        return b;
    }

    public static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof JsonValue j) {
            return j;
        }
        if (v instanceof JsonObjectBuilder b) {
            return b.build();
        }
        if (v instanceof JsonArrayBuilder b) {
            return b.build();
        }
        if (v instanceof String s) {
            return Json.createValue(s);
        }
        if (v instanceof Integer n) {
            return Json.createValue(n);
        }
        if (v instanceof Long n) {
            return Json.createValue(n);
        }
        if (v instanceof BigInteger n) {
            return Json.createValue(n);
        }
        if (v instanceof BigDecimal n) {
            return Json.createValue(n);
        }
        if (v instanceof Double n) {
            return Json.createValue(n);
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Collection<?> c) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            c.forEach(x -> b.add(value(x)));
            return b.build();
        }
        if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            m.forEach((k, x) -> b.add(String.valueOf(k), value(x)));
            return b.build();
        }
        throw new IllegalArgumentException("no JSON for " + v.getClass());
    }

    /** A copy of {@code o} with members replaced (value null removes the member). */
    public static JsonObject with(JsonObject o, Object... kv) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                b.remove((String) kv[i]);
            } else {
                b.add((String) kv[i], value(kv[i + 1]));
            }
        }
        return b.build();
    }

    /** Now plus {@code seconds}, whole seconds, as {@code 2022-05-31T23:59:59+07:00}. */
    public static String instantIn(long seconds) {
        return INSTANT.format(OffsetDateTime.now(VN).truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds));
    }

    public static String format(OffsetDateTime t) {
        return INSTANT.format(t.withOffsetSameInstant(VN));
    }

    /** The text of a JSON value without quotes for strings (ids may be numbers or strings). */
    public static String text(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.STRING) {
            return ((jakarta.json.JsonString) v).getString();
        }
        return v.toString();
    }
}
