package vn.sangkien.platform.rest;

import vn.sangkien.platform.refusal.BusinessException;

import vn.sangkien.platform.refusal.Violations;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.sangkien.platform.refusal.BusinessException.Kind;

/**
 * A request body read defensively: bounded in size, parsed as one JSON object, and read field by
 * field so that every wrong type or forbidden character is named in one answer.
 */
public final class JsonBody {

    /** The largest body accepted; anything above answers 413. */
    public static final int MAX_BYTES = 1024 * 1024;

    /**
     * Looked up once: {@code Json.createParser} resolves the provider on every call, a service
     * lookup that costs more than parsing a registration.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private final JsonObject json;
    private final String prefix;
    private final Violations violations;

    private JsonBody(JsonObject json, String prefix, Violations violations) {
        this.json = json;
        this.prefix = prefix;
        this.violations = violations;
    }

    /** Reads a body of at most {@link #MAX_BYTES} bytes that must be a JSON object. */
    public static JsonBody read(InputStream in, Violations violations) {
        byte[] bytes = readBounded(in);
        if (bytes.length == 0) {
            throw new BusinessException(Kind.MALFORMED, "problem.body.empty");
        }
        String text;
        try {
            // Strict decoding: bytes that are not UTF-8 are refused, never replaced by U+FFFD and stored.
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException(Kind.MALFORMED, "problem.body.encoding");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new BusinessException(Kind.MALFORMED, "problem.body.notObject");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                // Anything after the object, even another object, makes the body ambiguous.
                throw new BusinessException(Kind.MALFORMED, "problem.body.notObject");
            }
            return new JsonBody(object, "", violations);
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            throw new BusinessException(Kind.MALFORMED, "problem.body.malformed",
                    location == null ? 0 : location.getLineNumber(), location == null ? 0 : location.getColumnNumber());
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) {
            // The parser's own limits (nesting depth, number size) surface as plain runtime exceptions.
            throw new BusinessException(Kind.MALFORMED, "problem.body.malformed", 0, 0);
        }
    }

    private static byte[] readBounded(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BusinessException(Kind.TOO_LARGE, "problem.tooLarge", MAX_BYTES / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new BusinessException(Kind.MALFORMED, "problem.body.unreadable");
        }
    }

    public Violations violations() {
        return violations;
    }

    public boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    public String path(String name) {
        return prefix + name;
    }

    /** A text member, or null when absent or null; a wrong type or forbidden character is a violation. */
    public String string(String name) {
        return value(name, JsonValue.ValueType.STRING, "field.type.text", v -> {
            String text = ((JsonString) v).getString();
            if (!isClean(text)) {
                violations.add(path(name), "field.characters");
                return null;
            }
            return text;
        });
    }

    public Boolean bool(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        violations.add(path(name), "field.type.boolean");
        return null;
    }

    /** A whole number that fits a long. */
    public Long wholeNumber(String name) {
        return value(name, JsonValue.ValueType.NUMBER, "field.type.wholeNumber", v -> {
            BigDecimal number = ((JsonNumber) v).bigDecimalValue();
            try {
                return number.stripTrailingZeros().scale() > 0 ? fail(name, "field.type.wholeNumber")
                        : number.longValueExact();
            } catch (ArithmeticException e) {
                return fail(name, "field.type.wholeNumber");
            }
        });
    }

    public Integer integer(String name) {
        Long number = wholeNumber(name);
        if (number == null) {
            return null;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            violations.add(path(name), "field.type.wholeNumber");
            return null;
        }
        return number.intValue();
    }

    public BigDecimal decimal(String name) {
        return value(name, JsonValue.ValueType.NUMBER, "field.type.number", v -> {
            BigDecimal number = ((JsonNumber) v).bigDecimalValue();
            // Percentages and shares: anything beyond these bounds is nonsense, not a value to store.
            return number.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0 || number.scale() > 6
                    ? fail(name, "field.type.number") : number;
        });
    }

    /** An ISO-8601 instant with offset, e.g. {@code 2022-05-31T23:59:59+07:00}. */
    public Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return violations.instant(path(name), OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return fail(name, "field.type.instant");
        }
    }

    /** A calendar date {@code YYYY-MM-DD}. */
    public LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return violations.date(path(name), LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return fail(name, "field.type.date");
        }
    }

    /** An array of texts; null when absent. */
    public List<String> strings(String name) {
        JsonArray array = array(name);
        if (array == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String itemPath = path(name) + "[" + i + "]";
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                violations.add(itemPath, "field.type.text");
            } else if (!isClean(((JsonString) item).getString())) {
                violations.add(itemPath, "field.characters");
            } else {
                result.add(((JsonString) item).getString());
            }
        }
        return result;
    }

    /** A nested object, read with its own path prefix; null when absent. */
    public JsonBody object(String name) {
        return value(name, JsonValue.ValueType.OBJECT, "field.type.object",
                v -> new JsonBody(v.asJsonObject(), path(name) + ".", violations));
    }

    /** An array of objects, each read with its own path prefix; null when absent. */
    public List<JsonBody> objects(String name) {
        JsonArray array = array(name);
        if (array == null) {
            return null;
        }
        List<JsonBody> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String itemPath = path(name) + "[" + i + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                violations.add(itemPath, "field.type.object");
                result.add(new JsonBody(JsonValue.EMPTY_JSON_OBJECT, itemPath + ".", violations));
            } else {
                result.add(new JsonBody(item.asJsonObject(), itemPath + ".", violations));
            }
        }
        return result;
    }

    /**
     * An array of objects read apart: each item with violations of its own and the member names of a
     * body by itself, for a batch whose items are answered one by one; null when absent. An item
     * that is not an object is null in the list: as a body by itself it would be malformed.
     */
    public List<JsonBody> separateObjects(String name) {
        JsonArray array = array(name);
        if (array == null) {
            return null;
        }
        List<JsonBody> result = new ArrayList<>();
        for (JsonValue item : array) {
            result.add(item.getValueType() == JsonValue.ValueType.OBJECT
                    ? new JsonBody(item.asJsonObject(), "", new Violations()) : null);
        }
        return result;
    }

    private JsonArray array(String name) {
        return value(name, JsonValue.ValueType.ARRAY, "field.type.array", JsonValue::asJsonArray);
    }

    private <T> T value(String name, JsonValue.ValueType type, String typeMessage, Function<JsonValue, T> read) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != type) {
            violations.add(path(name), typeMessage);
            return null;
        }
        return read.apply(value);
    }

    private <T> T fail(String name, String messageKey) {
        violations.add(path(name), messageKey);
        return null;
    }

    /**
     * No control characters but tab and line breaks, and no unpaired surrogates: such text cannot
     * be stored faithfully (PostgreSQL refuses NUL) and is never meant.
     */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)
                    || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return false;
            }
        }
        return true;
    }
}
