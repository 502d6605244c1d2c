package io.maestro.common.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriBuilder;

/**
 * Peer URLs with values that come from a request: each value (path or query, names included) is a URI template
 * variable, which the peer clients encode as data. A {@code {}, {@code &}, {@code =} or {@code #} in a value thus
 * reaches the peer inside that value, instead of failing the template expansion or adding a parameter.
 */
public final class PeerUris {

    private PeerUris() {
    }

    /**
     * {@code client.get().uri(PeerUris.of("/audit/{entity}/{id}", parameters, entity, id))}
     *
     * @param pathTemplate the path, with a {@code {name}} for each of {@code pathValues} in order
     * @param query        query parameters, added in their iteration order
     */
    public static Function<UriBuilder, URI> of(String pathTemplate, Map<String, String> query, Object... pathValues) {
        return builder -> {
            builder.path(pathTemplate);
            List<Object> values = new ArrayList<>(List.of(pathValues));
            query.forEach((name, value) -> {
                builder.queryParam("{q" + values.size() + "}", "{q" + (values.size() + 1) + "}");
                values.add(name);
                values.add(value);
            });
            return builder.build(values.toArray());
        };
    }
}
