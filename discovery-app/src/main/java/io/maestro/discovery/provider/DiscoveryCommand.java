package io.maestro.discovery.provider;

import java.util.List;
import java.util.Map;

/**
 * One API call of a task and its translation (0.6: one entry of a task's command list). A task such as AWS
 * {@code network-list} has several commands (VPCs, subnets, peerings…), each crawled, translated, loaded and cleaned
 * up on its own.
 *
 * <p>Get and Translate are the provider's; Load (bulk upsert through data-app, stamping {@code roles}, {@code owner},
 * {@code accountant}, {@code first_seen_at}, {@code last_seen_at}) and Cleanup (deactivating what this connection found
 * before in this region and command's target but not now) are the pipeline's and the same for every provider.
 */
public interface DiscoveryCommand {

    /** The command's name, e.g. {@code describe_instances}; unique within its task. */
    String name();

    CommandTarget target();

    /**
     * Get: one page of the provider's items. No shaping beyond turning the provider's objects into maps with the
     * provider's own field names.
     *
     * @param region    the region code to crawl ({@code all} for providers without regions)
     * @param pageToken {@code null} for the first page, else the previous page's {@link FetchedPage#nextToken()}
     * @throws ProviderException when the provider refuses or fails, with its message
     */
    FetchedPage get(SyncConnection connection, String region, String pageToken);

    /**
     * Translate: a pure function from provider items to Maestro documents, field by field (§4.3). Each document
     * carries the {@link #target()} key (normally {@code unique_id}) and a {@code checksum} of the item(s) it came
     * from; usually one document per item, but a command may fold many items into one (SQS queues of an account).
     * Items it cannot read are skipped, never turned into half-documents.
     */
    List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context);
}
