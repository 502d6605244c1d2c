package io.maestro.common.http;

/**
 * Supplies the {@code Authorization} header value a Maestro service sends to its peers (a short-lived private
 * service token). Asked once per call; the token it gives may be one it gave before (common's {@code ReusedServiceToken}).
 */
@FunctionalInterface
public interface ServiceTokenSource {

    String authorizationHeader();
}
