/**
 * The "New report" wizard's model: the fields a filter may name (read from server-app's `GET /inventory/<route>`
 * JSON Schema), the comparers of each filter type, and the body `POST /reports` takes (0.6 contract §6, §2.8).
 */

export type FilterType = 'string' | 'boolean' | 'select' | 'object' | 'array' | 'number' | 'date'

/** A field of an entity a filter can name; `object` and `array` fields are filtered on one of their `subfields`. */
export interface FilterField {
  name: string
  typ: FilterType
  /** The allowed values of a `select` field. */
  options?: string[]
  subfields?: string[]
}

/** One filter as reports-app reads it: `{field, filter, comparer, typ, subfield?, subfilter?}`. */
export interface ReportFilter {
  field: string
  typ: FilterType
  comparer: string
  filter: string
  subfield?: string
  subfilter?: string
}

/** The comparers each filter type takes, the first being the default. */
export const COMPARERS: Record<FilterType, string[]> = {
  string: ['contain', 'not contain', 'equal'],
  boolean: ['equal'],
  select: ['equal'],
  object: ['equal'],
  array: ['equal'],
  number: ['greater', 'less', 'equal'],
  date: ['after', 'before', 'equal'],
}

/** What a general report may list: reports-app's component name and the entity's server-app route. */
export const GENERAL_COMPONENTS: { component: string; route: string }[] = [
  { component: 'Servers', route: 'servers' },
  { component: 'Applications', route: 'applications' },
  { component: 'Systems', route: 'system' },
  { component: 'Clients', route: 'clients' },
  { component: 'Datacenters', route: 'datacenters' },
  { component: 'Volumes', route: 'volumes' },
  { component: 'Images', route: 'images' },
  { component: 'Networks', route: 'network' },
  { component: 'Snapshots', route: 'snapshots' },
  { component: 'Flavors', route: 'flavors' },
]

export type PivotLevelKey = 'clients' | 'systems' | 'applications' | 'servers'

/** The pivot's levels in join order (client → system → application → server) and their server-app routes. */
export const PIVOT_LEVELS: { key: PivotLevelKey; label: string; route: string }[] = [
  { key: 'clients', label: 'Clients', route: 'clients' },
  { key: 'systems', label: 'Systems', route: 'system' },
  { key: 'applications', label: 'Applications', route: 'applications' },
  { key: 'servers', label: 'Servers', route: 'servers' },
]

/** Every stored record has these, although a create body (the schema) does not name them. */
const LIFECYCLE_FIELDS: FilterField[] = [
  { name: 'created_at', typ: 'date' },
  { name: 'updated_at', typ: 'date' },
]

type JsonSchema = {
  type?: string
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
}

/** The filterable fields of an entity from its create-body JSON Schema, in the schema's order, then the dates. */
export function filterFields(schema: JsonSchema | undefined): FilterField[] {
  const fields = Object.entries(schema?.properties ?? {})
    .map(([name, property]) => fieldOf(name, property))
    .filter((field): field is FilterField => field !== null)
  const named = new Set(fields.map((field) => field.name))
  return [...fields, ...LIFECYCLE_FIELDS.filter((field) => !named.has(field.name))]
}

function fieldOf(name: string, property: JsonSchema): FilterField | null {
  if (property.enum?.length) return { name, typ: 'select', options: property.enum.map(String) }
  switch (property.type) {
    case 'boolean':
      return { name, typ: 'boolean' }
    case 'number':
    case 'integer':
      return { name, typ: 'number' }
    case 'object': {
      const subfields = Object.keys(property.properties ?? {})
      return subfields.length ? { name, typ: 'object', subfields } : { name, typ: 'string' }
    }
    case 'array': {
      // A list of objects is filtered on one element's field; a list of values matches when any element does.
      const subfields = Object.keys(property.items?.properties ?? {})
      return subfields.length ? { name, typ: 'array', subfields } : { name, typ: 'string' }
    }
    default:
      // strings and alternatives (a text or an object) are compared as text
      return { name, typ: 'string' }
  }
}

/** A new filter on `field` with its type's default comparer. */
export function newFilter(field: FilterField): ReportFilter {
  const filter: ReportFilter = { field: field.name, typ: field.typ, comparer: COMPARERS[field.typ][0], filter: '' }
  if (field.typ === 'boolean') filter.filter = 'true'
  if (field.subfields) {
    filter.subfield = field.subfields[0]
    filter.subfilter = ''
  }
  return filter
}

/** Why a filter cannot be sent yet, in words, or null when it is complete. */
export function filterProblem(filter: ReportFilter): string | null {
  if (filter.typ === 'object' || filter.typ === 'array') {
    return filter.subfield && filter.subfilter?.trim() ? null : `${filter.field}: choose a field and type a value`
  }
  const value = filter.filter.trim()
  if (!value) return `${filter.field}: type a value`
  if (filter.typ === 'number' && !Number.isFinite(Number(value))) return `${filter.field}: must be a number`
  if (filter.typ === 'date' && Number.isNaN(Date.parse(value))) return `${filter.field}: must be a date (2024-01-31)`
  return null
}

/** The filter as sent: object and array filters carry only their subfield's value. */
function sent(filter: ReportFilter): ReportFilter {
  if (filter.typ === 'object' || filter.typ === 'array') {
    return { field: filter.field, typ: filter.typ, comparer: filter.comparer, filter: '', subfield: filter.subfield, subfilter: filter.subfilter?.trim() }
  }
  return { field: filter.field, typ: filter.typ, comparer: filter.comparer, filter: filter.filter.trim() }
}

export interface GeneralDraft {
  name: string
  component: string
  filters: ReportFilter[]
}

export type PivotDraft = { name: string } & Record<PivotLevelKey, { enabled: boolean; filters: ReportFilter[] }>

/** The enabled pivot levels, which reports-app joins in order and which must be adjacent (compatibility D35). */
export function pivotProblem(draft: PivotDraft): string | null {
  const enabled = PIVOT_LEVELS.map((level, index) => (draft[level.key].enabled ? index : -1)).filter((index) => index >= 0)
  if (enabled.length === 0) return 'Enable at least one level'
  if (enabled[enabled.length - 1] - enabled[0] !== enabled.length - 1) {
    return 'The enabled levels must follow each other (clients → systems → applications → servers)'
  }
  return null
}

export interface ReportBody {
  name: string
  report: 'general' | 'pivot'
  component: string
  filters: ReportFilter[] | Record<PivotLevelKey, { enabled: boolean; filters: ReportFilter[] }>
}

export function generalBody(draft: GeneralDraft): ReportBody {
  return { name: draft.name.trim(), report: 'general', component: draft.component, filters: draft.filters.map(sent) }
}

/** A pivot report's `component` names its first enabled level (reports-app only shows it). */
export function pivotBody(draft: PivotDraft): ReportBody {
  const filters = Object.fromEntries(PIVOT_LEVELS.map(({ key }) => [key, {
    enabled: draft[key].enabled,
    filters: draft[key].enabled ? draft[key].filters.map(sent) : [],
  }])) as ReportBody['filters']
  const first = PIVOT_LEVELS.find((level) => draft[level.key].enabled) ?? PIVOT_LEVELS[0]
  return { name: draft.name.trim(), report: 'pivot', component: first.label, filters }
}
