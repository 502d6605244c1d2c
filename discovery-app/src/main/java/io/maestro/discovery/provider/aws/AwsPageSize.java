package io.maestro.discovery.provider.aws;

/**
 * The page size of AWS list calls ({@code MaxResults}, {@code MaxRecords}): {@code MAESTRO_SCAN_QTD} when set, else
 * the default 0.6 gave the call (200 for most EC2 calls, 100 for Auto Scaling), always within the range the API
 * accepts.
 *
 * @param configured {@code maestro.discovery.scan-qtd}; 0 or less means "the call's own default"
 */
public record AwsPageSize(int configured) {

    /** The smallest {@code MaxResults} EC2 accepts. */
    private static final int MINIMUM = 5;

    public int of(int callDefault, int apiMaximum) {
        int size = configured > 0 ? configured : callDefault;
        return Math.max(MINIMUM, Math.min(size, apiMaximum));
    }
}
