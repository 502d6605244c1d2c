package io.maestro.common.config;

/** A service was started without one of its secrets (compatibility.md S2: no secret has a usable default). */
public class MissingSecretException extends IllegalStateException {

    private final String variable;

    public MissingSecretException(String variable) {
        super(variable + " is not set. Maestro ships no default secrets: set " + variable
                + " in the environment (./maestro up generates them into data/secrets.env).");
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
