package io.maestro.server.api.resource;

import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import io.maestro.common.query.ListQueryParser;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Publishes the generic resource routes in {@code /v3/api-docs}: springdoc sees only annotated controllers, and these
 * are mapped at startup ({@link ResourceRouteRegistrar}). Every {@link ResourceRoute} of every definition becomes an
 * operation, tagged with the entity name; request bodies are the definition's schema as JSON Schema (all fields
 * optional for PATCH, compatibility.md H3), and records are described by the same properties.
 */
@Component
class ResourceOpenApi implements OpenApiCustomizer {

    private static final String JSON = "application/json";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final String ACL_ENTRY = "AclEntry";
    private static final String ERROR = "MaestroError";

    private final List<ResourceDefinition> definitions;

    ResourceOpenApi(List<ResourceDefinition> definitions) {
        this.definitions = definitions;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        Components components = openApi.getComponents();
        components.addSchemas(ACL_ENTRY, object(Map.of(
                "_id", Map.of("type", "string"),
                "refs", Map.of("type", "string", "enum", List.of("users", "teams", "organization")),
                "role", Map.of("type", "integer", "enum", List.of(1, 3, 7)))));
        components.addSchemas(ERROR, object(Map.of("err", Map.of("type", "object", "properties", Map.of(
                "name", Map.of("type", "string"), "errors", Map.of())))));
        for (ResourceDefinition definition : definitions) {
            String name = componentName(definition);
            components.addSchemas(name + "Create", JsonSchemas.toOpenApi(definition.schema().bodySchema(Mode.COMPLETE)));
            components.addSchemas(name + "Patch", JsonSchemas.toOpenApi(definition.schema().bodySchema(Mode.PARTIAL)));
            components.addSchemas(name, record(definition));
            for (ResourceRoute route : ResourceRoute.of(definition)) {
                PathItem item = openApi.getPaths().computeIfAbsent(route.path(), path -> new PathItem());
                item.operation(PathItem.HttpMethod.valueOf(route.endpoint().method().name()), operation(definition, name, route));
            }
        }
    }

    /** {@code servers} → {@code Servers}, {@code flavors} → {@code Flavors}: the component names of one entity. */
    private static String componentName(ResourceDefinition definition) {
        String entity = definition.entityName();
        return Character.toUpperCase(entity.charAt(0)) + entity.substring(1);
    }

    /** A stored record: its writable fields, none required, and what the store and the links add. */
    private static Schema<Object> record(ResourceDefinition definition) {
        Schema<Object> record = JsonSchemas.toOpenApi(definition.schema().bodySchema(Mode.PARTIAL));
        record.addProperty("_id", JsonSchemas.toOpenApi(Map.of("type", "string")));
        record.addProperty("created_at", JsonSchemas.toOpenApi(Map.of("type", "string", "format", "date-time")));
        record.addProperty("updated_at", JsonSchemas.toOpenApi(Map.of("type", "string", "format", "date-time")));
        record.addProperty("_links", JsonSchemas.toOpenApi(Map.of("type", "object")));
        return record;
    }

    private static Operation operation(ResourceDefinition definition, String name, ResourceRoute route) {
        String handler = route.handler().getName();
        Operation operation = new Operation()
                .operationId(definition.entityName() + "_" + handler + (route.team() ? "_team" : ""))
                .addTagsItem(definition.entityName())
                .summary(summary(handler, definition) + (route.team() ? " (as a team)" : ""));
        Matcher variables = PATH_VARIABLE.matcher(route.path());
        while (variables.find()) {
            operation.addParametersItem(new Parameter().in("path").name(variables.group(1)).required(true)
                    .schema(JsonSchemas.toOpenApi(Map.of("type", "string"))));
        }
        ApiResponses responses = new ApiResponses();
        switch (handler) {
            case "list", "autocomplete" -> {
                listParameters(operation);
                if (handler.equals("autocomplete")) {
                    operation.addParametersItem(query("complete", "text the names contain", true));
                }
                responses.addApiResponse("200", answer("A page of records", listEnvelope(name)));
            }
            case "count" -> {
                listParameters(operation);
                responses.addApiResponse("200", answer("How many records match",
                        object(Map.of("count", Map.of("type", "integer")))));
            }
            case "get" -> responses.addApiResponse("200", answer("The record", ref(name)));
            case "create" -> {
                operation.requestBody(body(ref(name + "Create")));
                responses.addApiResponse("201", answer("The created record", ref(name)));
            }
            case "replace" -> {
                operation.requestBody(body(ref(name + "Create")));
                responses.addApiResponse("202", answer("The replaced record", ref(name)));
            }
            case "patch" -> {
                operation.requestBody(body(ref(name + "Patch")));
                responses.addApiResponse("202", answer("The changed record", ref(name)));
            }
            case "addAclEntry" -> {
                operation.requestBody(body(ref(ACL_ENTRY)));
                responses.addApiResponse("201", answer("The access list", aclAnswer()));
            }
            case "replaceAcl" -> {
                operation.requestBody(body(arrayOf(ref(ACL_ENTRY))));
                responses.addApiResponse("201", answer("The access list", aclAnswer()));
            }
            case "putAclEntry" -> {
                operation.requestBody(body(object(Map.of("role", Map.of("type", "integer", "enum", List.of(1, 3, 7))))));
                responses.addApiResponse("201", answer("The access list", aclAnswer()));
            }
            case "delete", "removeAclEntry" -> responses.addApiResponse("204", new ApiResponse().description("Done"));
            default -> throw new IllegalStateException("No OpenAPI description for " + handler);
        }
        responses.addApiResponse("4XX", answer("The Maestro error envelope ({err: {name, errors}}), e.g. a 422 "
                + "ValidatorError naming each failing field", ref(ERROR)));
        return operation.responses(responses);
    }

    private static String summary(String handler, ResourceDefinition definition) {
        String entity = definition.entityName();
        return switch (handler) {
            case "list" -> "List " + entity;
            case "count" -> "Count " + entity;
            case "autocomplete" -> "List " + entity + " whose name contains a text";
            case "get" -> "Read one of " + entity;
            case "create" -> "Create one of " + entity;
            case "replace" -> "Replace one of " + entity;
            case "patch" -> "Change fields of one of " + entity;
            case "delete" -> "Delete one of " + entity;
            default -> "Access list of one of " + entity + ": " + handler;
        };
    }

    private static void listParameters(Operation operation) {
        operation.addParametersItem(query("page", "page number, from 1", false));
        operation.addParametersItem(query("limit", "records per page, at most " + ListQueryParser.MAX_LIMIT, false));
        operation.addParametersItem(query("orderBy", "field to sort on (default " + ListQueryParser.DEFAULT_ORDER_BY + ")", false));
        operation.addParametersItem(query("ascending", "1 for ascending", false));
        operation.addParametersItem(query("query", "JSON object of field filters", false));
    }

    private static Parameter query(String name, String description, boolean required) {
        return new Parameter().in("query").name(name).description(description).required(required)
                .schema(JsonSchemas.toOpenApi(Map.of("type", "string")));
    }

    private static Schema<Object> listEnvelope(String name) {
        Schema<Object> envelope = object(Map.of(
                "found", Map.of("type", "integer"),
                "limit", Map.of("type", "integer"),
                "total_pages", Map.of("type", "integer"),
                "current_page", Map.of("type", "integer"),
                "_links", Map.of("type", "object")));
        envelope.addProperty("items", arrayOf(ref(name)));
        return envelope;
    }

    private static Schema<Object> aclAnswer() {
        Schema<Object> answer = object(Map.of("_links", Map.of("type", "object")));
        answer.addProperty("items", arrayOf(ref(ACL_ENTRY)));
        return answer;
    }

    private static Schema<Object> object(Map<String, Object> properties) {
        return JsonSchemas.toOpenApi(Map.of("type", "object", "properties", properties));
    }

    private static Schema<Object> arrayOf(Schema<?> items) {
        JsonSchema array = new JsonSchema();
        array.addType("array");
        array.setItems(items);
        return array;
    }

    private static Schema<Object> ref(String component) {
        JsonSchema reference = new JsonSchema();
        reference.set$ref("#/components/schemas/" + component);
        return reference;
    }

    private static RequestBody body(Schema<?> schema) {
        return new RequestBody().required(true).content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
    }

    private static ApiResponse answer(String description, Schema<?> schema) {
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
    }
}
