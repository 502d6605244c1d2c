package io.maestro.discovery.provider.aws.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Load balancers come without their tags: both ELB APIs answer them in a separate DescribeTags call of at most 20
 * load balancers. The Gets attach them to each item as {@code Tags}, the member 0.6's mapping reads for {@code tags}
 * and {@code environment}.
 */
final class LoadBalancerTags {

    /** The most load balancers one DescribeTags call accepts. */
    static final int BATCH = 20;

    private LoadBalancerTags() {
    }

    /**
     * @param items       the page's load balancers
     * @param idMember    the member DescribeTags identifies them by ({@code LoadBalancerArn}, {@code LoadBalancerName})
     * @param describeTags one DescribeTags call: ids (at most {@link #BATCH}) → their tags ({@code [{Key, Value}]})
     *                     by id
     */
    static List<Map<String, Object>> attach(List<Map<String, Object>> items, String idMember,
            Function<List<String>, Map<String, List<Map<String, Object>>>> describeTags) {
        List<String> ids = items.stream().map(item -> item.get(idMember)).filter(String.class::isInstance)
                .map(String.class::cast).toList();
        Map<String, List<Map<String, Object>>> tagsById = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            tagsById.putAll(describeTags.apply(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        List<Map<String, Object>> tagged = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            List<Map<String, Object>> tags = tagsById.get(item.get(idMember));
            if (tags == null || tags.isEmpty()) {
                tagged.add(item);
            } else {
                Map<String, Object> withTags = new LinkedHashMap<>(item);
                withTags.put("Tags", tags);
                tagged.add(withTags);
            }
        }
        return tagged;
    }
}
