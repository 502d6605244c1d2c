package io.maestro.server.api.audit;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Publishes the history routes ({@link AuditRoute}) in {@code /v3/api-docs}, which springdoc cannot see since they
 * are mapped at start-up. Rows and differences are audit-app's (docs/audit-app.md); a version and a revert answer the
 * record, described by the entity's schema that the resource routes publish.
 */
@Component
class AuditOpenApi implements OpenApiCustomizer {

    private static final String JSON = "application/json";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    private final List<ResourceDefinition> definitions;

    AuditOpenApi(List<ResourceDefinition> definitions) {
        this.definitions = definitions;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        for (AuditRoute route : AuditRoute.of(definitions)) {
            PathItem item = openApi.getPaths().computeIfAbsent(route.path(), path -> new PathItem());
            item.operation(PathItem.HttpMethod.valueOf(route.method().name()), operation(route));
        }
    }

    private static Operation operation(AuditRoute route) {
        String entity = route.definition().entityName();
        Operation operation = new Operation()
                .operationId(entity + "_" + route.handler() + (route.team() ? "_team" : ""))
                .addTagsItem(entity);
        Matcher variables = PATH_VARIABLE.matcher(route.path());
        while (variables.find()) {
            operation.addParametersItem(new Parameter().in("path").name(variables.group(1)).required(true)
                    .schema(type("string")));
        }
        ApiResponses responses = new ApiResponses();
        String record = "#/components/schemas/" + Character.toUpperCase(entity.charAt(0)) + entity.substring(1);
        switch (route.handler()) {
            case "history" -> {
                operation.summary("Changes of one of " + entity + ", oldest first");
                operation.addParametersItem(query("page", "page number, from 1"));
                operation.addParametersItem(query("limit", "rows per page"));
                Schema<Object> page = object(Map.of("found", type("integer"), "limit", type("integer"),
                        "total_pages", type("integer"), "current_page", type("integer"), "items", arrayOf(row())));
                responses.addApiResponse("200", answer("A page of audit rows, without the state after each change", page));
            }
            case "version" -> {
                operation.summary("One of " + entity + " as it was right after a change");
                responses.addApiResponse("200", answer("The record after that change", new JsonSchema().$ref(record)));
            }
            case "diff" -> {
                operation.summary("What changed in one of " + entity + " between two changes");
                operation.addParametersItem(query("from", "audit row id"));
                operation.addParametersItem(query("to", "audit row id"));
                responses.addApiResponse("200", answer("The differences",
                        object(Map.of("from", type("string"), "to", type("string"), "body", type("object")))));
            }
            case "revert" -> {
                operation.summary("Restore the writable fields of one of " + entity + " as they were after a change");
                responses.addApiResponse("202", answer("The restored record", new JsonSchema().$ref(record)));
            }
            default -> throw new IllegalStateException("No OpenAPI description for " + route.handler());
        }
        responses.addApiResponse("4XX", answer("The Maestro error envelope ({err: {name, errors}})",
                new JsonSchema().$ref("#/components/schemas/MaestroError")));
        responses.addApiResponse("5XX", new ApiResponse().description(
                "audit-app unreachable (503), too slow (504) or failing (502): HTTPError naming it"));
        return operation.responses(responses);
    }

    /** An audit row as the history lists it (docs/audit-app.md). */
    private static Schema<Object> row() {
        return object(Map.of("_id", type("string"), "entity", type("string"), "entity_id", type("string"),
                "user", type("object"), "change", type("string"), "body", type("object"),
                "created_at", type("string")));
    }

    private static Parameter query(String name, String description) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(type("string"));
    }

    private static ApiResponse answer(String description, Schema<?> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
    }

    private static Schema<Object> type(String name) {
        JsonSchema schema = new JsonSchema();
        schema.addType(name);
        return schema;
    }

    private static Schema<Object> object(Map<String, Schema<?>> properties) {
        Schema<Object> object = type("object");
        properties.forEach(object::addProperty);
        return object;
    }

    private static Schema<Object> arrayOf(Schema<?> items) {
        Schema<Object> array = type("array");
        array.setItems(items);
        return array;
    }
}
