import { displayDate, displayValue, valueAt } from './format'

/** One column of a list page. */
export interface ListColumn {
  /** Field path in the document (`os.base`); also the sort key. */
  prop: string
  label: string
  /** Key of the `query` JSON filter; defaults to `prop`; `false` → no filter box. */
  filter?: string | false
  sortable?: boolean
  width?: number
  format?: (row: Record<string, unknown>) => string
}

/** A server-side paginated list page of one resource. */
export interface ListDefinition {
  key: string
  title: string
  /** server-app route; team-scoped automatically when the tenant is a team. */
  resource: string
  /** Exact-match parameters, e.g. the `family` of a family view. */
  fixed?: Record<string, string>
  columns: ListColumn[]
  /** `event.caller` names (websocket) after which the list reloads. */
  refreshOn?: string[]
  orderBy?: string
  ascending?: boolean
}

const name: ListColumn = { prop: 'name', label: 'Name', sortable: true }
const updated: ListColumn = {
  prop: 'updated_at', label: 'Updated', sortable: true, filter: false, width: 180,
  format: (row) => displayDate(row.updated_at),
}
const datacenter: ListColumn = { prop: 'datacenters.name', label: 'Datacenter', sortable: true }
const provider: ListColumn = { prop: 'datacenters.provider', label: 'Provider', sortable: true }
const environment: ListColumn = { prop: 'environment', label: 'Environment', sortable: true }
const status: ListColumn = { prop: 'status', label: 'Status', sortable: true, width: 120 }

export function cellText(row: Record<string, unknown>, column: ListColumn): string {
  return column.format ? column.format(row) : displayValue(valueAt(row, column.prop))
}

export function filterKey(column: ListColumn): string | null {
  return column.filter === false ? null : column.filter ?? column.prop
}

function applicationList(key: string, title: string, family: string): ListDefinition {
  return {
    key, title, resource: '/applications', fixed: { family },
    columns: [name, { prop: 'provider', label: 'Provider', sortable: true }, environment,
      { prop: 'system', label: 'Systems', sortable: false }, datacenter, status, updated],
  }
}

/** The application families of the inventory menu: route key, title, `family` value (Maestro 0.6 §2.13). */
export const FAMILY_VIEWS: [string, string, string][] = [
  ['loadbalances', 'Load balancers', 'Loadbalance'],
  ['databases', 'Databases', 'Database'],
  ['broker', 'Brokers', 'Broker'],
  ['cache', 'Caches', 'Cache'],
  ['serverless', 'Serverless', 'Serverless'],
  ['api-gateway', 'API gateways', 'ApiGateway'],
  ['cdn', 'CDN', 'CDN'],
  ['object-storage', 'Object storage', 'ObjectStorage'],
  ['container-orchestration', 'Container orchestration', 'ContainerOrchestration'],
  ['service-mesh', 'Service mesh', 'ServiceMesh'],
  ['service-discovery', 'Service discovery', 'ServiceDiscovery'],
  ['monitor', 'Monitoring', 'Monitor'],
  ['logs', 'Logs', 'Logs'],
  ['smtp', 'SMTP', 'SMTP'],
  ['vpn', 'VPN', 'VPN'],
  ['dns', 'DNS', 'DNS'],
  ['ci-cd', 'CI/CD', 'CI/CD'],
  ['auth', 'Auth', 'Auth'],
  ['repository', 'Repositories', 'Repository'],
  ['nas', 'NAS', 'NAS'],
  ['auto-scaling', 'Auto scaling', 'AutoScaling'],
  ['machine-learning', 'Machine learning', 'MachineLearning'],
  ['corporate', 'Corporate', 'Corporate'],
]

const LISTS: ListDefinition[] = [
  {
    key: 'servers', title: 'Servers', resource: '/servers',
    columns: [
      name,
      { prop: 'ipv4_private', label: 'Private IP', sortable: true, width: 140 },
      { prop: 'os.base', label: 'OS', sortable: true, width: 110 },
      { prop: 'cpu', label: 'CPU', sortable: true, filter: false, width: 90 },
      { prop: 'memory', label: 'Memory (GB)', sortable: true, filter: false, width: 150 },
      environment, datacenter, provider,
      { prop: 'applications', label: 'Applications', filter: 'applications.name' },
      status, updated,
    ],
  },
  applicationList('applications', 'Applications', 'Application'),
  ...FAMILY_VIEWS.map(([key, title, family]) => applicationList(key, title, family)),
  {
    key: 'system', title: 'Systems', resource: '/system',
    columns: [name, { prop: 'description', label: 'Description' }, { prop: 'clients', label: 'Clients', filter: 'clients.name' },
      { prop: 'entry', label: 'Entry points', filter: 'entry.name' }, updated],
  },
  {
    key: 'clients', title: 'Clients', resource: '/clients',
    columns: [name, { prop: 'description', label: 'Description' },
      { prop: 'contacts', label: 'Contacts', filter: 'contacts.value', format: (row) => displayValue(valueAt(row, 'contacts.value')) }, updated],
  },
  {
    key: 'datacenters', title: 'Datacenters', resource: '/datacenters',
    columns: [name, { prop: 'provider', label: 'Provider', sortable: true }, { prop: 'regions', label: 'Regions' },
      { prop: 'zones', label: 'Zones' }, updated],
  },
  {
    key: 'volumes', title: 'Volumes', resource: '/volumes',
    columns: [name, { prop: 'size', label: 'Size (GB)', sortable: true, filter: false, width: 110 },
      { prop: 'volume_type', label: 'Type', sortable: true }, { prop: 'unique_id', label: 'Provider id' }, datacenter, status, updated],
  },
  {
    key: 'images', title: 'Images', resource: '/images',
    columns: [name, { prop: 'image_type', label: 'Type', sortable: true }, { prop: 'platform', label: 'Platform', sortable: true },
      { prop: 'unique_id', label: 'Provider id' }, datacenter, updated],
  },
  {
    key: 'snapshots', title: 'Snapshots', resource: '/snapshots',
    columns: [name, { prop: 'volume_id', label: 'Volume' }, { prop: 'size', label: 'Size', sortable: true, filter: false, width: 90 },
      { prop: 'progress', label: 'Progress', width: 110 }, datacenter, status, updated],
  },
  {
    key: 'network', title: 'Networks', resource: '/network',
    columns: [name, { prop: 'family', label: 'Kind', sortable: true }, { prop: 'cidr_block', label: 'CIDR' },
      { prop: 'vpc_id', label: 'VPC' }, datacenter, updated],
  },
  {
    key: 'flavors', title: 'Flavors', resource: '/flavors',
    columns: [name, { prop: 'api_name', label: 'API name', sortable: true }, { prop: 'provider', label: 'Provider', sortable: true },
      datacenter, updated],
  },
  {
    key: 'flavors_public', title: 'Public flavors', resource: '/flavors_public', orderBy: 'name', ascending: true,
    columns: [name, { prop: 'api_name', label: 'API name', sortable: true }, { prop: 'provider', label: 'Provider', sortable: true, width: 110 },
      { prop: 'vcpus', label: 'vCPUs', filter: false, width: 100 }, { prop: 'memory', label: 'Memory', filter: false, width: 110 },
      { prop: 'linux_on_demand_cost', label: 'Linux on demand', filter: false }],
  },
  {
    key: 'connections', title: 'Connections', resource: '/connections', refreshOn: ['connections-update'],
    columns: [name, { prop: 'provider', label: 'Provider', sortable: true }, { prop: 'service', label: 'Service', sortable: true },
      { prop: 'dc', label: 'Datacenter', sortable: true }, { prop: 'regions', label: 'Regions' },
      { prop: 'status', label: 'Status', sortable: true, width: 110 }, updated],
  },
  {
    key: 'scheduler', title: 'Scheduler', resource: '/scheduler',
    columns: [name, { prop: 'task', label: 'Task', sortable: true, width: 130 }, { prop: 'period_type', label: 'Period', width: 110 },
      { prop: 'enabled', label: 'Enabled', filter: false, width: 100 },
      { prop: 'next_run_at', label: 'Next run', filter: false, format: (row) => displayDate(row.next_run_at) },
      { prop: 'last_run_at', label: 'Last run', filter: false, format: (row) => displayDate(row.last_run_at) },
      { prop: 'last_run_status', label: 'Outcome', filter: false, width: 110 },
      { prop: 'total_run_count', label: 'Runs', filter: false, width: 90 }],
  },
  {
    key: 'teams', title: 'Teams', resource: '/teams',
    columns: [name, { prop: 'email', label: 'E-mail', sortable: true }, { prop: 'url', label: 'URL' },
      { prop: 'members', label: 'Members', filter: false, format: (row) => String((row.members as unknown[] | undefined)?.length ?? 0), width: 100 },
      updated],
  },
]

export const LIST_DEFINITIONS: ReadonlyMap<string, ListDefinition> = new Map(LISTS.map((list) => [list.key, list]))

/** The services catalogue (settings): families and tags as "a, b". */
export const SERVICE_COLUMNS: ListColumn[] = [
  name,
  { prop: 'family', label: 'Families' },
  { prop: 'tags', label: 'Tags' },
  { prop: 'owner', label: 'Vendor managed', sortable: true, width: 140, format: (row) => (row.owner ? 'yes' : 'no') },
]

/** The reports (`/dashboard/reports`); the status cell is a coloured tag. */
export const REPORT_COLUMNS: ListColumn[] = [
  name,
  { prop: 'report', label: 'Kind', sortable: true, width: 110 },
  { prop: 'component', label: 'Component', sortable: true, width: 150 },
  { prop: 'status', label: 'Status', sortable: true, width: 120 },
  { prop: 'msg', label: 'Message', format: (row) => (typeof row.msg === 'string' ? row.msg : '') },
  updated,
]

/** The business maps (`/dashboard/graphs`); the status cell is a coloured tag. */
export const GRAPH_COLUMNS: ListColumn[] = [name, { prop: 'status', label: 'Status', width: 130 }]
