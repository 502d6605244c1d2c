package io.maestro.discovery.provider.support.files;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The three file sources by kind, and the Get every file provider shares: one file per page, the page token being the
 * position of the next file in the connection's listing.
 */
@Component
public class FileSources {

    private final Map<String, FileSource> byKind = new TreeMap<>();

    public FileSources(List<FileSource> sources) {
        sources.forEach(source -> byKind.put(source.kind(), source));
    }

    /** The connection services a provider with this suffix serves, e.g. {@code upload_ansible, s3_ansible, ssh_ansible}. */
    public Set<String> services(String suffix) {
        Set<String> services = new TreeSet<>();
        byKind.keySet().forEach(kind -> services.add(kind + "_" + suffix));
        return services;
    }

    /** How a provider reads one file into its items; throws {@link ProviderException} naming the file when it cannot. */
    @FunctionalInterface
    public interface FileReader {
        List<Map<String, Object>> items(String file, byte[] content);
    }

    /**
     * One file of the connection as a page. A file the reader refuses does not end the listing: its page carries the
     * reader's message as {@link FetchedPage#unreadable()} and the next file is read as usual.
     */
    public FetchedPage page(SyncConnection connection, String suffix, String pageToken, Predicate<String> wanted,
            FileReader reader) {
        String service = connection.service() == null ? "" : connection.service();
        FileSource source = service.endsWith("_" + suffix)
                ? byKind.get(service.substring(0, service.length() - suffix.length() - 1)) : null;
        if (source == null) {
            throw new ProviderException("This provider does not read " + service + " connections");
        }
        int index = pageToken == null ? 0 : Integer.parseInt(pageToken);
        FileSource.Listing listing = source.read(connection, index, wanted);
        if (listing.name() == null) {
            return FetchedPage.last(List.of());
        }
        String next = index + 1 < listing.files().size() ? String.valueOf(index + 1) : null;
        try {
            return new FetchedPage(reader.items(listing.name(), listing.content()), next);
        } catch (ProviderException unreadable) {
            return new FetchedPage(List.of(), next, List.of(unreadable.getMessage()));
        }
    }
}
