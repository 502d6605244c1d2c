package io.maestro.discovery.provider.support;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider-neutral part of every recorded-cloud test: crawling a command page by page as the pipeline does, and
 * reading the recorded answers under {@code src/test/resources/<provider>/}.
 */
public final class RecordedPages {

    /** More pages than any recording holds: a Get that keeps answering a next token is a bug, not a long crawl. */
    private static final int MAX_PAGES = 10;

    private RecordedPages() {
    }

    /** Every page of a command for a connection, following the page tokens. */
    public static List<FetchedPage> crawl(DiscoveryCommand command, SyncConnection connection, String region) {
        List<FetchedPage> pages = new ArrayList<>();
        FetchedPage page = command.get(connection, region, null);
        pages.add(page);
        while (page.hasNext() && pages.size() < MAX_PAGES) {
            page = command.get(connection, region, page.nextToken());
            pages.add(page);
        }
        return pages;
    }

    public static List<Map<String, Object>> items(List<FetchedPage> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    /** A recorded answer, e.g. {@code resource("azure", "compute/virtual-machines-1.json")}. */
    public static String resource(String provider, String path) {
        String name = "/" + provider + "/" + path;
        try (InputStream in = RecordedPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
