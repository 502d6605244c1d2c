package io.maestro.common.web;

import io.maestro.common.http.PeerCallException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception a controller lets escape into the Maestro error envelope: {@link MaestroException}s with
 * their own name and status, Spring MVC's 4xx by status, bean validation as {@code ValidatorError} 422 naming the
 * field, anything else as {@code InternalError} 500 with a reference to the log entry instead of the exception text.
 * Ordered last so that a service's own advice wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class MaestroExceptionHandler extends ResponseEntityExceptionHandler {

    /** The detail of a 404 for a path no controller serves, as Maestro 0.6 worded it. */
    public static final String NO_ROUTE = "resource not found";

    private static final Logger log = LoggerFactory.getLogger(MaestroExceptionHandler.class);

    @ExceptionHandler(MaestroException.class)
    ResponseEntity<Object> maestro(MaestroException exception) {
        if (exception.status().is5xxServerError()) {
            log.warn("{}", exception.getMessage(), exception.getCause());
        }
        return MaestroErrors.response(exception);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolations(ConstraintViolationException exception) {
        List<ValidationDetail> details = exception.getConstraintViolations().stream()
                .map(MaestroExceptionHandler::detailOf)
                .toList();
        return MaestroErrors.response(new ValidatorException(details));
    }

    /** A unique index refused a write (e.g. a second record with the same {@code unique_id}): the value is taken. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicateKey(DuplicateKeyException exception) {
        return MaestroErrors.response(new ConflictException("A record with the same unique value already exists"));
    }

    /**
     * A peer call that failed where nobody expected it to: a peer's refusal of what it was asked is the caller's own
     * 4xx with the peer's words, any other failure 503/502 {@code HTTPError} naming the peer (never its address).
     */
    @ExceptionHandler(PeerCallException.class)
    ResponseEntity<Object> peerCall(PeerCallException exception) {
        log.warn("{}", exception.getMessage());
        return MaestroErrors.response(exception.answer());
    }

    /** A multipart body the container could not parse (cut short, no closing boundary); too large stays 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException exception) {
        return MaestroErrors.response(400, ErrorNames.BAD_REQUEST, "The multipart body could not be read", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException exception) {
        return MaestroErrors.response(403, ErrorNames.PERMISSION, "Access denied", null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException exception) {
        return MaestroErrors.response(401, ErrorNames.UNAUTHORIZED, "Unauthorized", null);
    }

    /**
     * Once part of the answer is sent (a download streamed as it is read, cut by its source), an envelope would be
     * written after it and taken for the end of the file: thrown on instead, it makes the container close the
     * connection, and the client sees the answer broken off.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, HttpServletResponse response) throws Exception {
        if (response.isCommitted()) {
            log.warn("Answer broken off after its first bytes: {}", exception.toString());
            throw exception;
        }
        return internal(exception, 500);
    }

    /** Logs the exception under a fresh reference and answers with that reference only. */
    static ResponseEntity<Object> internal(Throwable exception, int status) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, exception);
        return MaestroErrors.response(status, ErrorNames.INTERNAL, "Unexpected error, reference " + reference, null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ValidationDetail> details = new ArrayList<>();
        exception.getBindingResult().getFieldErrors().forEach(error -> details.add(detailOf(error)));
        exception.getBindingResult().getGlobalErrors().forEach(error ->
                details.add(ValidationDetail.field(error.getObjectName(), "object.base", messageOf(error))));
        return MaestroErrors.response(new ValidatorException(details));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ValidationDetail> details = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> details.add(error instanceof FieldError field
                    ? detailOf(field)
                    : ValidationDetail.field(String.valueOf(parameter), typeOf(error.getCodes()), messageOf(error))));
        });
        return MaestroErrors.response(new ValidatorException(details));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return MaestroErrors.response(400, ErrorNames.BAD_REQUEST, unreadableBodyDetail(exception), null);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return MaestroErrors.response(404, ErrorNames.NOT_FOUND, NO_ROUTE, null);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return MaestroErrors.response(404, ErrorNames.NOT_FOUND, NO_ROUTE, null);
    }

    /** Every other Spring MVC exception: its status, a name for that status, and Spring's one-line detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return internal(exception, status.value());
        }
        // Spring passes no body for most of its exceptions; their own ProblemDetail has the one-line detail
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : exception instanceof ErrorResponse response ? response.getBody() : null;
        String detail = problem != null && problem.getDetail() != null
                ? problem.getDetail()
                : HttpStatus.valueOf(status.value()).getReasonPhrase();
        return MaestroErrors.response(status.value(), ErrorNames.forStatus(status.value()), detail, headers);
    }

    private static String unreadableBodyDetail(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof JacksonException json) {
            if (!json.getPath().isEmpty()) {
                return "Invalid value for field '" + fieldPath(json) + "'";
            }
            if (json.getLocation() != null && json.getLocation().getLineNr() > 0) {
                return "Malformed JSON body at line " + json.getLocation().getLineNr()
                        + ", column " + json.getLocation().getColumnNr();
            }
            return "Malformed JSON body";
        }
        String message = exception.getMessage();
        return message != null && message.startsWith("Required request body is missing")
                ? "Request body is missing"
                : "Request body is not readable";
    }

    private static String fieldPath(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
        }
        return path.toString();
    }

    private static ValidationDetail detailOf(FieldError error) {
        return ValidationDetail.field(error.getField(), typeOf(error.getCodes()), messageOf(error));
    }

    private static ValidationDetail detailOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method-parameter paths read "method.parameter"; the caller knows the parameter, not the method
        String field = violation.getExecutableParameters() != null && path.contains(".")
                ? path.substring(path.indexOf('.') + 1) : path;
        return ValidationDetail.field(field, typeOf(violation.getConstraintDescriptor()), violation.getMessage());
    }

    private static String messageOf(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String typeOf(String[] codes) {
        // the last code is the bare constraint name, e.g. "NotBlank"
        return codes == null || codes.length == 0 ? "any.invalid" : joiType(codes[codes.length - 1]);
    }

    private static String typeOf(ConstraintDescriptor<?> descriptor) {
        return joiType(descriptor.getAnnotation().annotationType().getSimpleName());
    }

    /** Joi's type names for the constraints that have a Joi counterpart; others keep their own name. */
    private static String joiType(String constraint) {
        return JOI_TYPES.getOrDefault(constraint, "any." + constraint.toLowerCase(Locale.ROOT));
    }

    private static final Map<String, String> JOI_TYPES = Map.of(
            "NotNull", "any.required",
            "NotBlank", "any.required",
            "NotEmpty", "any.required",
            "Email", "string.email",
            "Pattern", "string.regex.base",
            "Size", "string.length",
            "Min", "number.min",
            "Max", "number.max",
            "typeMismatch", "any.invalid");
}
