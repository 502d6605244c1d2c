package io.maestro.discovery.provider.aws.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadBalancerTagsTest {

    @Test
    void tagsAreAskedForInBatchesOfTwentyAndAttachedByIdentifier() {
        List<Map<String, Object>> items = IntStream.range(0, 45)
                .mapToObj(i -> Map.<String, Object>of("LoadBalancerName", "lb-" + i)).toList();
        List<List<String>> calls = new ArrayList<>();

        List<Map<String, Object>> tagged = LoadBalancerTags.attach(items, "LoadBalancerName", names -> {
            calls.add(names);
            return names.stream().filter(name -> !name.equals("lb-44")).collect(Collectors.toMap(name -> name,
                    name -> List.of(Map.of("Key", "role", "Value", name))));
        });

        assertThat(calls).extracting(List::size).containsExactly(20, 20, 5);
        assertThat(tagged).hasSize(45);
        assertThat(tagged.get(21)).containsEntry("Tags", List.of(Map.of("Key", "role", "Value", "lb-21")));
        assertThat(tagged.get(44)).isEqualTo(Map.of("LoadBalancerName", "lb-44"));
    }

    @Test
    void aPageWithoutLoadBalancersAsksForNoTags() {
        assertThat(LoadBalancerTags.attach(List.of(), "LoadBalancerArn", ids -> {
            throw new AssertionError("no DescribeTags call expected");
        })).isEmpty();
    }
}
