package io.maestro.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Maestro error body {@code {"err":{"name": <name>, "errors": <detail>}}}; detail is a string or a details array.
 * A details array cut short ({@link ValidatorException#MAX_DETAILS}) comes with {@code "total"}, the number of failures.
 */
public record ErrorEnvelope(Error err) {

    /** @param total how many failures there were when {@code errors} lists only the first ones; null (absent) otherwise */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String name, Object errors, Integer total) {
    }

    public static ErrorEnvelope of(String name, Object detail) {
        return new ErrorEnvelope(new Error(name, detail, null));
    }

    public static ErrorEnvelope truncated(String name, Object detail, int total) {
        return new ErrorEnvelope(new Error(name, detail, total));
    }
}
