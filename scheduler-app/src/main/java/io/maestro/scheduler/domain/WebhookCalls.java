package io.maestro.scheduler.domain;

import java.util.Map;

/** The HTTP call of a {@code webhook} job. */
public interface WebhookCalls {

    /**
     * {@code <method>} on {@code endpoint}: a path on the Maestro service {@code source} names ({@code discovery},
     * {@code report}, {@code analytic}), or with no source an absolute URL. Only a Maestro service is sent the private
     * service token. Returns the answer's body.
     *
     * @throws RunFailure when the endpoint refuses, fails, does not answer, or cannot be called as stored
     */
    String call(String method, String source, String endpoint, Map<String, Object> body);
}
