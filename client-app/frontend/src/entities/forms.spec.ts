import { describe, expect, it, vi } from 'vitest'
import {
  createPayload, fieldErrors, formFromSchema, loadForm, optionsOf, toModel, updateRequest, validate,
  type FormModel, type InventoryDescription,
} from './forms'
import registry from './inventory.fixture.json'

/** The form of an entity, generated from server-app's registry as `GET /inventory` serves it. */
function formOf(route: string) {
  const entity = (registry.items as unknown as InventoryDescription[]).find((candidate) => candidate.route === route)!
  return formFromSchema(entity.schema)
}
const servers = formOf('/servers')!
const datacenters = formOf('/datacenters')!

const adminer = {
  server_options: { os: ['Linux', 'Windows'], role: ['Application', 'Database'], auth: ['PKI', 'LDAP'] },
  env_options: { environment: ['Production', 'Staging'] },
  datacenter_options: {
    provider: ['AWS', 'Azure'],
    baser: {
      AWS: [{ region: 'us-east-1 (N. Virginia)', zones: ['us-east-1a', 'us-east-1b'] }, { region: 'eu-west-1 (Ireland)', zones: ['eu-west-1a'] }],
    },
  },
}

describe('record forms', () => {
  it('are generated from the titled fields of the registry, with their limits, formats and choices', () => {
    expect(servers.fields.map((field) => field.key)).toEqual([
      'name', 'hostname', 'ipv4_private', 'ipv4_public', 'os.base', 'os.dist', 'os.version', 'cpu', 'memory', 'storage',
      'services', 'auth', 'tags', 'role', 'datacenters', 'datacenters.region', 'datacenters.zone', 'environment', 'status',
    ])
    const field = (key: string) => servers.fields.find((candidate) => candidate.key === key)!
    expect(field('name')).toMatchObject({ label: 'Name', kind: 'text', required: true, max: 100 })
    expect(field('ipv4_private')).toMatchObject({ label: 'Private IPv4', format: 'ip' })
    expect(field('cpu')).toMatchObject({ kind: 'number', greater: 0, max: 1024 })
    expect(field('os.base')).toMatchObject({ label: 'OS', kind: 'select', allowCreate: true, max: 40 })
    expect(field('datacenters')).toMatchObject({ label: 'Datacenter', kind: 'datacenter' })
    expect(field('storage')).toMatchObject({ kind: 'rows', uniqueBy: 'name' })
    expect(field('storage').columns!.map((column) => [column.key, column.kind ?? 'text'])).toEqual([
      ['name', 'text'], ['size', 'number'], ['mount', 'text'], ['ftype', 'text'],
    ])
    expect(field('services').columns!.find((column) => column.key === 'status')).toMatchObject({
      kind: 'select', options: ['Active', 'Avaliable', 'Stopped'],
    })
    const volumes = formOf('/volumes')!
    expect(volumes.fields.find((candidate) => candidate.key === 'unique_id')).toMatchObject({ kind: 'text', required: true })
    expect(volumes.fields.find((candidate) => candidate.key === 'unique_id')!.help).toContain('provider')
    expect(formOf('/snapshots')!.fields.find((candidate) => candidate.key === 'description')!.kind).toBe('textarea')
    expect(formOf('/applications')!.fields.find((candidate) => candidate.key === 'description')!.kind).toBe('textarea')
  })

  it('gives no generic form to entities edited elsewhere', () => {
    for (const route of ['/connections', '/events', '/reports', '/scheduler', '/graphs', '/projects']) {
      expect(formOf(route), route).toBeUndefined()
    }
    for (const route of ['/servers', '/applications', '/system', '/clients', '/datacenters', '/volumes', '/images', '/snapshots', '/network', '/flavors']) {
      expect(formOf(route), route).toBeDefined()
    }
  })

  it('loads a form once from GET /inventory/<name>, and again after a failure', async () => {
    const entity = (registry.items as unknown as InventoryDescription[]).find((candidate) => candidate.route === '/clients')!
    const get = vi.fn()
      .mockRejectedValueOnce(new Error('The server service is down.'))
      .mockResolvedValue(entity)
    await expect(loadForm({ get }, '/clients')).rejects.toThrow('down')
    const form = await loadForm({ get }, '/clients')
    expect(form?.fields.map((field) => field.key)).toEqual(['name', 'description', 'contacts', 'tags'])
    await loadForm({ get }, '/clients')
    expect(get).toHaveBeenCalledTimes(2)
    expect(get).toHaveBeenCalledWith('/inventory/clients')
  })

  it('turns a filled server form into the POST body: nested os, numbers, datacenter, rows without blanks', () => {
    const model: FormModel = {
      ...toModel(servers),
      name: ' web-1 ', hostname: 'web-1.example.com', ipv4_private: '10.0.0.5', 'os.base': 'Linux', cpu: 4, memory: 8,
      environment: 'Production',
      datacenters: { _id: 'dc1', name: 'aws-prod', provider: 'AWS' }, 'datacenters.region': 'us-east-1',
      storage: [{ name: 'root', size: '40', mount: '/' }, {}],
      tags: [{ key: 'team', value: 'web' }],
    }
    expect(createPayload(servers, model)).toEqual({
      name: 'web-1', hostname: 'web-1.example.com', ipv4_private: '10.0.0.5', os: { base: 'Linux' }, cpu: 4, memory: 8,
      environment: 'Production', datacenters: { _id: 'dc1', name: 'aws-prod', provider: 'AWS', region: 'us-east-1' },
      storage: [{ name: 'root', size: 40, mount: '/' }], tags: [{ key: 'team', value: 'web' }],
    })
  })

  it('sets the family of a family view on a new application without showing it', () => {
    const applications = formOf('/applications')!
    expect(applications.fields.find((field) => field.key === 'family')).toBeUndefined()
    const preset = { family: 'Database' }
    const model = { ...toModel(applications, {}, preset), name: 'orders-db' }
    expect(createPayload(applications, model, preset)).toEqual({ family: 'Database', name: 'orders-db' })
  })

  it('sends a PATCH of the changed top-level fields only, nested objects whole', () => {
    const record = {
      _id: 's1', name: 'web-1', hostname: 'old', os: { base: 'Linux', dist: 'Debian', kernel: '6.1' }, cpu: 2,
      roles: [{ _id: 'u1', refs: 'users', role: 7 }], updated_at: '2026-01-01T00:00:00.000Z',
    }
    const model = { ...toModel(servers, record), hostname: 'web-1.example.com', 'os.dist': 'Ubuntu' }
    expect(updateRequest(servers, model, record)).toEqual({
      method: 'PATCH',
      body: { hostname: 'web-1.example.com', os: { base: 'Linux', dist: 'Ubuntu', kernel: '6.1' } },
    })
    expect(updateRequest(servers, toModel(servers, record), record)).toBeNull()
    const tagged = { ...record, tags: [{ key: 'team', value: 'web' }] }
    expect(updateRequest(servers, { ...toModel(servers, tagged), tags: [] }, tagged)).toEqual({ method: 'PATCH', body: { tags: [] } })
  })

  it('sends a PUT without the field when a field was emptied, since the API refuses empty strings', () => {
    const record = { _id: 's1', name: 'web-1', hostname: 'old', metas: { from: 'discovery' }, owner: { _id: 'u1' }, _links: {} }
    const update = updateRequest(servers, { ...toModel(servers, record), hostname: '' }, record)
    expect(update).toEqual({ method: 'PUT', body: { name: 'web-1', metas: { from: 'discovery' } } })
  })

  it('checks required fields, limits, IP addresses, numbers and unique storage names before sending', () => {
    const model = { ...toModel(servers), name: '', ipv4_private: '10.0.0.300', cpu: 0, storage: [{ name: 'a' }, { name: 'a' }] }
    expect(validate(servers, model)).toEqual({
      name: 'Name is required',
      ipv4_private: 'must be an IP address',
      cpu: 'must be greater than 0',
      storage: 'two rows have the same name',
    })
    expect(validate(datacenters, { ...toModel(datacenters), name: 'dc', provider: 'AWS' })).toEqual({ name: 'at least 3 characters' })
  })

  it('offers the regions of the chosen provider and the zones of the chosen regions', () => {
    const regions = datacenters.fields.find((field) => field.key === 'regions')!
    const zones = datacenters.fields.find((field) => field.key === 'zones')!
    const model = { ...toModel(datacenters), provider: 'AWS', regions: ['us-east-1 (N. Virginia)'] }
    expect(optionsOf(regions.options, { adminer, datacenters: [], model })).toEqual(['us-east-1 (N. Virginia)', 'eu-west-1 (Ireland)'])
    expect(optionsOf(zones.options, { adminer, datacenters: [], model })).toEqual(['us-east-1a', 'us-east-1b'])
    expect(optionsOf(regions.options, { adminer, datacenters: [], model: { provider: 'Azure' } })).toEqual([])
    const os = servers.fields.find((field) => field.key === 'os.base')!
    expect(optionsOf(os.options, { adminer, datacenters: [], model: {} })).toEqual(['Linux', 'Windows'])
  })

  it('puts each detail of a 422 on the form field it names', () => {
    const body = {
      err: {
        name: 'ValidatorError',
        errors: [
          { message: '"base" length must be less than or equal to 40 characters long', path: ['os', 'base'] },
          { message: '"size" must be greater than 0', path: ['storage', 1, 'size'] },
          { message: '"ipv4_public" must be a valid ip address', path: ['ipv4_public'] },
          { message: '"thing" is not allowed', path: ['thing'] },
        ],
      },
    }
    expect(fieldErrors(servers, body)).toEqual({
      'os.base': 'length must be less than or equal to 40 characters long',
      storage: 'row 2, size: must be greater than 0',
      ipv4_public: 'must be a valid ip address',
      '': 'thing: is not allowed',
    })
    expect(fieldErrors(servers, { err: { name: 'PermissionError', errors: 'no' } })).toEqual({})
  })
})
