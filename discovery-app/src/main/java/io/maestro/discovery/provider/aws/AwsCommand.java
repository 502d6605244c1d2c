package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An AWS command: a Get (one SDK call per page) and a Translate (provider item → Maestro document), each written as
 * its own class per resource and joined here.
 */
public record AwsCommand(String name, CommandTarget target, AwsGet get, AwsTranslation translation)
        implements DiscoveryCommand {

    /** Get: one page of one AWS list call. */
    @FunctionalInterface
    public interface AwsGet {
        FetchedPage page(SyncConnection connection, String region, String pageToken);
    }

    /** Translate: the whole page, so that a translation may fold items (SQS queues → one application per account). */
    @FunctionalInterface
    public interface AwsTranslation {
        List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context);

        /** A translation of one item into one document; {@code null} skips the item. */
        static AwsTranslation perItem(ItemTranslation item) {
            return (items, context) -> {
                List<Map<String, Object>> documents = new ArrayList<>(items.size());
                for (Map<String, Object> raw : items) {
                    Map<String, Object> document = item.translate(raw, context);
                    if (document != null) {
                        documents.add(document);
                    }
                }
                return documents;
            };
        }
    }

    @FunctionalInterface
    public interface ItemTranslation {
        Map<String, Object> translate(Map<String, Object> item, TranslationContext context);
    }

    @Override
    public FetchedPage get(SyncConnection connection, String region, String pageToken) {
        return get.page(connection, region, pageToken);
    }

    @Override
    public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
        return translation.translate(items, context);
    }
}
