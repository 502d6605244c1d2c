import { describe, expect, it } from 'vitest'
import { displayValue, eventStatusTag, tally, valueAt } from './format'
import { cellText, filterKey, LIST_DEFINITIONS } from './lists'

describe('inventory fields', () => {
  const server = {
    name: 'web-1',
    os: { base: 'Linux' },
    datacenters: { name: 'aws-prod', provider: 'AWS' },
    applications: [{ name: 'shop' }, { name: 'api' }],
    cpu: 2,
  }

  it('reads nested paths, through arrays', () => {
    expect(valueAt(server, 'os.base')).toBe('Linux')
    expect(valueAt(server, 'applications.name')).toEqual(['shop', 'api'])
    expect(valueAt(server, 'missing.deep')).toBeUndefined()
  })

  it('shows arrays of named things, objects and booleans readably', () => {
    expect(displayValue(server.applications)).toBe('shop, api')
    expect(displayValue(server.datacenters)).toBe('aws-prod')
    expect(displayValue(true)).toBe('yes')
    expect(displayValue(null)).toBe('')
  })

  it('counts rows per value for the charts, largest first, blanks as Unknown', () => {
    const rows = [{ environment: 'Production' }, { environment: 'Staging' }, { environment: 'Production' }, {}]
    expect(tally(rows, 'environment')).toEqual([
      { name: 'Production', value: 2 },
      { name: 'Staging', value: 1 },
      { name: 'Unknown', value: 1 },
    ])
  })

  it('defines the server columns against the 0.6 fields', () => {
    const servers = LIST_DEFINITIONS.get('servers')!
    const os = servers.columns.find((column) => column.prop === 'os.base')!
    expect(cellText(server, os)).toBe('Linux')
    expect(filterKey(os)).toBe('os.base')
    expect(filterKey(servers.columns.find((column) => column.prop === 'cpu')!)).toBeNull()
    expect(LIST_DEFINITIONS.get('databases')!.fixed).toEqual({ family: 'Database' })
  })
})

describe('event statuses', () => {
  it('colours success and finished green, warning and process amber, danger and error red, anything else neutral', () => {
    expect(['success', 'Finished', 'warning', 'process', 'danger', 'ERROR', 'queued', undefined].map(eventStatusTag))
      .toEqual(['success', 'success', 'warning', 'warning', 'danger', 'danger', 'info', 'info'])
  })
})
