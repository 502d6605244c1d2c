package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.DiscoveryCommand;
import java.util.List;

/** One AWS task (e.g. {@code network-list}) and its commands; each is a bean, gathered by {@link AwsProvider}. */
public record AwsTask(String task, List<DiscoveryCommand> commands) {

    public AwsTask {
        commands = List.copyOf(commands);
    }
}
