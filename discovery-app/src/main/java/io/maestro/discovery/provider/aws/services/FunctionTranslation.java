package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A Lambda function → a {@code Serverless} application named after the function and identified by its ARN, runtime
 * and sizing in {@code role}. Of the function's environment only the variable names are kept: their values are often
 * secrets, which an inventory must not copy (0.6 stored them whole).
 */
final class FunctionTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Serverless", "Lambda (AWS)");

    /** Lambda writes its times as {@code 2025-06-03T15:20:40.215+0000}, not as ISO-8601 instants. */
    private static final DateTimeFormatter LAMBDA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String arn = Payloads.text(item, "FunctionArn");
        if (arn == null) {
            return null;
        }
        Documents role = Documents.document()
                .put("language", Payloads.at(item, "Runtime"))
                .put("aws_role", Payloads.at(item, "Role"))
                .put("handler", Payloads.at(item, "Handler"))
                .put("code_size", Payloads.at(item, "CodeSize"))
                .put("description", Payloads.at(item, "Description"))
                .put("timeout", Payloads.at(item, "Timeout"))
                .put("memory_size", Payloads.at(item, "MemorySize"))
                .put("code_sha_256", Payloads.at(item, "CodeSha256"))
                .put("version", Payloads.at(item, "Version"))
                .put("package_type", Payloads.at(item, "PackageType"))
                .put("architectures", Payloads.at(item, "Architectures"))
                .put("vpc_config", Payloads.at(item, "VpcConfig"))
                .put("dead_letter_config", Payloads.at(item, "DeadLetterConfig"))
                .put("environment_variables", variableNames(item))
                .put("kms_key_arn", Payloads.at(item, "KMSKeyArn"))
                .put("master_arn", Payloads.at(item, "MasterArn"))
                .put("tracing_config", Payloads.at(item, "TracingConfig"))
                .put("layers", Payloads.at(item, "Layers"))
                .put("revision_id", Payloads.at(item, "RevisionId"));
        return AwsApplications.application(TARGET, item, context)
                .put("name", Payloads.first(item, "FunctionName", "FunctionArn"))
                .put("unique_id", arn)
                .put("language", Payloads.at(item, "Runtime"))
                .put("active", true)
                .put("role", role)
                .put("created_at", lambdaTime(Payloads.at(item, "LastModified")))
                .put("updated_at", lambdaTime(Payloads.at(item, "LastModified")))
                .build();
    }

    private static List<String> variableNames(Map<String, Object> item) {
        return Payloads.map(item, "Environment.Variables")
                .map(variables -> variables.keySet().stream().sorted().toList())
                .orElse(List.of());
    }

    /**
     * A Lambda time as an ISO-8601 instant ({@code 2025-06-03T15:20:40.215Z}), like every other AWS time in the
     * inventory; a value in another form is kept as it is.
     */
    static String lambdaTime(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(String.valueOf(value), LAMBDA_TIME).toInstant().toString();
        } catch (DateTimeParseException e) {
            return String.valueOf(value);
        }
    }
}
