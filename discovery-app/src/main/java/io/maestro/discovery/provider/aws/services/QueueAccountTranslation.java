package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Payloads;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQS queue URLs → one {@code Broker} application per account, {@code SQS - <account>}, with the queue {@code urls}
 * and {@code queues} (names). The account and queue name are the two segments of a queue URL's path
 * ({@code https://sqs.<region>.amazonaws.com/<account>/<queue>}). Queues are regional, so the identity is
 * {@code <account>_<region>}: with several regions each has its own application instead of one that each region's
 * sync overwrites with its own queues (0.6 used the bare account).
 */
final class QueueAccountTranslation implements ProviderCommand.Translation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Broker", "SQS (AWS)");

    @Override
    public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
        Map<String, List<String>> urlsByAccount = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            Object urls = Payloads.at(item, "QueueUrls");
            if (urls instanceof List<?> list) {
                for (Object url : list) {
                    String[] segments = pathSegments(String.valueOf(url));
                    if (segments.length == 2) {
                        urlsByAccount.computeIfAbsent(segments[0], account -> new ArrayList<>())
                                .add(String.valueOf(url));
                    }
                }
            }
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        urlsByAccount.forEach((account, urls) -> {
            List<String> queues = urls.stream().map(url -> pathSegments(url)[1]).toList();
            documents.add(AwsApplications.application(TARGET, Map.of(), Map.of("QueueUrls", urls), context)
                    .put("name", "SQS - " + account)
                    .put("unique_id", account + "_" + context.region())
                    .put("active", true)
                    .put("urls", urls)
                    .put("queues", queues)
                    .build());
        });
        return documents;
    }

    /** {@code [account, queue]} of a queue URL, or fewer/more segments when it is not one. */
    private static String[] pathSegments(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? new String[0] : path.replaceFirst("^/", "").split("/");
        } catch (IllegalArgumentException e) {
            return new String[0];
        }
    }
}
