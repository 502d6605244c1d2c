package io.maestro.common.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The input failed validation (422); the detail lists each failing field like Joi's {@code details}, the first
 * {@link #MAX_DETAILS} of them: a request failing in more ways gets those and the {@code total}, so that the answer
 * stays small whatever the request.
 */
public class ValidatorException extends MaestroException {

    /** How many details an answer lists at most. */
    public static final int MAX_DETAILS = 50;

    private final int total;

    public ValidatorException(List<ValidationDetail> details) {
        super(ErrorNames.VALIDATOR, HttpStatus.UNPROCESSABLE_CONTENT,
                List.copyOf(details.subList(0, Math.min(details.size(), MAX_DETAILS))));
        this.total = details.size();
    }

    public ValidatorException(ValidationDetail detail) {
        this(List.of(detail));
    }

    /** The details the answer lists: all of them, or the first {@link #MAX_DETAILS}. */
    @SuppressWarnings("unchecked")
    public List<ValidationDetail> details() {
        return (List<ValidationDetail>) detail();
    }

    /** How many details there were, listed or not. */
    public int total() {
        return total;
    }

    @Override
    public ErrorEnvelope envelope() {
        return total > MAX_DETAILS ? ErrorEnvelope.truncated(name(), detail(), total) : super.envelope();
    }
}
