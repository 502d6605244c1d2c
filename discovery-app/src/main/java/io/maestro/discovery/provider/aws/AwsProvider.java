package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Amazon Web Services: connections of service {@code iam_aws}, keys {@code access} and {@code secret}. */
@Component
public class AwsProvider implements DiscoveryProvider {

    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    public AwsProvider(ObjectProvider<AwsTask> awsTasks) {
        for (AwsTask task : awsTasks.orderedStream().toList()) {
            if (tasks.putIfAbsent(task.task(), task.commands()) != null) {
                throw new IllegalStateException("Two AWS task beans for " + task.task());
            }
        }
    }

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public Set<String> services() {
        return Set.of("iam_aws");
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return tasks;
    }
}
