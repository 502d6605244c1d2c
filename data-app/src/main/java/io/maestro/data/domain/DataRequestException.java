package io.maestro.data.domain;

import org.springframework.http.HttpStatus;

/** A request the gateway refuses; answered as {@code {"error": message}} with {@link #status()}. */
public class DataRequestException extends RuntimeException {

    private final HttpStatus status;

    private DataRequestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** Malformed input: broken JSON, a parameter of the wrong type. */
    public static DataRequestException badRequest(String message) {
        return new DataRequestException(HttpStatus.BAD_REQUEST, message);
    }

    /** Well-formed but refused: forbidden operator, missing owner filter, invalid element. */
    public static DataRequestException unprocessable(String message) {
        return new DataRequestException(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    public static DataRequestException notFound() {
        return new DataRequestException(HttpStatus.NOT_FOUND, "Resource not found");
    }

    public static DataRequestException tooLarge(String message) {
        return new DataRequestException(HttpStatus.CONTENT_TOO_LARGE, message);
    }
}
