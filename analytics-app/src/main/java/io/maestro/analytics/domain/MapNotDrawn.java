package io.maestro.analytics.domain;

/**
 * A map that cannot be drawn from what the owner has (no systems, no entry point, no application found): left on the
 * record with its status and not tried again, since a second try would find the same.
 */
class MapNotDrawn extends RuntimeException {

    private final String status;

    MapNotDrawn(String status, String message) {
        super(message);
        this.status = status;
    }

    String status() {
        return status;
    }
}
