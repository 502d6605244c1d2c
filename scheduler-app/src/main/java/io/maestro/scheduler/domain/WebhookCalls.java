package io.maestro.scheduler.domain;

import java.util.Map;

/** The HTTP call of a {@code webhook} job. */
public interface WebhookCalls {

    /**
     * {@code <method>} on {@code endpoint}, an absolute URL outside Maestro, without any Maestro token. Returns the
     * answer's body.
     *
     * @throws InvalidJobException when the endpoint is no absolute http(s) URL, or is on a Maestro service
     * @throws RunFailure          when the endpoint refuses, fails or does not answer
     */
    String call(String method, String endpoint, Map<String, Object> body);
}
