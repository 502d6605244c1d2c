package io.maestro.discovery.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * A step of a sync on the {@code discovery} queue. Each carries ids only (the worker re-reads the connection) and an
 * id of its own derived from its place in the run, so that a step published twice is handled once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "stage")
// the type first: after a chunk's items, a reader would buffer all of them before it knew what to read them as
@JsonPropertyOrder({"stage"})
@JsonSubTypes({
        @JsonSubTypes.Type(value = SyncStep.Scan.class, name = "scan"),
        @JsonSubTypes.Type(value = SyncStep.Load.class, name = "load"),
        @JsonSubTypes.Type(value = SyncStep.Cleanup.class, name = "cleanup"),
        @JsonSubTypes.Type(value = SyncStep.Finish.class, name = "finish")})
public sealed interface SyncStep {

    SyncRun run();

    /** The (command, region) unit the step works on; {@code null} for the run-wide finish. */
    RunUnit unit();

    /**
     * The step's kind, written as a plain property: a message's payload is declared generically, so Jackson would not
     * write a type id of its own.
     */
    @JsonProperty("stage")
    default String stage() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** The step's message id: the same step always gets the same id. */
    String stepId();

    /**
     * Get one page of a unit.
     *
     * @param pageToken    {@code null} for the first page
     * @param page         the page's number, from 0
     * @param chunksBefore how many translate chunks the unit's earlier pages made: this page's chunks are numbered on
     */
    @JsonTypeName("scan")
    record Scan(SyncRun run, RunUnit unit, String pageToken, int page, int chunksBefore) implements SyncStep {
        @Override
        public String stepId() {
            return run.runId() + ":scan:" + unit.trackerKey() + ":" + page;
        }
    }

    /**
     * Chunk number {@code chunk} of a unit, the provider's items: translated, loaded and recorded in the tracker in one
     * step, so a chunk costs one message on the queue (docs/discovery.md, "Pipeline").
     */
    @JsonTypeName("load")
    record Load(SyncRun run, RunUnit unit, int chunk, List<Map<String, Object>> items) implements SyncStep {
        @Override
        public String stepId() {
            return run.runId() + ":load:" + unit.trackerKey() + ":" + chunk;
        }
    }

    /** Deactivate what the unit's connection found before but not in this run; sent once every chunk is loaded. */
    @JsonTypeName("cleanup")
    record Cleanup(SyncRun run, RunUnit unit) implements SyncStep {
        @Override
        public String stepId() {
            return run.runId() + ":cleanup:" + unit.trackerKey();
        }
    }

    /** Write the task's state on the connection and notify its owner; sent once every unit is done. */
    @JsonTypeName("finish")
    record Finish(SyncRun run) implements SyncStep {
        @Override
        public RunUnit unit() {
            return null;
        }

        @Override
        public String stepId() {
            return run.runId() + ":finish";
        }
    }
}
