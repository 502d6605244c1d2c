package io.maestro.common.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The input failed validation (422); the detail lists each failing field like Joi's {@code details}. */
public class ValidatorException extends MaestroException {

    public ValidatorException(List<ValidationDetail> details) {
        super(ErrorNames.VALIDATOR, HttpStatus.UNPROCESSABLE_CONTENT, List.copyOf(details));
    }

    public ValidatorException(ValidationDetail detail) {
        this(List.of(detail));
    }

    @SuppressWarnings("unchecked")
    public List<ValidationDetail> details() {
        return (List<ValidationDetail>) detail();
    }
}
