package io.maestro.common.http;

/**
 * Supplies the {@code Authorization} header value a Maestro service sends to its peers (a short-lived private
 * service token). Asked once per call, so every call carries a fresh token.
 */
@FunctionalInterface
public interface ServiceTokenSource {

    String authorizationHeader();
}
