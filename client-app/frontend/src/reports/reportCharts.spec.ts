import { describe, expect, it } from 'vitest'
import { chartOption, reportCharts } from './reportCharts'
import { downloadName, EXPORT_FORMATS } from './reportExports'

const AGGR = {
  os: { aggr: { label: ['Linux', 'Windows'], data: [3, 1] }, opts: { ct: 'pie', txt: 'Operating systems', order: 9 } },
  total: { aggr: { label: ['Total'], data: [4] }, opts: { ct: 'total', txt: 'Total', order: 0 } },
  regions: { aggr: { label: ['us-east-1'], data: [4] }, opts: { ct: 'polar', txt: 'Regions', order: 3 } },
  zones: { aggr: { label: [], data: [] }, opts: { ct: 'polar', txt: 'Zones', order: 4 } },
  hostnames: { aggr: { label: ['web1', 'web2'], data: [1, 1] }, opts: { ct: 'bar', txt: 'Hostnames (top 12)', order: 5, limit: 12 } },
}

describe('report charts', () => {
  it('lists the charts with data in reports-app’s order', () => {
    const charts = reportCharts(AGGR)
    expect(charts.map((chart) => [chart.key, chart.kind])).toEqual([['total', 'total'], ['regions', 'polar'], ['hostnames', 'bar'], ['os', 'pie']])
    expect(charts[3]).toEqual({ key: 'os', title: 'Operating systems', kind: 'pie', points: [{ name: 'Linux', value: 3 }, { name: 'Windows', value: 1 }] })
    expect(reportCharts(undefined)).toEqual([])
  })

  it('draws a bar chart of counts by label, and round charts as pies', () => {
    const [, regions, hostnames] = reportCharts(AGGR)
    const bar = chartOption(hostnames, ['#111'], '#222') as { yAxis: { data: string[] }; series: { type: string; data: number[] }[] }
    expect(bar.yAxis.data).toEqual(['web1', 'web2'])
    expect(bar.series[0]).toMatchObject({ type: 'bar', data: [1, 1] })
    const rose = chartOption(regions, ['#111'], '#222') as { series: { type: string; roseType?: string; data: unknown[] }[] }
    expect(rose.series[0]).toMatchObject({ type: 'pie', roseType: 'area', data: [{ name: 'us-east-1', value: 4 }] })
  })
})

describe('report downloads', () => {
  it('offers every format reports-app writes and names files after the report', () => {
    expect(EXPORT_FORMATS.map((format) => format.accept)).toEqual(['text/csv', 'application/json', 'application/xml', 'text/plain', 'text/inventory', 'application/pdf'])
    expect(downloadName('Web servers (prod)', EXPORT_FORMATS[0])).toBe('web-servers-prod.csv')
    expect(downloadName('***', EXPORT_FORMATS[5])).toBe('report.pdf')
  })
})
