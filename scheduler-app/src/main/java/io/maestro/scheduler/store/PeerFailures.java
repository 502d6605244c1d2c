package io.maestro.scheduler.store;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.scheduler.domain.RunFailure;

/** A failed peer call as the run's failure: what went wrong and what the peer answered, never the peer's address. */
final class PeerFailures {

    private PeerFailures() {
    }

    static RunFailure of(PeerCallException failure) {
        String answer = null;
        if (failure instanceof ServiceCallException refused) {
            answer = refused.body();
        } else if (failure instanceof ServiceUnavailableException unavailable) {
            answer = unavailable.body().orElse(null);
        }
        return RunFailure.failed(answer == null || answer.isBlank() ? failure.describe()
                : failure.describe() + ": " + answer);
    }
}
