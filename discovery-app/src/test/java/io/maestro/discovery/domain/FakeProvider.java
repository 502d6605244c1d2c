package io.maestro.discovery.domain;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A provider {@code fake} (service {@code fake_service}) whose one task, {@code thing-list}, runs the given commands. */
record FakeProvider(List<DiscoveryCommand> commands) implements DiscoveryProvider {

    static FakeProvider running(DiscoveryCommand... commands) {
        return new FakeProvider(List.of(commands));
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Set<String> services() {
        return Set.of("fake_service");
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return Map.of("thing-list", commands);
    }
}
