package io.maestro.discovery.provider.aws;

/**
 * The page size of every AWS list call ({@code MaxResults}, {@code MaxRecords}, {@code MaxItems}, {@code Limit}…).
 * As in 0.6 each call has its own default and three settings override it: {@code MAESTRO_DB_SCAN_QTD} for RDS,
 * {@code MAESTRO_SCAN_CDN_QTD} for CloudFront and {@code MAESTRO_SCAN_QTD} for every other call. The size is always
 * kept within the range the call accepts (EC2 5–1000, RDS 20–100, Lambda 1–50…), so that one setting for every call
 * never makes a call invalid.
 *
 * @param scan    {@code MAESTRO_SCAN_QTD}; 0 or less means each call's own default
 * @param dbScan  {@code MAESTRO_DB_SCAN_QTD}; 0 or less means the call's default
 * @param cdnScan {@code MAESTRO_SCAN_CDN_QTD}; 0 or less means the call's default
 */
public record AwsPageSizes(int scan, int dbScan, int cdnScan) {

    /** Every call at its 0.6 default. */
    public static final AwsPageSizes DEFAULTS = new AwsPageSizes(0, 0, 0);

    public int scan(int callDefault, int apiMinimum, int apiMaximum) {
        return within(scan, callDefault, apiMinimum, apiMaximum);
    }

    public int dbScan(int callDefault, int apiMinimum, int apiMaximum) {
        return within(dbScan, callDefault, apiMinimum, apiMaximum);
    }

    public int cdnScan(int callDefault, int apiMinimum, int apiMaximum) {
        return within(cdnScan, callDefault, apiMinimum, apiMaximum);
    }

    private static int within(int configured, int callDefault, int apiMinimum, int apiMaximum) {
        int size = configured > 0 ? configured : callDefault;
        return Math.max(apiMinimum, Math.min(apiMaximum, size));
    }
}
