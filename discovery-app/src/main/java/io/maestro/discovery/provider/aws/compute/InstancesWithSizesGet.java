package io.maestro.discovery.provider.aws.compute;

import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code server-list}'s Get: a page of instances ({@link DescribeInstancesGet}), each carrying its type's vCPUs and
 * memory as EC2 states them under {@value #SIZE} ({@link InstanceTypeSizes}), the types EC2 could not size named in
 * the page's notes.
 */
public final class InstancesWithSizesGet implements ProviderCommand.Get {

    /** The member an instance's size travels in, named as AWS names the answer it comes from. */
    public static final String SIZE = "InstanceTypeInfo";

    private final ProviderCommand.Get instances;
    private final InstanceTypeSizes sizes;

    public InstancesWithSizesGet(ProviderCommand.Get instances, InstanceTypeSizes sizes) {
        this.instances = instances;
        this.sizes = sizes;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        FetchedPage page = instances.page(connection, region, pageToken);
        Set<String> types = page.items().stream()
                .map(instance -> text(instance, "InstanceType"))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        InstanceTypeSizes.PageSizes known = sizes.of(connection, region, pageToken == null, !page.hasNext(), types);
        List<Map<String, Object>> items = new ArrayList<>(page.items().size());
        for (Map<String, Object> instance : page.items()) {
            Map<String, Object> size = known.sizes().get(text(instance, "InstanceType"));
            if (size == null) {
                items.add(instance);
            } else {
                Map<String, Object> sized = new LinkedHashMap<>(instance);
                sized.put(SIZE, size);
                items.add(sized);
            }
        }
        List<String> notes = new ArrayList<>(page.notes());
        notes.addAll(known.notes());
        return new FetchedPage(items, page.nextToken(), page.unreadable(), notes);
    }
}
