package io.maestro.common.web;

/** The Maestro error body {@code {"err":{"name": <name>, "errors": <detail>}}}; detail is a string or a details array. */
public record ErrorEnvelope(Error err) {

    public record Error(String name, Object errors) {
    }

    public static ErrorEnvelope of(String name, Object detail) {
        return new ErrorEnvelope(new Error(name, detail));
    }
}
