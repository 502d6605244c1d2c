package io.maestro.discovery.provider.aws;

/**
 * The page sizes of AWS list calls. 0.6 read them from {@code MAESTRO_SCAN_QTD} (most calls),
 * {@code MAESTRO_DB_SCAN_QTD} (RDS) and {@code MAESTRO_SCAN_CDN_QTD} (CloudFront), each call with its own default; a
 * value is kept within the range the API accepts (RDS takes 20–100, Lambda layers at most 50…), so that one setting
 * for every call never makes a call invalid.
 *
 * @param scan    {@code MAESTRO_SCAN_QTD}, or {@code null} for each call's default
 * @param dbScan  {@code MAESTRO_DB_SCAN_QTD}, or {@code null}
 * @param cdnScan {@code MAESTRO_SCAN_CDN_QTD}, or {@code null}
 */
public record AwsPageSizes(Integer scan, Integer dbScan, Integer cdnScan) {

    /** Every call at its 0.6 default. */
    public static final AwsPageSizes DEFAULTS = new AwsPageSizes(null, null, null);

    public int scan(int defaultSize, int min, int max) {
        return within(scan == null ? defaultSize : scan, min, max);
    }

    public int dbScan(int defaultSize, int min, int max) {
        return within(dbScan == null ? defaultSize : dbScan, min, max);
    }

    public int cdnScan(int defaultSize, int min, int max) {
        return within(cdnScan == null ? defaultSize : cdnScan, min, max);
    }

    private static int within(int size, int min, int max) {
        return Math.max(min, Math.min(max, size));
    }
}
