package io.maestro.reports.domain;

import io.maestro.common.messaging.MaestroQueues;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.reports.*}.
 *
 * @param insertQtd   rows read from data-app and written to the result table at a time ({@code MAESTRO_INSERT_QTD})
 * @param resultQtd   the default page size of {@code GET /reports/<table>} ({@code MAESTRO_REPORT_RESULT_QTD})
 * @param pivotBatch  first-level records of a pivot report per batch, and ids per data-app call that joins the next
 *                    level ({@link PivotJoins}): each such call reads the level's records the owner may read once
 *                    where no index serves the link (the embedded store), so a larger batch makes fewer calls
 * @param chartRows   how many rows {@code GET /aggregation/<table>} recomputes the charts over (0.6: 99,999)
 * @param queue       the queue the runs wait on: {@code reports}; the listener reads the same property
 */
@ConfigurationProperties("maestro.reports")
public record ReportsProperties(@DefaultValue("500") int insertQtd, @DefaultValue("1500") int resultQtd,
        @DefaultValue("500") int pivotBatch, @DefaultValue("99999") int chartRows, @DefaultValue(MaestroQueues.REPORTS) String queue) {

    public ReportsProperties {
        if (insertQtd < 1 || resultQtd < 1 || pivotBatch < 1 || chartRows < 1) {
            throw new IllegalArgumentException("maestro.reports.insert-qtd (MAESTRO_INSERT_QTD), result-qtd "
                    + "(MAESTRO_REPORT_RESULT_QTD), pivot-batch and chart-rows must be at least 1");
        }
    }
}
