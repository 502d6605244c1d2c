/** What the record page of each inventory list shows: sections of fields, links to related records. */
import { FAMILY_VIEWS, LIST_DEFINITIONS, type ListDefinition } from './lists'

/** How a field is shown. */
export type FieldKind =
  | 'text'
  | 'date'
  /** `{_id, name}` or an array of them, each a link to the record page of `target` (or of its family). */
  | 'links'
  /** `[{key, value}]` as chips. */
  | 'tags'
  /** An array of objects as a small table of `columns`. */
  | 'table'

export interface RecordField {
  path: string
  label: string
  kind?: FieldKind
  /** For links: the list key whose record page shows the target; `family` picks the family view. */
  target?: string | 'family'
  columns?: [string, string][]
}

export interface RecordSection {
  title: string
  fields: RecordField[]
}

export interface RecordDefinition {
  list: ListDefinition
  /** One record of this list, in words ("server"). */
  singular: string
  sections: RecordSection[]
  /** No create, edit, delete or sharing (flavors_public). */
  readOnly?: boolean
  /** No role routes (flavors: `routes(READ, WRITE)` on server-app). */
  unshared?: boolean
  /** Datacenters: the servers placed there by hand (`/datacenters/:id/orphans`). */
  orphans?: boolean
}

const FAMILY_LIST = new Map(FAMILY_VIEWS.map(([key, , family]) => [family, key]))

/** The list whose record page shows an application of this family. */
export function listForFamily(family: unknown): string {
  return (typeof family === 'string' && FAMILY_LIST.get(family)) || 'applications'
}

/** The record page of a related record. */
export function recordPath(list: string, id: string): string {
  return `/dashboard/${list}/single/${encodeURIComponent(id)}`
}

const f = (path: string, label: string, kind?: FieldKind, extra: Partial<RecordField> = {}): RecordField => ({ path, label, kind, ...extra })

/** Discovered records also say when discovery first and last saw them (shown only where set). */
const TIMES: RecordField[] = [f('created_at', 'Created', 'date'), f('updated_at', 'Updated', 'date'),
  f('first_seen_at', 'First seen', 'date'), f('last_seen_at', 'Last seen', 'date'), f('unique_id', 'Provider id')]
const DATACENTER: RecordSection = {
  title: 'Datacenter',
  fields: [f('datacenters', 'Datacenter', 'links', { target: 'datacenters' }), f('datacenters.provider', 'Provider'),
    f('datacenters.region', 'Region'), f('datacenters.zone', 'Zone'), f('datacenters.instance_id', 'Instance')],
}
const TAGS: RecordSection = { title: 'Tags', fields: [f('tags', 'Tags', 'tags')] }

const APPLICATION: RecordSection[] = [
  {
    title: 'Application',
    fields: [f('name', 'Name'), f('family', 'Family'), f('description', 'Description'), f('provider', 'Provider'),
      f('language', 'Language'), f('role', 'Role'), f('cluster', 'Cluster'), f('size', 'Size'), f('environment', 'Environment'),
      f('status', 'Status'), ...TIMES],
  },
  DATACENTER,
  {
    title: 'Relations',
    fields: [f('system', 'Systems', 'links', { target: 'system' }), f('deps', 'Depends on', 'links', { target: 'family' }),
      f('targets', 'Targets', 'links', { target: 'family' })],
  },
  TAGS,
]

const SECTIONS: Record<string, RecordSection[]> = {
  servers: [
    {
      title: 'Server',
      fields: [f('name', 'Name'), f('hostname', 'Hostname'), f('ipv4_private', 'Private IPv4'), f('ipv4_public', 'Public IPv4'),
        f('os.base', 'OS'), f('os.dist', 'Distribution'), f('os.version', 'OS version'), f('cpu', 'CPU'), f('memory', 'Memory (GB)'),
        f('role', 'Role'), f('environment', 'Environment'), f('status', 'Status'), ...TIMES],
    },
    DATACENTER,
    {
      title: 'Storage',
      fields: [f('storage', 'Disks', 'table', { columns: [['name', 'Name'], ['size', 'Size (GB)'], ['mount', 'Mount'], ['ftype', 'File system'], ['volume_id', 'Volume']] })],
    },
    {
      title: 'Services and access',
      fields: [f('services', 'Services', 'table', { columns: [['name', 'Name'], ['version', 'Version'], ['status', 'Status']] }),
        f('auth', 'Access', 'table', { columns: [['name', 'Name'], ['type', 'Type'], ['username', 'User']] })],
    },
    { title: 'Relations', fields: [f('applications', 'Applications', 'links', { target: 'family' })] },
    TAGS,
  ],
  applications: APPLICATION,
  system: [
    { title: 'System', fields: [f('name', 'Name'), f('description', 'Description'), ...TIMES] },
    { title: 'Relations', fields: [f('clients', 'Clients', 'links', { target: 'clients' }), f('entry', 'Entry points', 'links', { target: 'family' })] },
    TAGS,
  ],
  clients: [
    { title: 'Client', fields: [f('name', 'Name'), f('description', 'Description'), ...TIMES] },
    { title: 'Contacts', fields: [f('contacts', 'Contacts', 'table', { columns: [['channel', 'Channel'], ['value', 'Contact']] })] },
    TAGS,
  ],
  datacenters: [
    { title: 'Datacenter', fields: [f('name', 'Name'), f('provider', 'Provider'), f('sucessed', 'Connected'), ...TIMES] },
    { title: 'Locations', fields: [f('regions', 'Regions'), f('zones', 'Zones')] },
  ],
  volumes: [
    {
      title: 'Volume',
      fields: [f('name', 'Name'), f('size', 'Size (GB)'), f('volume_type', 'Type'), f('iops', 'IOPS'), f('state', 'State'),
        f('status', 'Status'), f('encrypted', 'Encrypted'), f('snapshot_id', 'Snapshot'), f('attach_time', 'Attached'), ...TIMES],
    },
    DATACENTER,
  ],
  images: [
    {
      title: 'Image',
      fields: [f('name', 'Name'), f('image_type', 'Type'), f('plataform', 'Platform'), f('image_location', 'Location'),
        f('state', 'State'), f('status', 'Status'), f('distribution', 'Distribution'), ...TIMES],
    },
    DATACENTER,
  ],
  snapshots: [
    {
      title: 'Snapshot',
      fields: [f('name', 'Name'), f('volume_id', 'Volume'), f('size', 'Size (GB)'), f('volume_size', 'Volume size'),
        f('state', 'State'), f('progress', 'Progress'), f('description', 'Description'), f('start_time', 'Started'), ...TIMES],
    },
    DATACENTER,
  ],
  network: [
    { title: 'Network', fields: [f('name', 'Name'), f('family', 'Kind'), f('cidr_block', 'CIDR'), f('vpc_id', 'VPC'), f('state', 'State'), f('status', 'Status'), ...TIMES] },
    DATACENTER,
    TAGS,
  ],
  flavors: [
    { title: 'Flavor', fields: [f('name', 'Name'), f('api_name', 'API name'), f('provider', 'Provider'), ...TIMES] },
    DATACENTER,
    TAGS,
  ],
  flavors_public: [
    {
      title: 'Public flavor',
      fields: [f('name', 'Name'), f('api_name', 'API name'), f('provider', 'Provider'), f('vcpus', 'vCPUs'), f('memory', 'Memory'),
        f('storage', 'Storage'), f('network_performance', 'Network'), f('linux_on_demand_cost', 'Linux on demand'),
        f('windows_on_demand_cost', 'Windows on demand'), f('updated_at', 'Updated', 'date')],
    },
  ],
}

const SINGULAR: Record<string, string> = {
  servers: 'server', applications: 'application', system: 'system', clients: 'client', datacenters: 'datacenter',
  volumes: 'volume', images: 'image', snapshots: 'snapshot', network: 'network', flavors: 'flavor', flavors_public: 'public flavor',
}

function definition(key: string, sections: RecordSection[], singular: string, extra: Partial<RecordDefinition> = {}): [string, RecordDefinition] {
  return [key, { list: LIST_DEFINITIONS.get(key)!, singular, sections, ...extra }]
}

/** The record pages: every inventory list, the family views included (`/dashboard/<list>/single/<id>`). */
export const RECORD_DEFINITIONS: ReadonlyMap<string, RecordDefinition> = new Map([
  ...Object.entries(SECTIONS).map(([key, sections]) => definition(key, sections, SINGULAR[key], {
    readOnly: key === 'flavors_public',
    unshared: key === 'flavors' || key === 'flavors_public',
    orphans: key === 'datacenters',
  })),
  ...FAMILY_VIEWS.map(([key, title]) => definition(key, APPLICATION, title.toLowerCase().replace(/s$/, ''))),
])

/** A related record a field points at, as a link. */
export interface RecordLink {
  name: string
  to: string | null
}

/** `{_id, name}` (or an array of them) → links to their record pages; an entry without `_id` is shown as text. */
export function linksOf(value: unknown, target: RecordField['target']): RecordLink[] {
  const items = Array.isArray(value) ? value : value ? [value] : []
  return items
    .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    .map((item) => {
      const list = target === 'family' ? listForFamily(item.family) : target
      const id = item._id === undefined || item._id === null ? null : String(item._id)
      return { name: String(item.name ?? item._id ?? ''), to: id && list ? recordPath(list, id) : null }
    })
}
