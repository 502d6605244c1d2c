import { describe, expect, it } from 'vitest'
import { LIST_DEFINITIONS } from './lists'
import { linksOf, listForFamily, RECORD_DEFINITIONS } from './records'

describe('record pages', () => {
  it('exist for every inventory list and family view, not for the pages of other features', () => {
    for (const key of ['servers', 'applications', 'databases', 'loadbalances', 'system', 'clients', 'datacenters', 'volumes',
      'images', 'snapshots', 'network', 'flavors', 'flavors_public']) {
      expect(RECORD_DEFINITIONS.get(key)?.list).toBe(LIST_DEFINITIONS.get(key))
    }
    for (const key of ['connections', 'events', 'settings', 'reports', 'scheduler', 'graphs', 'teams']) expect(RECORD_DEFINITIONS.has(key)).toBe(false)
    expect(RECORD_DEFINITIONS.get('flavors_public')?.readOnly).toBe(true)
    expect(RECORD_DEFINITIONS.get('flavors')?.unshared).toBe(true)
    expect(RECORD_DEFINITIONS.get('datacenters')?.orphans).toBe(true)
  })

  it('links related records to their pages, applications to their family view', () => {
    expect(listForFamily('Database')).toBe('databases')
    expect(listForFamily('Application')).toBe('applications')
    expect(listForFamily('AutoScalingPlan')).toBe('applications')
    expect(linksOf([{ _id: 'a1', name: 'orders-db', family: 'Database' }, { name: 'legacy' }], 'family')).toEqual([
      { name: 'orders-db', to: '/dashboard/databases/single/a1' },
      { name: 'legacy', to: null },
    ])
    expect(linksOf({ _id: 'dc1', name: 'aws-prod' }, 'datacenters')).toEqual([{ name: 'aws-prod', to: '/dashboard/datacenters/single/dc1' }])
    expect(linksOf(undefined, 'datacenters')).toEqual([])
  })
})
