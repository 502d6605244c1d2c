import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import { useGlobalSearch } from './useGlobalSearch'

describe('global search', () => {
  it('finds servers by name, hostname or IP once each, applications in their family page', async () => {
    const web = { _id: 's1', name: 'web-1', hostname: 'web-1.example.com', ipv4_private: '10.0.0.5' }
    const get = vi.fn(async (resource: string, { query }: { query: { query: string } }) => {
      const filter = JSON.parse(query.query) as Record<string, string>
      if (resource === '/servers' && (filter.name || filter.hostname)) return { found: 1, items: [web] }
      if (resource === '/servers' && filter.ipv4_private) return { found: 1, items: [web, { _id: 's2', name: 'db-1', ipv4_private: '10.0.0.51' }] }
      if (resource === '/applications') return { found: 1, items: [{ _id: 'a1', name: 'orders-db', family: 'Database' }] }
      if (resource === '/clients') throw new Error('down')
      return { found: 0, items: [] }
    })
    const hits = await useGlobalSearch({ get } as unknown as ApiClient).find('10.0.0.5')

    expect(get).toHaveBeenCalledWith('/servers', { query: { query: '{"hostname":"10.0.0.5"}', limit: 5 } })
    expect(get).toHaveBeenCalledWith('/servers', { query: { query: '{"ipv4_public":"10.0.0.5"}', limit: 5 } })
    expect(hits).toEqual([
      { _id: 's1', name: 'web-1', kind: 'server', list: 'servers' },
      { _id: 's2', name: 'db-1', kind: 'server', list: 'servers', matched: '10.0.0.51' },
      { _id: 'a1', name: 'orders-db', kind: 'Databases', list: 'databases' },
    ])
  })
})
