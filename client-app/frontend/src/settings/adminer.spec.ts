import { describe, expect, it } from 'vitest'
import {
  adminerPatch, optionSections, optionTitle, parseJsonSection, sectionKind, serviceBody, serviceProblems, withItem,
  withoutItem, withoutProvider, withoutRegion, withProvider, withRegion, withZones,
} from './adminer'

describe('adminer option shapes', () => {
  it('edits lists as lists, groups of lists, the region map, and the rest as JSON', () => {
    const datacenterOptions = {
      provider: ['AWS', 'OpenStack'],
      baser: { AWS: [{ region: 'us-east-1 (N. Virginia)', zones: ['us-east-1a'] }] },
    }
    expect(optionSections(datacenterOptions)).toEqual([{ name: 'provider', kind: 'list' }, { name: 'baser', kind: 'regions' }])
    expect(sectionKind({ asm_types: ['Standard'], role: ['Primary'] })).toBe('group')
    expect(sectionKind([{ name: 'Servers', order: 1 }])).toBe('json')
    expect(sectionKind({})).toBe('json')
    expect(sectionKind([1, 2])).toBe('list')
    expect(optionSections('text')).toEqual([{ name: '', kind: 'json' }])
  })

  it('adds and removes values without blanks or repeats', () => {
    expect(withItem(['Production'], '  Staging ')).toEqual(['Production', 'Staging'])
    expect(withItem(['Production'], 'Production')).toEqual(['Production'])
    expect(withItem(['Production'], '   ')).toEqual(['Production'])
    expect(withItem(['Git (Github, Bibucket)'], 'FTP')).toEqual(['Git (Github, Bibucket)', 'FTP'])
    expect(withItem([5, 10], '15')).toEqual([5, 10, 15])
    expect(withoutItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c'])
  })

  it('edits the datacenter provider → regions → zones map', () => {
    let map = withProvider({}, ' Linode ')
    map = withRegion(map, 'Linode', 'us-east (Newark)')
    map = withRegion(map, 'Linode', 'us-east (Newark)')
    map = withZones(map, 'Linode', 0, ['newark-1'])
    expect(map).toEqual({ Linode: [{ region: 'us-east (Newark)', zones: ['newark-1'] }] })
    expect(withoutRegion(map, 'Linode', 0)).toEqual({ Linode: [] })
    expect(withoutProvider(map, 'Linode')).toEqual({})
    expect(withProvider(map, 'Linode')).toBe(map)
  })

  it('parses JSON parts and names the part that is broken', () => {
    expect(parseJsonSection('tables', '[{"name":"Servers"}]')).toEqual({ value: [{ name: 'Servers' }] })
    const broken = parseJsonSection('tables', '[{"name":')
    expect('error' in broken && broken.error).toMatch(/^tables: not valid JSON/)
  })

  it('patches with the key and the whole value, and titles keys', () => {
    expect(adminerPatch({ _id: 'o1', key: 'env_options', value: {} }, { environment: ['Production'] }))
      .toEqual({ key: 'env_options', value: { environment: ['Production'] } })
    expect(optionTitle('server_options')).toBe('Server options')
    expect(optionTitle('connections')).toBe('Connections')
  })
})

describe('services catalogue', () => {
  it('cleans the body and says what is missing', () => {
    expect(serviceBody({ name: ' Redis ', family: ['Cache', 'Cache', ' '], tags: ['kv', ''], owner: false }))
      .toEqual({ name: 'Redis', family: ['Cache'], tags: ['kv'], owner: false })
    expect(serviceProblems({ name: '', family: [], tags: ['x'.repeat(33)], owner: false })).toEqual([
      'Give the service a name.', 'Choose at least one family.', `Tags have at most 32 characters: ${'x'.repeat(33)}`,
    ])
  })
})
