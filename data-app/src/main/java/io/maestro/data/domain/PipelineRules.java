package io.maestro.data.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * What {@code POST /aggregate} accepts: the first stage a {@code $match} naming {@code roles._id} (the caller's
 * tenant, as in Maestro 0.6), only stages both MongoDB and the embedded store run, never {@code $out}/{@code $merge},
 * and {@code $lookup}/{@code $graphLookup} only from collections open to aggregation.
 */
public final class PipelineRules {

    static final Set<String> STAGES = Set.of("$match", "$group", "$project", "$unwind", "$lookup", "$graphLookup",
            "$facet", "$addFields", "$replaceRoot", "$bucket", "$sortByCount", "$count", "$sample", "$sort", "$skip",
            "$limit");
    private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

    private PipelineRules() {
    }

    public static void validate(List<Object> pipeline) {
        if (pipeline.isEmpty()) {
            throw DataRequestException.unprocessable("pipeline must not be empty");
        }
        Optional<String> forbidden = Operators.findForbidden(pipeline);
        if (forbidden.isPresent()) {
            throw DataRequestException.unprocessable("operator " + forbidden.get() + " is not allowed");
        }
        if (!(pipeline.get(0) instanceof Document first) || !(first.get("$match") instanceof Document match)
                || match.get("roles._id") == null) {
            throw DataRequestException.unprocessable("Must delimit the first stage: {\"$match\": {\"roles._id\": <owner id>}}");
        }
        validateStages(pipeline, "pipeline");
    }

    private static void validateStages(List<?> stages, String where) {
        for (int index = 0; index < stages.size(); index++) {
            String position = where + "[" + index + "]";
            if (!(stages.get(index) instanceof Document stage) || stage.size() != 1) {
                throw DataRequestException.unprocessable(position + " must be an object with exactly one stage");
            }
            String name = stage.keySet().iterator().next();
            Object spec = stage.get(name);
            if (WRITING_STAGES.contains(name)) {
                throw DataRequestException.unprocessable(position + ": " + name + " is refused (the gateway does not write through aggregations)");
            }
            if (!STAGES.contains(name)) {
                throw DataRequestException.unprocessable(position + ": stage " + name + " is not supported"
                        + ("$set".equals(name) ? " (use $addFields)" : ""));
            }
            switch (name) {
                case "$lookup", "$graphLookup" -> validateLookup(name, spec, position);
                case "$facet" -> validateFacet(spec, position);
                default -> {
                }
            }
        }
    }

    private static void validateLookup(String name, Object spec, String position) {
        if (!(spec instanceof Document lookup) || !(lookup.get("from") instanceof String from)) {
            throw DataRequestException.unprocessable(position + ": " + name + " needs a from collection");
        }
        if (DataEntity.lookup(from, DataEntity.Route.AGGREGATE).filter(entity -> entity.collection().equals(from)).isEmpty()) {
            throw DataRequestException.unprocessable(position + ": " + name + " from " + from + " is not allowed");
        }
        if (lookup.get("pipeline") instanceof List<?> inner) {
            validateStages(inner, position + "." + name + ".pipeline");
        }
    }

    private static void validateFacet(Object spec, String position) {
        if (!(spec instanceof Document facets)) {
            throw DataRequestException.unprocessable(position + ": $facet must be an object");
        }
        facets.forEach((facet, inner) -> {
            if (!(inner instanceof List<?> stages)) {
                throw DataRequestException.unprocessable(position + ".$facet." + facet + " must be a pipeline");
            }
            validateStages(stages, position + ".$facet." + facet);
        });
    }
}
