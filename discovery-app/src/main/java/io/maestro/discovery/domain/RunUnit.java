package io.maestro.discovery.domain;

/**
 * One command of a task in one region: crawled page by page, loaded chunk by chunk, cleaned up once all its chunks are
 * loaded.
 */
public record RunUnit(String command, String region) {

    /** The unit's field name in the tracker: letters, digits, {@code _} and {@code -} only (it becomes a field path). */
    public String trackerKey() {
        return safe(command) + "__" + safe(region);
    }

    private static String safe(String value) {
        return value.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public String toString() {
        return command + " in " + region;
    }
}
