package io.maestro.common.web;

/**
 * The {@code err.name} values a Maestro service answers with. The first eight are Maestro 0.6's; the others name
 * failures 0.6 left to Express or never detected (broken query JSON, operator injection, framework-level 4xx).
 */
public final class ErrorNames {

    /** 422: the body or a field failed validation; {@code errors} is a Joi-like details array. */
    public static final String VALIDATOR = "ValidatorError";
    /** 403 (0.6 answered 400, compatibility.md H1): the caller lacks the role the operation needs. */
    public static final String PERMISSION = "PermissionError";
    /** 404: no such record, or a page beyond the last one ({@code "Data not found"}), or no such route. */
    public static final String NOT_FOUND = "NotFoundError";
    /** 409: a unique value is taken. */
    public static final String CONFLICT = "ConflictError";
    /**
     * A peer service failed (compatibility.md H2, docs/architecture.md "Peer failures"): 503 unreachable, 504 too slow,
     * 502 failing or refusing how it was called. The detail names the service, never its address.
     */
    public static final String HTTP = "HTTPError";
    /** 501 in Maestro 0.6: a downstream resource could not be used; not raised here. */
    public static final String RESOURCE = "ResourceError";
    /** 400: an operation could not be carried out with the given input. */
    public static final String PROCESS = "ProcessError";
    /** 503 when raised (0.6 answered 200, compatibility.md H2): the downstream service is disabled by configuration. */
    public static final String SERVICE_DISABLED = "ServiceDisabledError";
    /** 400 (compatibility.md S8): list parameters that cannot be honoured: broken {@code query} JSON, operator keys, bad paging. */
    public static final String QUERY = "QueryError";
    /** 400: a request the framework could not read: malformed JSON body, missing or mistyped parameter. */
    public static final String BAD_REQUEST = "BadRequestError";
    /** 401: no valid credentials. */
    public static final String UNAUTHORIZED = "UnauthorizedError";
    /** 405: the route exists but not for this method. */
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowedError";
    /** 406: the response cannot be produced in an accepted media type. */
    public static final String NOT_ACCEPTABLE = "NotAcceptableError";
    /** 413: the request body is larger than allowed. */
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLargeError";
    /** 415: the request body's media type is not accepted. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaTypeError";
    /** 500: anything unexpected; the detail never carries the exception's message or stack. */
    public static final String INTERNAL = "InternalError";

    private ErrorNames() {
    }

    /** The name for a status raised by the framework rather than by a {@link MaestroException}. */
    public static String forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> PERMISSION;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATOR;
            case 503 -> SERVICE_DISABLED;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
