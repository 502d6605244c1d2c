import { describe, expect, it } from 'vitest'
import { changedBy, changeText, flattenDiff, versionKind } from './diff'

describe('history diffs', () => {
  it('lists the changed leaves with dotted paths, array indexes and removed keys', () => {
    const changes = flattenDiff({
      name: 'web-2',
      os: { base: 'Linux', version: null },
      tags: { '1': { key: 'env', value: 'prod' }, '2': null },
      cpu: 4,
      storage: {},
    })
    expect(changes.map((change) => [change.path, changeText(change)])).toEqual([
      ['name', 'web-2'],
      ['os.base', 'Linux'],
      ['os.version', 'removed'],
      ['tags.1.key', 'env'],
      ['tags.1.value', 'prod'],
      ['tags.2', 'removed'],
      ['cpu', '4'],
      ['storage', '{}'],
    ])
  })

  it('shows whole arrays of a PATCH row as JSON and nothing for an empty diff', () => {
    expect(flattenDiff({ regions: ['us-east-1', 'sa-east-1'] }).map(changeText)).toEqual(['["us-east-1","sa-east-1"]'])
    expect(flattenDiff({})).toEqual([])
    expect(flattenDiff(undefined)).toEqual([])
  })

  it('names creation, change and removal rows and who made them', () => {
    expect(versionKind({ _id: 'a', body: { name: 'x' } }, 0)).toBe('created')
    expect(versionKind({ _id: 'b', body: { name: 'y' } }, 1)).toBe('changed')
    expect(versionKind({ _id: 'c', body: { removed: true } }, 2)).toBe('removed')
    expect(changedBy({ _id: 'a', user: 'ana@x.io', team: { _id: 't', name: 'Ops' } })).toBe('ana@x.io as team Ops')
    expect(changedBy({ _id: 'a' })).toBe('MaestroServer')
  })
})
