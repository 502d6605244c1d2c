import { describe, expect, it } from 'vitest'
import { filterFields, filterProblem, generalBody, newFilter, pivotBody, pivotProblem, type PivotDraft } from './reportDraft'

/** A piece of server-app's `GET /inventory/servers` schema. */
const SERVERS_SCHEMA = {
  type: 'object',
  properties: {
    hostname: { type: 'string', minLength: 1 },
    active: { type: 'boolean' },
    cpu: { type: 'number' },
    status: { type: 'string', enum: ['Active', 'Avaliable'] },
    os: { type: 'object', properties: { base: { type: 'string' }, dist: { type: 'string' } } },
    tags: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, value: { type: 'string' } } } },
    ipv4_private: { type: 'array', items: { type: 'string' } },
    meta: { type: 'object' },
    auth: { anyOf: [{ type: 'string' }, { type: 'object' }] },
  },
}

function pivot(enabled: string[]): PivotDraft {
  const level = (key: string) => ({ enabled: enabled.includes(key), filters: [] })
  return { name: 'chains', clients: level('clients'), systems: level('systems'), applications: level('applications'), servers: level('servers') }
}

describe('report filters from an entity schema', () => {
  it('types each field as reports-app filters it, and adds the record dates', () => {
    expect(filterFields(SERVERS_SCHEMA)).toEqual([
      { name: 'hostname', typ: 'string' },
      { name: 'active', typ: 'boolean' },
      { name: 'cpu', typ: 'number' },
      { name: 'status', typ: 'select', options: ['Active', 'Avaliable'] },
      { name: 'os', typ: 'object', subfields: ['base', 'dist'] },
      { name: 'tags', typ: 'array', subfields: ['key', 'value'] },
      { name: 'ipv4_private', typ: 'string' },
      { name: 'meta', typ: 'string' },
      { name: 'auth', typ: 'string' },
      { name: 'created_at', typ: 'date' },
      { name: 'updated_at', typ: 'date' },
    ])
  })

  it('starts each filter with its type’s first comparer and says what is missing', () => {
    const [hostname, active, cpu, , os] = filterFields(SERVERS_SCHEMA)
    expect(newFilter(hostname)).toEqual({ field: 'hostname', typ: 'string', comparer: 'contain', filter: '' })
    expect(newFilter(active)).toMatchObject({ comparer: 'equal', filter: 'true' })
    expect(filterProblem(newFilter(hostname))).toBe('hostname: type a value')
    expect(filterProblem({ ...newFilter(cpu), filter: 'four' })).toBe('cpu: must be a number')
    expect(filterProblem({ ...newFilter(cpu), filter: '4' })).toBeNull()
    expect(filterProblem({ field: 'updated_at', typ: 'date', comparer: 'after', filter: 'yesterday' })).toContain('must be a date')
    expect(filterProblem(newFilter(os))).toBe('os: choose a field and type a value')
    expect(filterProblem({ ...newFilter(os), subfilter: 'Ubuntu' })).toBeNull()
  })
})

describe('report bodies', () => {
  it('sends a general report with its component and trimmed filters', () => {
    const body = generalBody({
      name: ' Web servers ', component: 'Servers',
      filters: [
        { field: 'hostname', typ: 'string', comparer: 'not contain', filter: ' db ' },
        { field: 'os', typ: 'object', comparer: 'equal', filter: '', subfield: 'base', subfilter: 'Linux ' },
      ],
    })
    expect(body).toEqual({
      name: 'Web servers', report: 'general', component: 'Servers',
      filters: [
        { field: 'hostname', typ: 'string', comparer: 'not contain', filter: 'db' },
        { field: 'os', typ: 'object', comparer: 'equal', filter: '', subfield: 'base', subfilter: 'Linux' },
      ],
    })
  })

  it('sends every pivot level, the filters of enabled ones only, named after the first enabled level', () => {
    const draft = pivot(['systems', 'applications'])
    draft.systems.filters = [{ field: 'name', typ: 'string', comparer: 'contain', filter: 'shop' }]
    draft.servers.filters = [{ field: 'hostname', typ: 'string', comparer: 'contain', filter: 'ignored' }]
    expect(pivotBody(draft)).toEqual({
      name: 'chains', report: 'pivot', component: 'Systems',
      filters: {
        clients: { enabled: false, filters: [] },
        systems: { enabled: true, filters: [{ field: 'name', typ: 'string', comparer: 'contain', filter: 'shop' }] },
        applications: { enabled: true, filters: [] },
        servers: { enabled: false, filters: [] },
      },
    })
  })

  it('refuses a pivot without levels or with a gap between them', () => {
    expect(pivotProblem(pivot([]))).toBe('Enable at least one level')
    expect(pivotProblem(pivot(['clients', 'applications']))).toContain('must follow each other')
    expect(pivotProblem(pivot(['clients', 'systems', 'applications', 'servers']))).toBeNull()
  })
})
