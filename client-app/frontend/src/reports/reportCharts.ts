/**
 * A report's charts: reports-app counts them into the record's `aggr`, one entry per chart,
 * `{aggr: {label, data}, opts: {ct, txt, order, limit?}}` (docs/reports.md); here each becomes an ECharts option.
 */

export interface Aggregation {
  aggr?: { label?: unknown[]; data?: unknown[] }
  opts?: { ct?: string; txt?: string; order?: number; limit?: number }
}

export interface ReportChart {
  key: string
  title: string
  /** `total` is a number, not a chart. */
  kind: 'total' | 'pie' | 'doughnut' | 'polar' | 'bar'
  points: { name: string; value: number }[]
}

const KINDS = new Set(['total', 'pie', 'doughnut', 'polar', 'bar'])

/** The charts of `aggr` that hold data, in reports-app's `order`. */
export function reportCharts(aggr: Record<string, Aggregation> | undefined): ReportChart[] {
  return Object.entries(aggr ?? {})
    .map(([key, entry]) => {
      const labels = entry.aggr?.label ?? []
      const data = entry.aggr?.data ?? []
      const points = labels.map((label, index) => ({ name: String(label), value: Number(data[index] ?? 0) }))
      const kind = KINDS.has(entry.opts?.ct ?? '') ? (entry.opts!.ct as ReportChart['kind']) : 'bar'
      return { key, title: entry.opts?.txt ?? key, kind, points, order: entry.opts?.order ?? Number.MAX_SAFE_INTEGER }
    })
    .filter((chart) => chart.points.length > 0)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...chart }) => chart)
}

/** The ECharts option of a chart, colours from the theme. */
export function chartOption(chart: ReportChart, colors: string[], textColor: string): Record<string, unknown> {
  if (chart.kind === 'bar') {
    return {
      color: colors,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: textColor } },
      yAxis: { type: 'category', inverse: true, data: chart.points.map((point) => point.name), axisLabel: { color: textColor, width: 120, overflow: 'truncate' } },
      series: [{ type: 'bar', data: chart.points.map((point) => point.value), colorBy: 'data' }],
    }
  }
  return {
    color: colors,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle', textStyle: { color: textColor } },
    series: [{
      type: 'pie',
      center: ['35%', '50%'],
      radius: chart.kind === 'doughnut' ? ['45%', '70%'] : chart.kind === 'polar' ? ['15%', '75%'] : '70%',
      roseType: chart.kind === 'polar' ? 'area' : undefined,
      data: chart.points,
      label: { show: false },
    }],
  }
}
