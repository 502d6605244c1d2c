package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A text field: lengths, allowed values, and the e-mail, http(s) URI and IP formats Maestro 0.6 checked. */
public final class StringSchema extends FieldSchema<StringSchema> {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]{2,45}(/(12[0-8]|1[01]\\d|[1-9]?\\d))?$");

    private Integer min;
    private Integer max;
    private Set<String> allowed;
    private boolean email;
    private boolean httpUri;
    private boolean ip;

    StringSchema() {
    }

    public StringSchema min(int length) {
        this.min = length;
        return this;
    }

    public StringSchema max(int length) {
        this.max = length;
        return this;
    }

    public StringSchema length(int minLength, int maxLength) {
        return min(minLength).max(maxLength);
    }

    /** Only these values (Joi's {@code valid(...)}). */
    public StringSchema oneOf(String... values) {
        this.allowed = new LinkedHashSet<>(List.of(values));
        return this;
    }

    public StringSchema email() {
        this.email = true;
        return this;
    }

    /** An absolute http or https URI. */
    public StringSchema httpUri() {
        this.httpUri = true;
        return this;
    }

    /** An IPv4 or IPv6 address, optionally with a CIDR suffix. */
    public StringSchema ip() {
        this.ip = true;
        return this;
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        if (!(value instanceof String text)) {
            fail(errors, path, "string.base", "must be a string");
            return value;
        }
        if (text.isEmpty()) {
            fail(errors, path, "any.empty", "is not allowed to be empty");
            return value;
        }
        if (allowed != null && !allowed.contains(text)) {
            fail(errors, path, "any.allowOnly", "must be one of [" + String.join(", ", allowed) + "]",
                    Map.of("valids", List.copyOf(allowed)));
        }
        if (min != null && text.length() < min) {
            fail(errors, path, "string.min", "length must be at least " + min + " characters long", Map.of("limit", min));
        }
        if (max != null && text.length() > max) {
            fail(errors, path, "string.max", "length must be less than or equal to " + max + " characters long",
                    Map.of("limit", max));
        }
        if (email && !EMAIL.matcher(text).matches()) {
            fail(errors, path, "string.email", "must be a valid email");
        }
        if (httpUri && !isHttpUri(text)) {
            fail(errors, path, "string.uriCustomScheme", "must be a valid uri with a scheme matching the http|https pattern");
        }
        if (ip && !IPV4.matcher(text).matches() && !(text.contains(":") && IPV6.matcher(text).matches())) {
            fail(errors, path, "string.ip",
                    "must be a valid ip address of one of the following versions [ipv4, ipv6] with a optional CIDR");
        }
        return text;
    }

    /** Never empty (Joi's strings refuse {@code ""}); {@code format} names the checked formats ({@code ip} allows a CIDR suffix). */
    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("type", "string");
        schema.put("minLength", min == null ? 1 : Math.max(1, min));
        if (max != null) {
            schema.put("maxLength", max);
        }
        if (allowed != null) {
            schema.put("enum", List.copyOf(allowed));
        }
        if (email) {
            schema.put("format", "email");
        } else if (httpUri) {
            schema.put("format", "uri");
            schema.put("pattern", "^[hH][tT][tT][pP][sS]?://");
        } else if (ip) {
            schema.put("format", "ip");
        }
    }

    private static boolean isHttpUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException invalid) {
            return false;
        }
    }
}
