import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import { applyRelationCalls, copiesIn, linkedRecords, relationBetween, relationCalls, relationChanges, relationsOf } from './relations'

const APP = '5f0000000000000000000001'
const SRV1 = '5f00000000000000000000a1'
const SRV2 = '5f00000000000000000000a2'

describe('relation payloads', () => {
  it('links servers to an application with one PATCH of all ids', () => {
    const view = relationBetween('applications', 'servers')!
    expect(relationCalls(view, APP, 'PATCH', [SRV1, SRV2, SRV1])).toEqual([
      { method: 'PATCH', path: `/applications/${APP}/servers`, body: { id: [SRV1, SRV2] } },
    ])
  })

  it('links applications to a server through each application route, the server id as body', () => {
    const view = relationBetween('servers', 'applications')!
    expect(view.fromOwner).toBe(false)
    expect(relationCalls(view, SRV1, 'DELETE', ['a1', 'a2'])).toEqual([
      { method: 'DELETE', path: `/applications/a1/servers`, body: { id: [SRV1] } },
      { method: 'DELETE', path: `/applications/a2/servers`, body: { id: [SRV1] } },
    ])
    expect(relationCalls(view, SRV1, 'PATCH', [])).toEqual([])
  })

  it('uses the 0.6 routes of systems and clients', () => {
    expect(relationCalls(relationBetween('system', 'applications')!, 's1', 'PATCH', ['a1'])[0].path).toBe('/system/s1/applications')
    expect(relationCalls(relationBetween('clients', 'system')!, 'c1', 'PATCH', ['s1'])[0].path).toBe('/clients/c1/system')
    expect(relationCalls(relationBetween('system', 'clients')!, 's1', 'PATCH', ['c1'])[0]).toEqual(
      { method: 'PATCH', path: '/clients/c1/system', body: { id: ['s1'] } })
    expect(relationBetween('servers', 'clients')).toBeUndefined()
    expect(relationsOf('applications').map((view) => view.other)).toEqual(['servers', 'system'])
    expect(relationsOf('system').map((view) => view.other)).toEqual(['applications', 'clients'])
  })

  it('computes what to link and unlink from the picked ids', () => {
    expect(relationChanges(['a', 'b'], ['b', 'c'])).toEqual({ link: ['c'], unlink: ['a'] })
    expect(relationChanges([], [])).toEqual({ link: [], unlink: [] })
  })

  it('reads copies whatever the id encoding', () => {
    expect(copiesIn({ applications: [{ _id: 'a1', name: 'api' }, { _id: { $oid: 'a2' }, name: 'web' }, null, { name: 'no id' }] }, 'applications'))
      .toEqual([{ _id: 'a1', name: 'api' }, { _id: 'a2', name: 'web' }])
    expect(copiesIn({}, 'applications')).toEqual([])
  })
})

describe('relation calls', () => {
  it('finds the servers of an application by its copy and keeps only exact ids', async () => {
    const get = vi.fn(async () => ({
      found: 2,
      items: [
        { _id: SRV1, name: 'web-1', applications: [{ _id: APP, name: 'api' }] },
        { _id: SRV2, name: 'web-2', applications: [{ _id: 'other', name: 'api-gateway' }] },
      ],
    }))
    const linked = await linkedRecords({ get } as unknown as ApiClient, relationBetween('applications', 'servers')!, { _id: APP, name: 'api' })
    expect(linked).toEqual([{ _id: SRV1, name: 'web-1' }])
    expect(get).toHaveBeenCalledWith('/servers', { query: expect.objectContaining({ query: '{"applications.name":"api"}' }) })
  })

  it('sends PATCH bodies and DELETE bodies, stopping at the first failure', async () => {
    const patch = vi.fn(async () => ({}))
    const del = vi.fn(async () => {
      throw new Error('You need write access')
    })
    const api = { patch, delete: del } as unknown as ApiClient
    const view = relationBetween('servers', 'applications')!
    await expect(applyRelationCalls(api, [
      ...relationCalls(view, SRV1, 'PATCH', ['a1']),
      ...relationCalls(view, SRV1, 'DELETE', ['a2', 'a3']),
    ])).rejects.toThrow('You need write access')
    expect(patch).toHaveBeenCalledWith('/applications/a1/servers', { id: [SRV1] })
    expect(del).toHaveBeenCalledTimes(1)
    expect(del).toHaveBeenCalledWith('/applications/a2/servers', { body: { id: [SRV1] } })
  })
})
