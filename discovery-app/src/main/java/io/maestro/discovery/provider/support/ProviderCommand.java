package io.maestro.discovery.provider.support;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A provider's command: a Get (one SDK call per page) and a Translate (provider item → Maestro document), each written
 * as its own class per resource and joined here. Every provider of the kit builds its commands so.
 */
public record ProviderCommand(String name, CommandTarget target, Get get, Translation translation)
        implements DiscoveryCommand {

    /** Get: one page of one provider list call. */
    @FunctionalInterface
    public interface Get {
        FetchedPage page(SyncConnection connection, String region, String pageToken);
    }

    /** Translate: the whole page, so that a translation may fold items (SQS queues → one application per account). */
    @FunctionalInterface
    public interface Translation {
        List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context);

        /** A translation of one item into one document; {@code null} skips the item. */
        static Translation perItem(ItemTranslation item) {
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
