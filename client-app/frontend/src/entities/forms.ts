/**
 * Create/edit forms of the inventory records, generated from server-app's inventory registry (`GET /inventory/<name>`:
 * the JSON Schema of a create body, with labels, help text and where a select's choices come from): which fields
 * exist, which are required, their limits (Maestro 0.6 §2.13). Pure logic: the dialog renders these definitions, this
 * file turns the form into request bodies. A new inventory entity needs nothing here.
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
  /** Help text shown under the field (the registry's `description`). */
  help?: string
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

/**
 * The suggestions a registry field names in `x-options` (server-app's `FieldSchema#choices`): `adminer:<key>.<path>`,
 * or the regions and zones of the datacenter or provider picked in the same form. An unknown source suggests nothing
 * and the field stays free text.
 */
export function optionSource(source: string): Options {
  if (source.startsWith('adminer:')) {
    const [key, ...path] = source.slice('adminer:'.length).split('.')
    return adminerOption(key, path.join('.'))
  }
  switch (source) {
    case 'datacenter.regions': return (context) => chosenDatacenter(context)?.regions ?? []
    case 'datacenter.zones': return (context) => chosenDatacenter(context)?.zones ?? []
    case 'provider.regions': return (context) => providerRegions(context).map((region) => region.region)
    case 'provider.zones': return (context) => {
      const chosen = new Set(Array.isArray(context.model.regions) ? (context.model.regions as string[]) : [])
      return providerRegions(context).filter((region) => chosen.has(region.region)).flatMap((region) => region.zones ?? [])
    }
    default: return []
  }
}

// --- forms from the inventory registry (GET /inventory/<name>) --------------------------------------------------------

/** The JSON Schema keywords server-app's registry renders (common's `FieldSchema#jsonSchema`). */
export interface JsonSchema {
  type?: string
  title?: string
  description?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  anyOf?: JsonSchema[]
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  format?: string
  'x-options'?: string
  'x-unique-by'?: string
}

/** Strings this long or longer are written in a text area. */
const TEXTAREA_LENGTH = 300
const FORMATS: Record<string, FormField['format']> = { ip: 'ip', email: 'email', uri: 'url' }

/** The string alternative of a field that takes several types (`unique_id`: string or number), else the field. */
function textual(schema: JsonSchema): JsonSchema {
  return schema.anyOf?.find((option) => option.type === 'string') ?? schema
}

function limits(schema: JsonSchema): Pick<FormField, 'min' | 'max' | 'greater'> {
  if (schema.type === 'number' || schema.type === 'integer') {
    return { min: schema.minimum, max: schema.maximum, greater: schema.exclusiveMinimum }
  }
  const text = textual(schema)
  return { min: text.minLength !== undefined && text.minLength > 1 ? text.minLength : undefined, max: text.maxLength }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}

function column(key: string, schema: JsonSchema): RowColumn {
  const { max } = limits(schema)
  const options = schema.enum ? schema.enum.map(String) : schema['x-options'] ? optionSource(schema['x-options']) : undefined
  const kind = schema.type === 'number' || schema.type === 'integer' ? 'number' : options ? 'select' : 'text'
  return withoutUndefined({ key, label: schema.title ?? key, kind: kind === 'text' ? undefined : kind, options, max })
}

/** One titled field of the registry as form fields (an object's titled properties become fields of their own). */
function fieldsOf(key: string, schema: JsonSchema, required: boolean): FormField[] {
  const label = schema.title ?? key
  const help = schema.description
  if (schema['x-options'] === 'datacenters') {
    return [withoutUndefined({ key, label, kind: 'datacenter' as const, help }), ...nestedFields(key, schema)]
  }
  if (schema.type === 'object') return nestedFields(key, schema)
  if (schema.type === 'array') {
    const items = schema.items ?? {}
    if (items.type === 'object') {
      const columns = Object.entries(items.properties ?? {}).filter(([, property]) => property.title).map(([name, property]) => column(name, property))
      return [withoutUndefined({ key, label, kind: 'rows' as const, columns, uniqueBy: schema['x-unique-by'], help })]
    }
    const options = schema['x-options'] ? optionSource(schema['x-options']) : items.enum?.map(String)
    return [withoutUndefined({ key, label, kind: 'multiselect' as const, allowCreate: !items.enum, options, required: required || undefined, help })]
  }
  const base = withoutUndefined({ key, label, required: required || undefined, help, ...limits(schema) })
  if (schema.type === 'number' || schema.type === 'integer') return [{ ...base, kind: 'number' }]
  const text = textual(schema)
  if (text.enum) return [{ ...base, kind: 'select', options: text.enum.map(String) }]
  if (schema['x-options']) return [{ ...base, kind: 'select', allowCreate: true, options: optionSource(schema['x-options']) }]
  const format = text.format ? FORMATS[text.format] : undefined
  const kind = base.max !== undefined && base.max >= TEXTAREA_LENGTH ? 'textarea' : 'text'
  return [withoutUndefined({ ...base, kind, format })]
}

function nestedFields(prefix: string, schema: JsonSchema): FormField[] {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {})
    .filter(([, property]) => property.title || property.type === 'object')
    .flatMap(([name, property]) => fieldsOf(`${prefix}.${name}`, property, required.has(name)))
}

/**
 * The create/edit form of an entity, from the JSON Schema of its create body in the registry: its titled fields in
 * the registry's order; titled properties of a nested object (`os.base`), arrays of objects as row editors, arrays of
 * values as multiple selects, `x-options` and `enum` as selects. Untitled fields (what discovery and other services
 * write) are not offered. Undefined when the entity has no titled field: it is not edited with the generic form.
 */
export function formFromSchema(schema: JsonSchema): FormDefinition | undefined {
  const required = new Set(schema.required ?? [])
  const fields = Object.entries(schema.properties ?? {})
    .filter(([, property]) => property.title || property.type === 'object')
    .flatMap(([key, property]) => fieldsOf(key, property, required.has(key)))
  return fields.length > 0 ? { fields } : undefined
}

/** What `GET /inventory/<name>` answers (common's `InventoryEntity#describe`), the part a form reads. */
export interface InventoryDescription {
  route: string
  schema: JsonSchema
}

const loadedForms = new Map<string, Promise<FormDefinition | undefined>>()

/**
 * The form of the records at `resource` (`/servers`), built from server-app's registry once per page load; undefined
 * for an entity without a generic form. A failed load is tried again next time.
 */
export function loadForm(api: { get<T>(path: string): Promise<T> }, resource: string): Promise<FormDefinition | undefined> {
  let form = loadedForms.get(resource)
  if (!form) {
    form = api.get<InventoryDescription>(`/inventory${resource}`).then((entity) => formFromSchema(entity.schema))
    form.catch(() => loadedForms.delete(resource))
    loadedForms.set(resource, form)
  }
  return form
}

/** Teams are not inventory records: their form is the one written here. */
export const TEAM_FORM: FormDefinition = {
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true, min: 3, max: 30 },
    { key: 'email', label: 'E-mail', kind: 'text', format: 'email' },
    { key: 'url', label: 'URL', kind: 'text', format: 'url' },
  ],
}

// --- record ↔ form ----------------------------------------------------------------------------------------------------

const topKey = (key: string) => key.split('.')[0]

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

/**
 * The body of a POST: every filled field, nested objects built from dotted keys, blanks left out; `preset` values of
 * fields the form does not show (the family of a family view) are sent as they are.
 */
export function createPayload(definition: FormDefinition, model: FormModel, preset: Record<string, unknown> = {}): Record<string, unknown> {
  const shown = new Set(definition.fields.map((field) => topKey(field.key)))
  const body: Record<string, unknown> = Object.fromEntries(Object.entries(preset).filter(([key]) => !shown.has(key)))
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
      else if (field.min !== undefined && number < field.min) errors[field.key] = `must be at least ${field.min}`
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
