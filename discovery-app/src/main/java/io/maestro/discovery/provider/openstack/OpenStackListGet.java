package io.maestro.discovery.provider.openstack;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Get of every OpenStack list: one page of {@code <endpoint><path>?limit=…} of the region's public endpoint of a
 * service, the page token being the {@code marker} of the next page. The marker is read from the answer's next link
 * ({@code <collection>_links} with {@code rel: next}, Glance's {@code next}) and the next URL rebuilt on the catalog's
 * endpoint: a cloud whose links name an internal host still pages, and the token never goes to another host.
 */
public class OpenStackListGet implements ProviderCommand.Get {

    /** Items per page asked of OpenStack; services may cap it lower, and the links say so. */
    public static final int PAGE_SIZE = 100;
    /** A listing of more pages than this is a cloud that keeps answering the same marker. */
    private static final int MAX_PAGES = 10_000;

    private final OpenStackSessions sessions;
    private final OpenStackService service;
    private final String path;
    private final String collection;
    private final String projectFilter;

    /**
     * A list that answers the token's project only (Nova, Cinder, Octavia for a member), or everything the token may
     * see.
     *
     * @param path       the list under the service's endpoint, e.g. {@code /servers/detail}, {@code /v2.0/ports}
     * @param collection the member holding the items, e.g. {@code servers}, {@code security_groups}
     */
    public OpenStackListGet(OpenStackSessions sessions, OpenStackService service, String path, String collection) {
        this(sessions, service, path, collection, null);
    }

    /**
     * @param projectFilter the query parameter restricting the list to the token's project ({@code project_id} for
     *                      Neutron and Octavia, {@code owner} for Glance): those services also list what other
     *                      projects share, or everything to an admin, and another tenant's connection to the same
     *                      cloud holds those records
     */
    public OpenStackListGet(OpenStackSessions sessions, OpenStackService service, String path, String collection,
            String projectFilter) {
        this.sessions = sessions;
        this.service = service;
        this.path = path;
        this.collection = collection;
        this.projectFilter = projectFilter;
    }

    @Override
    public final FetchedPage page(SyncConnection connection, String region, String pageToken) {
        String endpoint = sessions.endpoint(connection, service, region);
        List<Map<String, Object>> items = new ArrayList<>();
        String marker = read(connection, endpoint, pageToken, items);
        return new FetchedPage(items(connection, region, items), marker);
    }

    /** Every item of the list in a region, page after page (for what a Get reads beside its own list). */
    public List<Map<String, Object>> all(SyncConnection connection, String region) {
        String endpoint = sessions.endpoint(connection, service, region);
        List<Map<String, Object>> items = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            marker = read(connection, endpoint, marker, items);
        } while (marker != null && ++pages < MAX_PAGES);
        return items;
    }

    /** The page's items, enriched by a Get that reads more per page (a server's flavor); as they come by default. */
    protected List<Map<String, Object>> items(SyncConnection connection, String region,
            List<Map<String, Object>> page) {
        return page;
    }

    protected final OpenStackSessions sessions() {
        return sessions;
    }

    /** The headers of every request of the list to {@code endpoint} beside the token (Nova's microversion); none. */
    protected Map<String, String> headers(SyncConnection connection, String endpoint) {
        return Map.of();
    }

    /** Reads one page into {@code items}; its next marker, or null on the last page. */
    private String read(SyncConnection connection, String endpoint, String marker, List<Map<String, Object>> items) {
        String action = service.label() + " " + path;
        StringBuilder url = new StringBuilder(endpoint).append(path).append(path.contains("?") ? '&' : '?');
        if (projectFilter != null) {
            sessions.projectId(connection).ifPresent(project -> url.append(projectFilter).append('=')
                    .append(URLEncoder.encode(project, StandardCharsets.UTF_8)).append('&'));
        }
        url.append("limit=").append(PAGE_SIZE);
        if (marker != null) {
            url.append("&marker=").append(URLEncoder.encode(marker, StandardCharsets.UTF_8));
        }
        Map<String, Object> answer = sessions.get(connection, action, url.toString(), headers(connection, endpoint));
        if (!(answer.get(collection) instanceof List<?> list)) {
            throw new ProviderException(action + " failed: the answer has no '" + collection + "' list");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?>)) {
                throw new ProviderException(action + " failed: an item of '" + collection + "' is not an object");
            }
        }
        items.addAll(Payloads.maps(answer, collection));
        String next = nextLink(answer);
        if (next == null) {
            return null;
        }
        String nextMarker = queryParameter(next, "marker");
        if (nextMarker == null || nextMarker.equals(marker)) {
            throw new ProviderException(action + " failed: the next page's link has no new marker");
        }
        return nextMarker;
    }

    private String nextLink(Map<String, Object> answer) {
        for (Map<String, Object> link : Payloads.maps(answer, collection + "_links")) {
            if ("next".equals(link.get("rel")) && link.get("href") != null) {
                return String.valueOf(link.get("href"));
            }
        }
        Object glanceNext = answer.get("next");
        return glanceNext instanceof String next && !next.isBlank() ? next : null;
    }

    private static String queryParameter(String link, String name) {
        String query;
        try {
            query = URI.create(link.trim()).getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }
}
