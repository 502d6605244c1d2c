/**
 * Create/edit forms of the inventory records, driven by server-app's validation rules (Maestro 0.6 §2.13): which
 * fields exist, which are required, their limits, and where the choices of a select come from (`/adminer` option
 * lists). Pure logic: the dialog renders these definitions, this file turns the form into request bodies.
 */
import { valueAt } from './format'

/** The `/adminer` option documents a form reads, by key (`{server_options: {role: [...]}, ...}`). */
export type AdminerOptions = Record<string, unknown>

/** A datacenter as the datacenter picker offers it. */
export interface DatacenterChoice {
  _id: string
  name: string
  provider?: string
  regions?: string[]
  zones?: string[]
}

/** What option functions see: the option lists, the datacenters the user can read and the form so far. */
export interface OptionContext {
  adminer: AdminerOptions
  datacenters: DatacenterChoice[]
  model: FormModel
}

export type Options = string[] | ((context: OptionContext) => string[])

/** A column of a row editor (storage, services, auth, tags, contacts). */
export interface RowColumn {
  key: string
  label: string
  kind?: 'text' | 'number' | 'select'
  options?: Options
  max?: number
}

export interface FormField {
  /** Path in the record; a dotted path (`os.base`) is a field of a nested object. */
  key: string
  label: string
  kind: 'text' | 'textarea' | 'number' | 'select' | 'multiselect' | 'datacenter' | 'rows'
  required?: boolean
  /** Length limits of strings, bounds of numbers. */
  min?: number
  max?: number
  /** Numbers that must be greater than this (Joi `greater`). */
  greater?: number
  format?: 'ip' | 'email' | 'url'
  options?: Options
  /** A select that also takes a value typed by the user. */
  allowCreate?: boolean
  columns?: RowColumn[]
  /** Rows whose value in this column repeats are refused (storage by `name`). */
  uniqueBy?: string
  /** Not shown in the form: a value the list implies (the family of a family view). */
  hidden?: boolean
}

export interface FormDefinition {
  fields: FormField[]
}

export type Row = Record<string, string | number | undefined>
export type FormValue = string | number | string[] | Row[] | DatacenterChoice | null | undefined
export type FormModel = Record<string, FormValue>

/** `adminerOption('server_options', 'role')` → the choices stored in `/adminer` under that key and property. */
export function adminerOption(key: string, path: string): (context: OptionContext) => string[] {
  return ({ adminer }) => {
    const value = valueAt(adminer[key], path)
    return Array.isArray(value) ? value.map(String) : []
  }
}

export function optionsOf(options: Options | undefined, context: OptionContext): string[] {
  if (!options) return []
  return typeof options === 'function' ? options(context) : options
}

/** The regions of a provider (`datacenter_options.baser.<provider>[].region`). */
function providerRegions({ adminer, model }: OptionContext): { region: string; zones?: string[] }[] {
  const provider = typeof model.provider === 'string' ? model.provider : ''
  const regions = valueAt(adminer.datacenter_options, `baser.${provider}`)
  return Array.isArray(regions) ? (regions as { region: string; zones?: string[] }[]) : []
}

function chosenDatacenter({ datacenters, model }: OptionContext): DatacenterChoice | undefined {
  const chosen = model.datacenters as DatacenterChoice | undefined
  return chosen ? datacenters.find((candidate) => candidate._id === chosen._id) ?? chosen : undefined
}

// --- shared pieces (§2.13) ------------------------------------------------------------------------------------------

const environment: FormField = { key: 'environment', label: 'Environment', kind: 'select', allowCreate: true, options: adminerOption('env_options', 'environment') }
const description: FormField = { key: 'description', label: 'Description', kind: 'textarea', max: 800 }
const datacenter: FormField[] = [
  { key: 'datacenters', label: 'Datacenter', kind: 'datacenter' },
  { key: 'datacenters.region', label: 'Region', kind: 'select', allowCreate: true, options: (context) => chosenDatacenter(context)?.regions ?? [] },
  { key: 'datacenters.zone', label: 'Zone', kind: 'select', allowCreate: true, options: (context) => chosenDatacenter(context)?.zones ?? [] },
]
const tags: FormField = {
  key: 'tags', label: 'Tags', kind: 'rows',
  columns: [{ key: 'key', label: 'Key', max: 100 }, { key: 'value', label: 'Value', max: 100 }],
}
const status = (options: Options): FormField => ({ key: 'status', label: 'Status', kind: 'select', allowCreate: true, options })
const name = (min: number | undefined, max: number): FormField => ({ key: 'name', label: 'Name', kind: 'text', required: true, min, max })

const SERVER: FormDefinition = {
  fields: [
    name(undefined, 100),
    { key: 'hostname', label: 'Hostname', kind: 'text', max: 100 },
    { key: 'ipv4_private', label: 'Private IPv4', kind: 'text', format: 'ip' },
    { key: 'ipv4_public', label: 'Public IPv4', kind: 'text', format: 'ip' },
    { key: 'os.base', label: 'OS', kind: 'select', allowCreate: true, max: 40, options: adminerOption('server_options', 'os') },
    { key: 'os.dist', label: 'Distribution', kind: 'text', max: 40 },
    { key: 'os.version', label: 'OS version', kind: 'text' },
    { key: 'cpu', label: 'CPU', kind: 'number', greater: 0, max: 1024 },
    { key: 'memory', label: 'Memory (GB)', kind: 'number', greater: 0, max: 1024 },
    { key: 'role', label: 'Role', kind: 'select', allowCreate: true, options: adminerOption('server_options', 'role') },
    environment,
    status(adminerOption('server_options', 'status')),
    ...datacenter,
    {
      key: 'storage', label: 'Storage', kind: 'rows', uniqueBy: 'name',
      columns: [{ key: 'name', label: 'Name', max: 100 }, { key: 'size', label: 'Size (GB)', kind: 'number' },
        { key: 'mount', label: 'Mount' }, { key: 'ftype', label: 'File system' }],
    },
    {
      key: 'services', label: 'Services', kind: 'rows',
      columns: [{ key: 'name', label: 'Name' }, { key: 'version', label: 'Version' },
        { key: 'status', label: 'Status', kind: 'select', options: ['Active', 'Avaliable', 'Stopped'] }],
    },
    {
      key: 'auth', label: 'Access', kind: 'rows',
      columns: [{ key: 'name', label: 'Name', max: 100 }, { key: 'type', label: 'Type', kind: 'select', options: adminerOption('server_options', 'auth') },
        { key: 'username', label: 'User', max: 100 }, { key: 'key', label: 'Key', max: 100 }],
    },
    tags,
  ],
}

/** Applications of every family; the family is the list's (`family=Database` for the databases view), never typed. */
const APPLICATION: FormDefinition = {
  fields: [
    name(3, 150),
    { key: 'family', label: 'Family', kind: 'select', hidden: true },
    description,
    { key: 'provider', label: 'Provider', kind: 'text', min: 3, max: 80 },
    { key: 'language', label: 'Language', kind: 'text', min: 1, max: 80 },
    { key: 'role', label: 'Role', kind: 'select', allowCreate: true, options: adminerOption('application_options', 'role') },
    { key: 'cluster', label: 'Cluster', kind: 'select', allowCreate: true, max: 100, options: adminerOption('application_options', 'clusters') },
    { key: 'size', label: 'Size', kind: 'select', allowCreate: true, options: adminerOption('env_options', 'size') },
    environment,
    status(adminerOption('server_options', 'status')),
    ...datacenter,
  ],
}

const SYSTEM: FormDefinition = { fields: [name(3, 30), description, tags] }

const CLIENT: FormDefinition = {
  fields: [
    name(3, 30), description,
    {
      key: 'contacts', label: 'Contacts', kind: 'rows',
      columns: [{ key: 'channel', label: 'Channel', kind: 'select', options: adminerOption('clients_options', 'channels'), max: 250 },
        { key: 'value', label: 'Contact', max: 250 }],
    },
    tags,
  ],
}

const DATACENTER: FormDefinition = {
  fields: [
    name(3, 30),
    { key: 'provider', label: 'Provider', kind: 'select', required: true, allowCreate: true, options: adminerOption('datacenter_options', 'provider') },
    { key: 'regions', label: 'Regions', kind: 'multiselect', allowCreate: true, options: (context) => providerRegions(context).map((region) => region.region) },
    {
      key: 'zones', label: 'Zones', kind: 'multiselect', allowCreate: true,
      options: (context) => {
        const chosen = new Set(Array.isArray(context.model.regions) ? (context.model.regions as string[]) : [])
        return providerRegions(context).filter((region) => chosen.has(region.region)).flatMap((region) => region.zones ?? [])
      },
    },
  ],
}

const VOLUME: FormDefinition = {
  fields: [
    name(3, 80),
    { key: 'size', label: 'Size (GB)', kind: 'number', required: true },
    { key: 'unique_id', label: 'Provider id', kind: 'text', required: true },
    { key: 'volume_type', label: 'Type', kind: 'text', max: 50 },
    { key: 'iops', label: 'IOPS', kind: 'number' },
    { key: 'state', label: 'State', kind: 'text', max: 20 },
    status(adminerOption('status_volume_options', 'status')),
    ...datacenter,
  ],
}

const IMAGE: FormDefinition = {
  fields: [
    name(3, 120),
    { key: 'image_type', label: 'Type', kind: 'text', max: 80 },
    { key: 'plataform', label: 'Platform', kind: 'text', max: 30 },
    { key: 'image_location', label: 'Location', kind: 'text', max: 200 },
    { key: 'state', label: 'State', kind: 'text', max: 20 },
    ...datacenter,
  ],
}

const SNAPSHOT: FormDefinition = {
  fields: [
    name(3, 30),
    { key: 'volume_id', label: 'Volume id', kind: 'text', max: 80 },
    { key: 'size', label: 'Size (GB)', kind: 'number' },
    { key: 'state', label: 'State', kind: 'text', max: 20 },
    { key: 'progress', label: 'Progress', kind: 'text', max: 80 },
    { key: 'description', label: 'Description', kind: 'textarea', max: 300 },
    ...datacenter,
  ],
}

const NETWORK: FormDefinition = {
  fields: [
    name(3, 30),
    { key: 'family', label: 'Kind', kind: 'text' },
    { key: 'cidr_block', label: 'CIDR', kind: 'text' },
    { key: 'vpc_id', label: 'VPC', kind: 'text' },
    ...datacenter,
  ],
}

const FLAVOR: FormDefinition = {
  fields: [
    name(3, 30),
    { key: 'api_name', label: 'API name', kind: 'text', min: 3, max: 30 },
    { key: 'provider', label: 'Provider', kind: 'text', min: 3, max: 30 },
    ...datacenter, tags,
  ],
}

export const TEAM_FORM: FormDefinition = {
  fields: [
    name(3, 30),
    { key: 'email', label: 'E-mail', kind: 'text', format: 'email' },
    { key: 'url', label: 'URL', kind: 'text', format: 'url' },
  ],
}

/** The form of a list page's records, by server-app route. */
export function formFor(resource: string): FormDefinition | undefined {
  return FORMS[resource]
}

const FORMS: Record<string, FormDefinition> = {
  '/servers': SERVER, '/applications': APPLICATION, '/system': SYSTEM, '/clients': CLIENT, '/datacenters': DATACENTER,
  '/volumes': VOLUME, '/images': IMAGE, '/snapshots': SNAPSHOT, '/network': NETWORK, '/flavors': FLAVOR, '/teams': TEAM_FORM,
}

// --- record ↔ form ----------------------------------------------------------------------------------------------------

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/** The form's values for a record (or for a new record with `preset` values). */
export function toModel(definition: FormDefinition, record: Record<string, unknown> = {}, preset: Record<string, unknown> = {}): FormModel {
  const model: FormModel = {}
  for (const field of definition.fields) {
    const value = valueAt({ ...record, ...preset }, field.key)
    if (field.kind === 'rows') {
      model[field.key] = Array.isArray(value) ? value.map((row) => ({ ...(row as Row) })) : []
    } else if (field.kind === 'multiselect') {
      model[field.key] = Array.isArray(value) ? value.map(String) : []
    } else if (field.kind === 'datacenter') {
      const dc = value as DatacenterChoice | undefined
      model[field.key] = dc && dc._id ? { _id: String(dc._id), name: dc.name, ...(dc.provider ? { provider: dc.provider } : {}) } : null
    } else if (field.kind === 'number') {
      model[field.key] = typeof value === 'number' ? value : isEmpty(value) ? undefined : Number(value)
    } else {
      model[field.key] = isEmpty(value) ? '' : (value as string)
    }
  }
  return model
}

function cleanRows(rows: Row[], columns: RowColumn[]): Row[] {
  return rows
    .map((row) => {
      const cleaned: Row = { ...row }
      for (const column of columns) {
        const cell = row[column.key]
        if (isEmpty(cell)) delete cleaned[column.key]
        else if (column.kind === 'number') cleaned[column.key] = Number(cell)
      }
      return cleaned
    })
    .filter((row) => columns.some((column) => !isEmpty(row[column.key])))
}

/** The value a field puts in a request body, or undefined when it is blank. */
function fieldValue(field: FormField, value: FormValue): unknown {
  if (field.kind === 'rows') return cleanRows((value as Row[] | undefined) ?? [], field.columns ?? [])
  if (isEmpty(value)) return undefined
  if (field.kind === 'number') return Number(value)
  if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'select') return String(value).trim() || undefined
  return value
}

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1]] = value
}

/** The body of a POST: every filled field, nested objects built from dotted keys, blanks left out. */
export function createPayload(definition: FormDefinition, model: FormModel): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of definition.fields) {
    const value = fieldValue(field, model[field.key])
    if (value === undefined || (field.kind === 'rows' && (value as Row[]).length === 0)) continue
    setAt(body, field.key, field.kind === 'datacenter' ? { ...(value as DatacenterChoice) } : value)
  }
  return body
}

/** Keys a record carries that no client writes: server-app drops them, they are left out to keep bodies honest. */
const MANAGED = ['_id', '_links', 'owner', 'roles', 'members', 'active', 'created_at', 'updated_at']

export type Update =
  | { method: 'PATCH'; body: Record<string, unknown> }
  | { method: 'PUT'; body: Record<string, unknown> }
  | null

const topKey = (key: string) => key.split('.')[0]

/**
 * An edit as a request. Normally a PATCH of the changed top-level fields (a nested object such as `os` is sent whole,
 * with its other properties kept). server-app refuses empty strings, so a PATCH cannot blank a field: when a text
 * field was cleared the edit becomes a PUT of the record with the change applied and that field left out.
 * Null when nothing changed.
 */
export function updateRequest(definition: FormDefinition, model: FormModel, record: Record<string, unknown>): Update {
  const before = toModel(definition, record)
  const changed = definition.fields.filter((field) => JSON.stringify(fieldValue(field, model[field.key])) !== JSON.stringify(fieldValue(field, before[field.key])))
  if (changed.length === 0) return null

  const cleared = changed.filter((field) => field.kind !== 'rows' && fieldValue(field, model[field.key]) === undefined)
  const next: Record<string, unknown> = JSON.parse(JSON.stringify(record))
  for (const key of MANAGED) delete next[key]
  for (const field of definition.fields) {
    const filled = fieldValue(field, model[field.key])
    // No rows is no field, as on create.
    const value = Array.isArray(filled) && filled.length === 0 && field.kind === 'rows' ? undefined : filled
    if (value === undefined) {
      const keys = field.key.split('.')
      const parent = keys.length > 1 ? valueAt(next, keys.slice(0, -1).join('.')) : next
      if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[keys[keys.length - 1]]
    } else {
      setAt(next, field.key, field.kind === 'datacenter' ? { ...((valueAt(next, field.key) as object) ?? {}), ...(value as DatacenterChoice) } : value)
    }
  }
  if (cleared.length > 0) return { method: 'PUT', body: next }
  // Rows all removed: a PATCH sends the empty array (only a cleared text field forces the PUT above).
  const keys = new Set(changed.map((field) => topKey(field.key)))
  return { method: 'PATCH', body: Object.fromEntries([...keys].map((key) => [key, next[key] ?? []])) }
}

// --- validation -------------------------------------------------------------------------------------------------------

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const IPV6 = /^[0-9a-f:]+$/i
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const HTTP_URL = /^https?:\/\/\S+$/i

function checkText(field: FormField | RowColumn, text: string, format?: FormField['format'], min?: number): string | null {
  if (min !== undefined && text.length < min) return `at least ${min} characters`
  if (field.max !== undefined && text.length > field.max) return `at most ${field.max} characters`
  if (format === 'ip' && !IPV4.test(text) && !(text.includes(':') && IPV6.test(text))) return 'must be an IP address'
  if (format === 'email' && !EMAIL.test(text)) return 'must be an e-mail address'
  if (format === 'url' && !HTTP_URL.test(text)) return 'must be an http(s) URL'
  return null
}

/** What the API would refuse, found before sending: field key → message. */
export function validate(definition: FormDefinition, model: FormModel): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of definition.fields) {
    const value = model[field.key]
    if (isEmpty(value)) {
      if (field.required) errors[field.key] = `${field.label} is required`
      continue
    }
    if (field.kind === 'number') {
      const number = Number(value)
      if (Number.isNaN(number)) errors[field.key] = 'must be a number'
      else if (field.greater !== undefined && number <= field.greater) errors[field.key] = `must be greater than ${field.greater}`
      else if (field.max !== undefined && number > field.max) errors[field.key] = `must be at most ${field.max}`
    } else if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'select') {
      const problem = checkText(field, String(value).trim(), field.format, field.min)
      if (problem) errors[field.key] = problem
    } else if (field.kind === 'rows') {
      const rows = cleanRows(value as Row[], field.columns ?? [])
      rows.forEach((row, index) => {
        for (const column of field.columns ?? []) {
          const cell = row[column.key]
          const problem = cell === undefined ? null
            : column.kind === 'number' ? (Number.isNaN(Number(cell)) ? 'must be a number' : null)
              : checkText(column, String(cell))
          if (problem && !errors[field.key]) errors[field.key] = `row ${index + 1}, ${column.label}: ${problem}`
        }
      })
      if (field.uniqueBy && !errors[field.key]) {
        const seen = rows.map((row) => row[field.uniqueBy!]).filter((cell) => cell !== undefined)
        if (new Set(seen).size !== seen.length) errors[field.key] = `two rows have the same ${field.uniqueBy}`
      }
    }
  }
  return errors
}

// --- server errors → fields -------------------------------------------------------------------------------------------

interface Detail { message?: string; path?: (string | number)[] | string; context?: { key?: string } }

/**
 * A 422 `ValidatorError` as messages on the form's fields: each detail goes to the form field whose key is the longest
 * prefix of its path (`["os","base"]` → `os.base`, `["storage",1,"size"]` → `storage` "row 2, size: ..."). Details
 * naming no field of the form are returned under `''`.
 */
export function fieldErrors(definition: FormDefinition, body: unknown): Record<string, string> {
  const err = (body as { err?: { errors?: unknown } } | undefined)?.err
  const raw = err && typeof err === 'object' ? err.errors : undefined
  const details: Detail[] = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && Array.isArray((raw as { details?: unknown }).details) ? (raw as { details: Detail[] }).details : []
  const errors: Record<string, string> = {}
  const keys = definition.fields.map((field) => field.key).sort((a, b) => b.length - a.length)
  for (const detail of details) {
    const path = (Array.isArray(detail.path) ? detail.path : (detail.path ?? detail.context?.key ?? '').split('.')).map(String)
    const message = (detail.message ?? 'is invalid').replace(/^"[^"]*"\s*/, '')
    const key = keys.find((candidate) => {
      const parts = candidate.split('.')
      return parts.every((part, index) => path[index] === part)
    })
    if (key === undefined) {
      errors[''] = [errors[''], `${path.join('.')}: ${message}`].filter(Boolean).join('; ')
      continue
    }
    const rest = path.slice(key.split('.').length)
    const text = rest.length && /^\d+$/.test(rest[0]) ? `row ${Number(rest[0]) + 1}${rest[1] ? `, ${rest[1]}` : ''}: ${message}` : message
    errors[key] = errors[key] ? `${errors[key]}; ${text}` : text
  }
  return errors
}
