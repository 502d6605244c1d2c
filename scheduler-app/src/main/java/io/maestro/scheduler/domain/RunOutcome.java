package io.maestro.scheduler.domain;

/** How a run ended, as its event tells it: {@code success} or {@code danger}, and what happened. */
public record RunOutcome(String status, String description) {

    public static final String SUCCESS = "success";
    public static final String DANGER = "danger";

    /** Descriptions longer than this are cut: an endpoint's answer can be large, an event is a line in a list. */
    static final int MAX_DESCRIPTION = 4000;

    public RunOutcome {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION) + "…";
        }
    }

    public static RunOutcome success(String description) {
        return new RunOutcome(SUCCESS, description);
    }

    public static RunOutcome danger(String description) {
        return new RunOutcome(DANGER, description);
    }

    public boolean succeeded() {
        return SUCCESS.equals(status);
    }
}
