package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads every page of a list call within one Get, for the calls whose items a translation folds into one application
 * (SQS queue URLs, SES identities), where a fold split over pages would keep only the last page's items.
 */
final class AllPages {

    /** A bound on a list that never ends (a token that keeps changing); far above any real account. */
    static final int MAX_PAGES = 1000;

    /** One page of names and the next page's token, {@code null} or empty on the last page. */
    record Page(List<String> names, String nextToken) {
    }

    private AllPages() {
    }

    /** @param call one call of the API for a page token ({@code null} for the first page) */
    static List<String> read(String action, Function<String, Page> call) {
        List<String> names = new ArrayList<>();
        String token = null;
        for (int pages = 1; ; pages++) {
            Page page = call.apply(token);
            names.addAll(page.names());
            String next = page.nextToken();
            if (next == null || next.isEmpty() || Objects.equals(next, token)) {
                return names;
            }
            if (pages == MAX_PAGES) {
                throw new ProviderException(action + " failed: more than " + MAX_PAGES + " pages");
            }
            token = next;
        }
    }

    /** The names as the one item {@code {member: [names…]}} the translation folds; no item when there are none. */
    static FetchedPage oneItem(String member, List<String> names) {
        return FetchedPage.last(names.isEmpty() ? List.of() : List.of(Map.of(member, names)));
    }
}
