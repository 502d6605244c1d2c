package io.maestro.common.client;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** server-app's routes the internal services call (docs/identity.md). */
@HttpExchange
public interface ServerAppClient {

    /** {@code GET /users/upload/file?filename=<name>}: a private uploaded file, read with the service token. */
    @GetExchange("/users/upload/file")
    byte[] uploadedFile(@RequestParam("filename") String filename);

    /**
     * {@code GET /me} with a browser's session token instead of the service token: returns while the session is
     * current; a {@link io.maestro.common.http.ServiceCallException} 401 once its user is deleted or its password changed.
     *
     * @param authorization the browser's {@code Authorization} value, e.g. {@code JWT <token>}
     */
    @GetExchange("/me")
    void checkSession(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);

    /**
     * {@code GET /drift} as the signed-in user whose session token is given: what their Terraform states declare
     * against what their cloud connections find running (docs/drift.md).
     *
     * @param authorization the user's {@code Authorization} value, e.g. {@code JWT <token>}
     */
    @GetExchange("/drift")
    Map<String, Object> drift(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);
}
