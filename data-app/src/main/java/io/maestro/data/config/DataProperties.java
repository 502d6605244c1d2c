package io.maestro.data.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the data gateway.
 *
 * @param pageSize default {@code limit} of a query ({@code MAESTRO_SCAN_QTD}, 200 as in Maestro 0.6)
 * @param maxPageSize largest {@code limit} a query may ask for (reports read up to 99,999 rows in one page)
 * @param maxBulkElements largest {@code body} array of a bulk upsert
 */
@ConfigurationProperties("maestro.data")
public record DataProperties(int pageSize, int maxPageSize, int maxBulkElements) {
}
