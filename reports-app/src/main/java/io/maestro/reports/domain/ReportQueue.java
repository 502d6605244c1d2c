package io.maestro.reports.domain;

/** The {@code reports} queue the runs wait on. */
public interface ReportQueue {

    /** Queues {@code job}; returns the id of its message. */
    String publish(ReportJob job);
}
