package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SES identities → one {@code SMTP} application {@code SES - SMTP} whose {@code domain} lists the verified domains and
 * addresses. SES is regional, so the identity is {@code <connId>_ses_<region>} (0.6: {@code <connId>_ses}, which two
 * regions overwrote in turn).
 */
final class SmtpTranslation implements ProviderCommand.Translation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "SMTP", "SES (AWS)");

    @Override
    public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
        List<Object> identities = new ArrayList<>();
        for (Map<String, Object> item : items) {
            if (Payloads.at(item, "Identities") instanceof List<?> list) {
                identities.addAll(list);
            }
        }
        if (identities.isEmpty()) {
            return List.of();
        }
        return List.of(AwsApplications.application(TARGET, Map.of(), Map.of("Identities", identities), context)
                .put("name", "SES - SMTP")
                .put("unique_id", context.connection().id() + "_ses_" + context.region())
                .put("active", true)
                .put("domain", identities)
                .build());
    }
}
