package io.maestro.common.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code /error} page, where the container forwards what never reached a controller (a filter's
 * exception or {@code sendError}, a request the container rejected), so those answers carry the envelope too.
 */
@Hidden
@RestController
public class MaestroErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof MaestroException maestro) {
            return MaestroErrors.response(maestro);
        }
        int status = statusOf(request);
        if (status >= 500) {
            return MaestroExceptionHandler.internal(exception instanceof Throwable cause ? cause : null, status);
        }
        String detail = status == 404 ? MaestroExceptionHandler.NO_ROUTE : HttpStatus.valueOf(status).getReasonPhrase();
        return MaestroErrors.response(status, ErrorNames.forStatus(status), detail, null);
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        return 500;
    }
}
