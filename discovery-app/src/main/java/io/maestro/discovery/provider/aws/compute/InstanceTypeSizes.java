package io.maestro.discovery.provider.aws.compute;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

/**
 * EC2's own vCPUs and memory of the instance types a {@code server-list} run meets, asked with
 * {@code DescribeInstanceTypes} and remembered per connection and region for the run, so that each type is asked once
 * per region and run, never per instance. The run's memory begins with its first page of instances and ends with its
 * last. The types go as an {@code instance-type} filter, {@value #BATCH} a call, every answer page read: unlike the
 * {@code InstanceTypes} parameter, a filter does not fail the whole call for one type the region does not offer.
 *
 * <p>A type EC2 does not know, or every type when the connection's user may not call {@code DescribeInstanceTypes}
 * ({@code UnauthorizedOperation}, {@code AccessDenied}), is left to Maestro's flavor table, and the page says so in a
 * note for the task's message. Any other refusal fails the page, as for the instances themselves.
 */
public final class InstanceTypeSizes {

    /** Types per call; also the answer's page size (the API's maximum {@code MaxResults}). */
    static final int BATCH = 100;
    private static final Set<String> DENIED = Set.of("UnauthorizedOperation", "AccessDenied", "AccessDeniedException");

    private final AwsClients clients;
    private final Map<String, RunMemory> runs = new ConcurrentHashMap<>();

    public InstanceTypeSizes(AwsClients clients) {
        this.clients = clients;
    }

    /**
     * What EC2 says of one page's types.
     *
     * @param sizes by type, {@code {VCpuInfo: {DefaultVCpus}, MemoryInfo: {SizeInMiB}}} with AWS's member names
     * @param notes the types left to the flavor table, and why
     */
    public record PageSizes(Map<String, Map<String, Object>> sizes, List<String> notes) {
    }

    /** What one run learnt in one region: sizes by type, the types EC2 does not know, or EC2's refusal. */
    private static final class RunMemory {
        private final Map<String, Map<String, Object>> sizes = new HashMap<>();
        private final Set<String> unknown = new HashSet<>();
        private String refusal;
    }

    /**
     * @param firstPage the run's first page of instances in the region: what an earlier run learnt is forgotten
     * @param lastPage  its last page: the run's memory is let go
     */
    public PageSizes of(SyncConnection connection, String region, boolean firstPage, boolean lastPage,
            Collection<String> types) {
        String key = connection.id() + " " + region;
        RunMemory run;
        if (firstPage) {
            run = new RunMemory();
            runs.put(key, run);
        } else {
            // a page read by another discovery instance than the run's first: it learns afresh
            run = runs.computeIfAbsent(key, any -> new RunMemory());
        }
        try {
            synchronized (run) {
                return of(connection, region, run, types);
            }
        } finally {
            if (lastPage) {
                runs.remove(key, run);
            }
        }
    }

    private PageSizes of(SyncConnection connection, String region, RunMemory run, Collection<String> types) {
        Set<String> unasked = new TreeSet<>(types);
        unasked.removeAll(run.sizes.keySet());
        unasked.removeAll(run.unknown);
        if (run.refusal == null && !unasked.isEmpty()) {
            ask(connection, region, run, new ArrayList<>(unasked));
        }
        Map<String, Map<String, Object>> sizes = new HashMap<>();
        List<String> notes = new ArrayList<>();
        if (run.refusal != null) {
            notes.add("EC2 refused DescribeInstanceTypes in " + region + " (" + run.refusal
                    + "): cpu and memory from Maestro's flavor table.");
        }
        for (String type : new TreeSet<>(types)) {
            Map<String, Object> size = run.sizes.get(type);
            if (size != null) {
                sizes.put(type, size);
            } else if (run.unknown.contains(type)) {
                notes.add("EC2 DescribeInstanceTypes does not know " + type + " in " + region
                        + ": its cpu and memory from Maestro's flavor table.");
            }
        }
        return new PageSizes(sizes, notes);
    }

    private void ask(SyncConnection connection, String region, RunMemory run, List<String> types) {
        AwsErrors.call("DescribeInstanceTypes", connection, () -> {
            try (AwsClients.Lease<Ec2Client> lease = clients.lease(Ec2Client.builder(), connection, region)) {
                Ec2Client ec2 = lease.client();
                for (int from = 0; from < types.size(); from += BATCH) {
                    List<String> batch = types.subList(from, Math.min(types.size(), from + BATCH));
                    Iterable<InstanceTypeInfo> answers = ec2.describeInstanceTypesPaginator(request -> request
                            .filters(Filter.builder().name("instance-type").values(batch).build())
                            .maxResults(BATCH)).instanceTypes();
                    answers.forEach(info -> remember(run, info));
                    batch.stream().filter(type -> !run.sizes.containsKey(type)).forEach(run.unknown::add);
                }
            } catch (AwsServiceException e) {
                String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                if (!DENIED.contains(code)) {
                    throw e;
                }
                run.refusal = code;
            }
            return null;
        });
    }

    private static void remember(RunMemory run, InstanceTypeInfo info) {
        if (info.instanceTypeAsString() == null || info.vCpuInfo() == null || info.vCpuInfo().defaultVCpus() == null
                || info.memoryInfo() == null || info.memoryInfo().sizeInMiB() == null) {
            return;
        }
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("VCpuInfo", Map.of("DefaultVCpus", info.vCpuInfo().defaultVCpus()));
        size.put("MemoryInfo", Map.of("SizeInMiB", info.memoryInfo().sizeInMiB()));
        run.sizes.put(info.instanceTypeAsString(), size);
    }
}
