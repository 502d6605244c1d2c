package io.maestro.common.security;

/** Another Maestro service calling with a private token; {@code app} is the caller's name from the token. */
public record ServiceCaller(String app) {
}
