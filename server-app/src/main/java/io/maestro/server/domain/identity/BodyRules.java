package io.maestro.server.domain.identity;

import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joi-like checks of a JSON body, field by field, with Joi's messages and types. Only the fields named by a rule are
 * kept (0.6 dropped unknown keys silently); every failure is collected and raised together as a 422.
 */
public final class BodyRules {

    public static final int NEW_PASSWORD_MIN = 8;
    public static final int NEW_PASSWORD_MAX = 64;
    /** bcrypt reads no further: a longer password could not be told from its first 72 bytes. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final Map<String, ?> body;
    private final Map<String, Object> valid = new LinkedHashMap<>();
    private final List<ValidationDetail> errors = new ArrayList<>();

    private BodyRules(Map<String, ?> body) {
        this.body = body == null ? Map.of() : body;
    }

    public static BodyRules of(Map<String, ?> body) {
        return new BodyRules(body);
    }

    /** A string of {@code min}..{@code max} characters; an optional one may be sent empty to clear it. */
    public BodyRules text(String field, boolean required, int min, int max) {
        String value = string(field, required);
        if (value == null) {
            return this;
        }
        if (value.isEmpty() && !required) {
            valid.put(field, value);
        } else if (value.length() < min) {
            errors.add(ValidationDetail.field(field, "string.min",
                    "length must be at least " + min + " characters long", limit(min, value)));
        } else if (value.length() > max) {
            errors.add(ValidationDetail.field(field, "string.max",
                    "length must be less than or equal to " + max + " characters long", limit(max, value)));
        } else {
            valid.put(field, value);
        }
        return this;
    }

    /**
     * A password being checked (login, the current password): any non-empty text bcrypt can compare, that is at most
     * {@value #PASSWORD_MAX_BYTES} bytes in UTF-8. Its value is never put in a message.
     */
    public BodyRules password(String field) {
        String value = string(field, true);
        if (value != null && bytes(value) > PASSWORD_MAX_BYTES) {
            errors.add(ValidationDetail.field(field, "string.max", "must be at most " + PASSWORD_MAX_BYTES + " bytes long"));
        } else if (value != null) {
            valid.put(field, value);
        }
        return this;
    }

    /**
     * A password being set: {@value #NEW_PASSWORD_MIN}..{@value #NEW_PASSWORD_MAX} characters (0.6 accepted 4..30)
     * and at most {@value #PASSWORD_MAX_BYTES} bytes in UTF-8, the most bcrypt reads. Its value is never put in a
     * message.
     */
    public BodyRules newPassword(String field) {
        String value = string(field, true);
        if (value == null) {
            return this;
        }
        int characters = value.codePointCount(0, value.length());
        if (characters < NEW_PASSWORD_MIN) {
            errors.add(ValidationDetail.field(field, "string.min",
                    "length must be at least " + NEW_PASSWORD_MIN + " characters long", Map.of("limit", NEW_PASSWORD_MIN)));
        } else if (characters > NEW_PASSWORD_MAX || bytes(value) > PASSWORD_MAX_BYTES) {
            errors.add(ValidationDetail.field(field, "string.max", "length must be less than or equal to "
                    + NEW_PASSWORD_MAX + " characters long (" + PASSWORD_MAX_BYTES + " bytes)",
                    Map.of("limit", NEW_PASSWORD_MAX)));
        } else {
            valid.put(field, value);
        }
        return this;
    }

    /** An e-mail address, kept trimmed and lower-cased. */
    public BodyRules email(String field, boolean required) {
        String value = string(field, required);
        if (value == null) {
            return this;
        }
        String email = value.trim().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(ValidationDetail.field(field, "string.email", "must be a valid email", Map.of("value", value)));
        } else {
            valid.put(field, email);
        }
        return this;
    }

    /** An absolute http(s) URI. */
    public BodyRules httpUri(String field, boolean required) {
        String value = string(field, required);
        if (value == null) {
            return this;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                valid.put(field, value);
                return this;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below like any other non-URI
        }
        errors.add(ValidationDetail.field(field, "string.uri", "must be a valid uri with a scheme matching the http|https pattern",
                Map.of("value", value)));
        return this;
    }

    /** A JSON object, kept as sent. */
    public BodyRules object(String field) {
        if (!body.containsKey(field)) {
            return this;
        }
        if (body.get(field) instanceof Map<?, ?> object) {
            valid.put(field, object);
        } else {
            errors.add(ValidationDetail.field(field, "object.base", "must be an object"));
        }
        return this;
    }

    public BodyRules bool(String field, boolean required) {
        if (!body.containsKey(field)) {
            if (required) {
                errors.add(ValidationDetail.field(field, "any.required", "is required"));
            }
            return this;
        }
        if (body.get(field) instanceof Boolean value) {
            valid.put(field, value);
        } else {
            errors.add(ValidationDetail.field(field, "boolean.base", "must be a boolean"));
        }
        return this;
    }

    /** The fields that passed, or a {@link ValidatorException} naming every field that did not. */
    public Map<String, Object> valid() {
        if (!errors.isEmpty()) {
            throw new ValidatorException(errors);
        }
        return valid;
    }

    private String string(String field, boolean required) {
        Object value = body.get(field);
        if (value == null) {
            if (required || body.containsKey(field)) {
                errors.add(body.containsKey(field) && !required
                        ? ValidationDetail.field(field, "string.base", "must be a string")
                        : ValidationDetail.field(field, "any.required", "is required"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(ValidationDetail.field(field, "string.base", "must be a string"));
            return null;
        }
        if (required && text.isEmpty()) {
            errors.add(ValidationDetail.field(field, "any.empty", "is not allowed to be empty"));
            return null;
        }
        return text;
    }

    private static int bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Map<String, Object> limit(int limit, String value) {
        return Map.of("limit", limit, "value", value);
    }
}
