package io.maestro.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Writes the error envelope where no controller advice runs: servlet filters, entry points, access-denied handlers. */
public final class MaestroErrors {

    private MaestroErrors() {
    }

    /** {@code {"err":{"name": name, "errors": detail}}} with the given status, as JSON, on a response not yet committed. */
    public static void write(HttpServletResponse response, int status, String name, Object detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JsonMapper.shared().writeValue(response.getOutputStream(), ErrorEnvelope.of(name, detail));
    }

    /** The exception's envelope and status, for code that answers with a {@link ResponseEntity}. */
    public static ResponseEntity<Object> response(MaestroException exception) {
        return response(exception.status().value(), exception.envelope(), null);
    }

    static ResponseEntity<Object> response(int status, String name, Object detail, HttpHeaders headers) {
        return response(status, ErrorEnvelope.of(name, detail), headers);
    }

    private static ResponseEntity<Object> response(int status, ErrorEnvelope envelope, HttpHeaders headers) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (headers != null) {
            builder.headers(headers);
        }
        return builder.contentType(MediaType.APPLICATION_JSON).body(envelope);
    }
}
