package io.maestro.common.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing secret into a two-line start-up message instead of a stack trace. */
public class MissingSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretException cause) {
        return new FailureAnalysis("The secret " + cause.variable() + " is missing.",
                "Set " + cause.variable() + " in the environment, or start Maestro with ./maestro up, "
                        + "which generates every secret once into data/secrets.env.", cause);
    }
}
