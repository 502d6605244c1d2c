package io.maestro.discovery.provider.aws.services;

/**
 * The page sizes of the managed-service list calls. 0.6 read them from {@code MAESTRO_SCAN_QTD} (most calls),
 * {@code MAESTRO_DB_SCAN_QTD} (RDS) and {@code MAESTRO_SCAN_CDN_QTD} (CloudFront), each call with its own default; a
 * value is kept within the range the API accepts (RDS takes 20–100, Lambda layers at most 50…), so that one setting
 * for every call never makes a call invalid.
 *
 * @param scan    {@code MAESTRO_SCAN_QTD}; 0 or less means each call's own default
 * @param dbScan  {@code MAESTRO_DB_SCAN_QTD}; 0 or less means the default
 * @param cdnScan {@code MAESTRO_SCAN_CDN_QTD}; 0 or less means the default
 */
public record ServicePageSizes(int scan, int dbScan, int cdnScan) {

    /** Every call at its 0.6 default. */
    public static final ServicePageSizes DEFAULTS = new ServicePageSizes(0, 0, 0);

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
