/**
 * The global option lists (`/adminer`, Maestro 0.6 §2.7): one document per key (`server_options`, `env_options`, …)
 * whose `value` is an object of named lists. The settings page edits lists of values as lists, the datacenter
 * provider → regions → zones map as such, and anything else (report tables, scheduler configs) as JSON.
 */

/** An adminer document. */
export interface AdminerOption {
  _id: string
  key: string
  value: unknown
}

export type ListItem = string | number

/** How one entry of an option's value is edited. */
export type SectionKind = 'list' | 'group' | 'regions' | 'json'

export interface RegionEntry {
  region: string
  zones?: string[]
}

export type RegionMap = Record<string, RegionEntry[]>

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value)
}

function isList(value: unknown): value is ListItem[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')
}

function isRegionMap(value: unknown): value is RegionMap {
  return isObject(value) && Object.values(value).every((regions) =>
    Array.isArray(regions) && regions.every((entry) => isObject(entry) && typeof entry.region === 'string'
      && (entry.zones === undefined || isList(entry.zones))))
}

/** `["a","b"]` → list; `{role: [...], type: [...]}` → group of lists; provider → regions → list of regions; else JSON. */
export function sectionKind(value: unknown): SectionKind {
  if (isList(value)) return 'list'
  if (isObject(value) && Object.keys(value).length > 0) {
    if (Object.values(value).every(isList)) return 'group'
    if (isRegionMap(value)) return 'regions'
  }
  return 'json'
}

/** The editable parts of an option's value, in its own order; a value that is not an object is one JSON part. */
export function optionSections(value: unknown): { name: string; kind: SectionKind }[] {
  if (!isObject(value)) return [{ name: '', kind: 'json' }]
  return Object.entries(value).map(([name, entry]) => ({ name, kind: sectionKind(entry) }))
}

/** A list with a typed value added: trimmed, blanks and repeats ignored, numbers kept numbers in numeric lists. */
export function withItem(list: ListItem[], typed: string): ListItem[] {
  const text = typed.trim()
  if (!text) return list
  const numeric = list.length > 0 && list.every((item) => typeof item === 'number') && !Number.isNaN(Number(text))
  const item: ListItem = numeric ? Number(text) : text
  return list.some((existing) => String(existing) === String(item)) ? list : [...list, item]
}

export function withoutItem<T>(list: T[], index: number): T[] {
  return list.filter((_, position) => position !== index)
}

export function withProvider(map: RegionMap, provider: string): RegionMap {
  const name = provider.trim()
  return !name || name in map ? map : { ...map, [name]: [] }
}

export function withoutProvider(map: RegionMap, provider: string): RegionMap {
  const { [provider]: _removed, ...rest } = map
  return rest
}

export function withRegion(map: RegionMap, provider: string, region: string): RegionMap {
  const name = region.trim()
  const regions = map[provider] ?? []
  if (!name || regions.some((entry) => entry.region === name)) return map
  return { ...map, [provider]: [...regions, { region: name, zones: [] }] }
}

export function withoutRegion(map: RegionMap, provider: string, index: number): RegionMap {
  return { ...map, [provider]: withoutItem(map[provider] ?? [], index) }
}

export function withZones(map: RegionMap, provider: string, index: number, zones: string[]): RegionMap {
  return {
    ...map,
    [provider]: (map[provider] ?? []).map((entry, position) => (position === index ? { ...entry, zones } : entry)),
  }
}

/** A JSON part as typed: its value, or the reason it cannot be saved. */
export function parseJsonSection(name: string, text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) }
  } catch (failure) {
    return { error: `${name || 'value'}: not valid JSON (${(failure as Error).message})` }
  }
}

/** `PATCH /adminer/:id` body: the key with the whole new value (both required by the server). */
export function adminerPatch(option: AdminerOption, value: unknown): { key: string; value: unknown } {
  return { key: option.key, value }
}

/** `server_options` → `Server options`. */
export function optionTitle(key: string): string {
  const words = key.replace(/_options$/, '').replace(/[_-]+/g, ' ').trim()
  return words ? words[0].toUpperCase() + words.slice(1) + (key.endsWith('_options') ? ' options' : '') : key
}

/** A services catalogue entry (`/services`). */
export interface CatalogueService {
  _id?: string
  name: string
  family: string[]
  tags: string[]
  owner: boolean
}

/** The body of `POST /services` and `PUT /services/:id`: trimmed name, families and tags without blanks or repeats. */
export function serviceBody(service: CatalogueService): Omit<CatalogueService, '_id'> {
  const clean = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))]
  return { name: service.name.trim(), family: clean(service.family), tags: clean(service.tags), owner: !!service.owner }
}

/** Problems that block saving a service, in words. */
export function serviceProblems(service: CatalogueService): string[] {
  const body = serviceBody(service)
  const problems: string[] = []
  if (!body.name) problems.push('Give the service a name.')
  if (body.name.length > 180) problems.push('The name has at most 180 characters.')
  if (body.family.length === 0) problems.push('Choose at least one family.')
  const long = body.tags.filter((tag) => tag.length > 32)
  if (long.length) problems.push(`Tags have at most 32 characters: ${long.join(', ')}`)
  return problems
}

/** The value of one option (`GET /adminer?key=<key>`), or undefined when it is not set. */
export async function fetchOption<T>(api: { get: <R>(path: string, options?: { query?: Record<string, string | number> }) => Promise<R> }, key: string): Promise<T | undefined> {
  const envelope = await api.get<{ items?: AdminerOption[] }>('/adminer', { query: { key, limit: 1 } })
  return envelope?.items?.[0]?.value as T | undefined
}
