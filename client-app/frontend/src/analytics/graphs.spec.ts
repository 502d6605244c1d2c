import { describe, expect, it } from 'vitest'
import { MAP_SOURCES, mapFileUrl, newMapBody, publicLink, statusType } from './graphs'

describe('graphs', () => {
  it('makes a business map from the records picked, in the list its tab names', () => {
    expect(newMapBody('Shop map', MAP_SOURCES[1], [{ _id: 's1', name: 'Shop' }])).toEqual({
      name: 'Shop map', type: 'bussiness', tab: 1, systems: [{ _id: 's1', name: 'Shop' }],
    })
    expect(newMapBody('Acme', MAP_SOURCES[0], [{ _id: 'c1', name: 'Acme' }])).toMatchObject({ tab: 0, clients: [{ _id: 'c1' }] })
    expect(newMapBody('Apps', MAP_SOURCES[2], [{ _id: 'a1' }])).toMatchObject({ tab: 2, apps: [{ _id: 'a1', name: '' }] })
  })

  it('opens files with a view token, under the team for a team map, never with the session token', () => {
    expect(mapFileUrl('//maps:9999', 'g1', null, 'v.t', 'png')).toBe('//maps:9999/graphs/g1?view=v.t&ext=png')
    expect(mapFileUrl('//maps:9999', 'g1', 't1', 'v.t')).toBe('//maps:9999/teams/t1/graphs/g1?view=v.t')
  })

  it('builds the public link of a shared map', () => {
    expect(publicLink('//maps:9999', 'g1', 'a.b+c')).toBe('//maps:9999/graphs/public/g1?token=a.b%2Bc')
  })

  it('colours a status', () => {
    expect(statusType('finished')).toBe('success')
    expect(statusType('error')).toBe('danger')
    expect(statusType('warning')).toBe('warning')
    expect(statusType('process')).toBe('info')
  })
})
