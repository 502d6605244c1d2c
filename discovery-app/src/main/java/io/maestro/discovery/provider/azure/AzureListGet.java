package io.maestro.discovery.provider.azure;

import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Get of every Azure list command: one page of a subscription-wide ARM list, the page token being ARM's
 * {@code nextLink}, so a step resumes the listing exactly where the previous one stopped. ARM lists the resources of
 * every region; the page keeps those of the region being crawled.
 */
public class AzureListGet implements ProviderCommand.Get {

    private final AzureSessions sessions;
    private final String action;
    private final String resourcePath;
    private final String query;

    /**
     * @param action       the ARM operation, e.g. {@code Disks.List}, named in failure messages
     * @param resourcePath the provider path under the subscription, e.g. {@code Microsoft.Compute/disks}
     * @param query        the list's query, at least {@code api-version=…}
     */
    public AzureListGet(AzureSessions sessions, String action, String resourcePath, String query) {
        this.sessions = sessions;
        this.action = action;
        this.resourcePath = resourcePath;
        this.query = query;
    }

    @Override
    public final FetchedPage page(SyncConnection connection, String region, String pageToken) {
        return AzureErrors.call(action, connection, () -> {
            String first = "/subscriptions/" + AzureSessions.subscription(connection) + "/providers/" + resourcePath
                    + "?" + query;
            Map<String, Object> answer = sessions.get(connection, pageToken == null ? first : pageToken);
            List<Map<String, Object>> inRegion = maps(answer, "value").stream()
                    .filter(item -> inRegion(text(item, "location"), region)).toList();
            return new FetchedPage(items(sessions, connection, region, inRegion), text(answer, "nextLink"));
        });
    }

    /** The page's items; a Get that reads more per item (a VM's network interfaces) does it here. */
    protected List<Map<String, Object>> items(AzureSessions sessions, SyncConnection connection, String region,
            List<Map<String, Object>> page) {
        return page;
    }

    /** ARM names a region {@code westeurope}; a connection may keep it so or as its display name, {@code West Europe}. */
    static boolean inRegion(String location, String region) {
        return location != null && normalised(location).equals(normalised(region));
    }

    private static String normalised(String region) {
        return region.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
