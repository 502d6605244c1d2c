package io.maestro.common.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;

/**
 * The secrets a service needs, read by their Maestro 0.6 variable names. A service lists them in
 * {@code maestro.required-secrets}; start-up fails naming the first one that is missing or blank.
 */
public final class MaestroSecrets {

    public static final String SECRETJWT = "MAESTRO_SECRETJWT";
    public static final String SECRETJWT_PRIVATE = "MAESTRO_SECRETJWT_PRIVATE";
    public static final String SECRETJWT_PUBLIC = "MAESTRO_SECRETJWT_PUBLIC";
    public static final String SECRETJWT_FORGOT = "MAESTRO_SECRETJWT_FORGOT";
    public static final String SECRET_CRYPTO_FORGOT = "MAESTRO_SECRET_CRYPTO_FORGOT";
    public static final String SECRET_CRYPTO = "MAESTRO_SECRET_CRYPTO";
    public static final String NOAUTH = "MAESTRO_NOAUTH";
    public static final String WEBSOCKET_SECRET = "MAESTRO_WEBSOCKET_SECRET";

    private final Map<String, String> values;

    private MaestroSecrets(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static MaestroSecrets require(Environment environment, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                throw new MissingSecretException(name);
            }
            values.put(name, value);
        }
        return new MaestroSecrets(values);
    }

    /** The value of a secret this service declared; asking for an undeclared one is a programming error. */
    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not among this service's maestro.required-secrets");
        }
        return value;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
