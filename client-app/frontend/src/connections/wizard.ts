/**
 * The connection wizard, built from discovery's provider catalogue (Maestro 0.6 §4.1, served by server-app as
 * `GET /providers` and `GET /providers/:provider`, each `{items: [{value}]}`), and the state of a connection's tasks.
 */

/** An entry of `GET /providers`: `{items: [{value: {providers: [...]}}]}`. */
export interface ProviderSummary {
  label: string
  icon?: string
  method?: string[]
  /** The catalogue key, when the server gives it; otherwise derived from the label. */
  name?: string
}

/** One input of a wizard template. */
export interface TemplateField {
  comp: string
  validate?: string
  html?: string
  panel?: { header?: string; body?: string }[]
  metas?: {
    name?: string
    label?: string
    type?: string
    placeholder?: string
    help?: string
    options?: (string | number)[]
    value?: unknown
    multiple?: boolean
  }
}

/** One way of connecting to a provider (e.g. Ansible: upload, SSH, S3). */
export interface ProviderVariant {
  label: string
  service?: string
  authClass?: string
  template: { intro?: string; dc?: boolean[]; conn?: TemplateField[]; extra?: TemplateField[] }
}

/** `GET /providers/:provider` → `items[0].value` (a provider's info.json). */
export interface ProviderInfo {
  label: string
  icon?: string
  method?: string[]
  /** The datacenter provider the connection belongs to (e.g. Spaces → "Digital Ocean"). */
  dc?: string
  data: ProviderVariant[]
}

interface CatalogueAnswer<T> {
  items?: { value?: T }[]
}

export function providersOf(answer: CatalogueAnswer<{ providers?: ProviderSummary[] }> | undefined): ProviderSummary[] {
  return answer?.items?.[0]?.value?.providers ?? []
}

export function providerInfoOf(answer: CatalogueAnswer<ProviderInfo> | undefined): ProviderInfo | null {
  const info = answer?.items?.[0]?.value
  return info && Array.isArray(info.data) ? info : null
}

/** The catalogue and crawler key of a provider: lower case, letters and digits only (`Digital Ocean` → `digitalocean`). */
export function providerKey(provider: string | ProviderSummary): string {
  if (typeof provider !== 'string' && provider.name) return provider.name
  const label = typeof provider === 'string' ? provider : provider.label
  return label.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** How an input is drawn. `note` and `panels` are text, not values. */
export type FieldKind = 'text' | 'password' | 'textarea' | 'select' | 'upload' | 'note' | 'panels'

/** A wizard input: where its value goes (`conn` = sealed credentials; `extra` = a top-level connection field). */
export interface WizardField {
  name: string
  label: string
  kind: FieldKind
  group: 'conn' | 'extra'
  required: boolean
  placeholder?: string
  help?: string
  options?: string[]
  initial?: string
  /** `note`: the text; `panels`: header and text of each panel. */
  text?: string
  panels?: { header: string; text: string }[]
}

/** Provider help is written as HTML; the wizard shows it as text (links keep their words). */
export function plainText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<\/?br\s*\/?>|<\/li>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
}

function fieldKind(field: TemplateField): FieldKind {
  switch (field.comp) {
    case 'bs-select':
      return 'select'
    case 'uploader':
      return 'upload'
    case 'p':
      return 'note'
    case 'accordion':
      return 'panels'
    default:
      if (field.metas?.type === 'password') return 'password'
      if (field.metas?.type === 'textarea') return 'textarea'
      return 'text'
  }
}

function wizardField(field: TemplateField, group: 'conn' | 'extra', index: number): WizardField {
  const kind = fieldKind(field)
  const metas = field.metas ?? {}
  const base = {
    name: metas.name ?? `${group}-${index}`,
    label: (metas.label ?? metas.name ?? '').replace(/\*$/, ''),
    kind,
    group,
    required: field.validate === 'required' && kind !== 'note' && kind !== 'panels',
  }
  if (kind === 'note') return { ...base, text: plainText(field.html) }
  if (kind === 'panels') {
    return { ...base, panels: (field.panel ?? []).map((panel) => ({ header: panel.header ?? '', text: plainText(panel.body) })) }
  }
  return {
    ...base,
    placeholder: metas.placeholder,
    help: metas.help,
    options: metas.options?.map(String),
    initial: metas.value === undefined || metas.value === null ? undefined : String(metas.value),
  }
}

/** The inputs of one variant: credentials first, then the extra fields and the help texts. */
export function wizardFields(variant: ProviderVariant): WizardField[] {
  return [
    ...(variant.template.conn ?? []).map((field, index) => wizardField(field, 'conn', index)),
    ...(variant.template.extra ?? []).map((field, index) => wizardField(field, 'extra', index)),
  ]
}

/** Fields that carry a value (not help texts). */
export function valueFields(fields: WizardField[]): WizardField[] {
  return fields.filter((field) => field.kind !== 'note' && field.kind !== 'panels')
}

/** What the API shows instead of a stored credential. */
export const MASK = '********'

/** A connection as `GET /connections[/:id]` returns it; `conn` masked field by field. */
export interface Connection {
  _id: string
  name: string
  provider: string
  service: string
  dc: string
  dc_id: string
  regions: string[]
  conn?: Record<string, unknown> | string
  process?: Record<string, { state?: string; msg?: string } | undefined>
  status?: string
  tab?: number
  method?: string
  [field: string]: unknown
}

/** The wizard's state: identity, datacenter, regions, one text per field name, uploaded file names per upload field. */
export interface WizardForm {
  name: string
  dc_id: string
  dc: string
  regions: string[]
  values: Record<string, string>
  uploads: Record<string, string[]>
}

/**
 * A new form for a variant, or the form of an existing connection: extra fields from the connection, credentials
 * left blank (they are masked; blank means "keep the stored value").
 */
export function wizardForm(fields: WizardField[], connection?: Connection): WizardForm {
  const values: Record<string, string> = {}
  const uploads: Record<string, string[]> = {}
  for (const field of valueFields(fields)) {
    if (field.kind === 'upload') {
      uploads[field.name] = []
      continue
    }
    const stored = field.group === 'extra' ? connection?.[field.name] : undefined
    values[field.name] = stored !== undefined && stored !== null ? String(stored) : connection ? '' : field.initial ?? ''
  }
  return {
    name: connection?.name ?? '',
    dc_id: connection?.dc_id ?? '',
    dc: connection?.dc ?? '',
    regions: [...(connection?.regions ?? [])],
    values,
    uploads,
  }
}

/** The credential fields the stored connection holds (masked in its `conn`). */
export function storedCredentials(connection: Connection | undefined): Set<string> {
  const conn = connection?.conn
  return new Set(conn && typeof conn === 'object' ? Object.keys(conn) : [])
}

/** Problems that block saving, in words; empty when the form can be sent. */
export function wizardProblems(fields: WizardField[], form: WizardForm, connection?: Connection): string[] {
  const problems: string[] = []
  if (!form.name.trim()) problems.push('Give the connection a name.')
  if (!form.dc_id) problems.push('Choose a datacenter.')
  if (form.regions.length === 0) problems.push('Choose at least one region.')
  const stored = storedCredentials(connection)
  for (const field of valueFields(fields)) {
    if (!field.required) continue
    const blank = field.kind === 'upload' ? !form.uploads[field.name]?.length : !(form.values[field.name] ?? '').trim()
    // A stored credential may stay blank: the stored value is kept.
    if (blank && !(field.group === 'conn' && stored.has(field.name))) {
      problems.push(`${field.kind === 'upload' ? 'Upload' : 'Fill in'} ${field.label || field.name}.`)
    }
  }
  return problems
}

/**
 * The body of `POST /connections` (new) or `PATCH /connections/:id` (edit). Credentials go in `conn` (an upload field
 * as the list of uploaded file names); on an edit `conn` is left out entirely when nothing was typed or uploaded, and
 * otherwise each stored credential left blank travels as the mask (the server keeps its value).
 */
export function connectionBody(
  provider: ProviderSummary,
  info: ProviderInfo,
  variantIndex: number,
  fields: WizardField[],
  form: WizardForm,
  connection?: Connection,
): Record<string, unknown> {
  const variant = info.data[variantIndex]
  const body: Record<string, unknown> = {
    name: form.name.trim(),
    provider: provider.label,
    service: variant.service ?? variant.authClass ?? provider.label,
    dc: form.dc,
    dc_id: form.dc_id,
    regions: [...form.regions],
    tab: variantIndex,
  }
  const method = info.method?.[variantIndex]
  if (method) body.method = method
  const conn: Record<string, string | string[]> = {}
  const stored = storedCredentials(connection)
  let typed = false
  for (const field of valueFields(fields)) {
    if (field.kind === 'upload') {
      const files = form.uploads[field.name] ?? []
      if (files.length) {
        conn[field.name] = [...files]
        typed = true
      } else if (stored.has(field.name)) {
        conn[field.name] = MASK
      }
      continue
    }
    const value = (form.values[field.name] ?? '').trim()
    if (field.group === 'extra') {
      if (value) body[field.name] = value
    } else if (value) {
      conn[field.name] = value
      typed = true
    } else if (stored.has(field.name)) {
      conn[field.name] = MASK
    }
  }
  if (!connection || typed) body.conn = conn
  return body
}

/** A datacenter as the wizard lists it. */
export interface DatacenterChoice {
  _id: string
  name: string
  provider?: string
  regions?: unknown
}

/** `datacenter_options.value.baser`: provider → its regions and their zones. */
export type RegionMap = Record<string, { region: string; zones?: string[] }[]>

function sameProvider(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && providerKey(a) === providerKey(b)
}

/** Datacenters of the provider's datacenter kind (`info.dc`), or all when the provider names none. */
export function datacentersFor(info: ProviderInfo, datacenters: DatacenterChoice[]): DatacenterChoice[] {
  if (!info.dc) return datacenters
  const matching = datacenters.filter((datacenter) => sameProvider(datacenter.provider, info.dc))
  return matching.length ? matching : datacenters
}

/** The regions offered for a datacenter: its provider's list in the settings, then the datacenter's own. */
export function regionChoices(datacenter: DatacenterChoice | undefined, regionMap: RegionMap | undefined): string[] {
  if (!datacenter) return []
  const fromSettings = Object.entries(regionMap ?? {})
    .filter(([provider]) => sameProvider(provider, datacenter.provider))
    .flatMap(([, regions]) => regions.map((entry) => entry.region))
  const own = Array.isArray(datacenter.regions)
    ? datacenter.regions.map((region) => (typeof region === 'string' ? region : String((region as { name?: unknown })?.name ?? ''))).filter(Boolean)
    : []
  return [...new Set([...fromSettings, ...own])]
}

/** `GET /providers/rules/:provider` → the task names of its `permissions`, in catalogue order. */
export function providerTasks(answer: CatalogueAnswer<{ permissions?: Record<string, unknown> }> | undefined): string[] {
  return Object.keys(answer?.items?.[0]?.value?.permissions ?? {})
}

/** How a task's state is shown. */
export interface TaskStatus {
  task: string
  tag: 'success' | 'warning' | 'danger' | 'info'
  label: string
  msg: string
  running: boolean
}

const STATE_LABELS: Record<string, string> = { success: 'Done', warning: 'Running', danger: 'Failed' }

/** `process.<task>` → a tag: `warning` = running, `success` = done, `danger` = failed, nothing = never run. */
export function taskStatus(connection: Pick<Connection, 'process'>, task: string): TaskStatus {
  const state = connection.process?.[task]?.state
  const msg = connection.process?.[task]?.msg ?? ''
  if (state === 'success' || state === 'warning' || state === 'danger') {
    return { task, tag: state, label: STATE_LABELS[state], msg, running: state === 'warning' }
  }
  return { task, tag: 'info', label: state ? state : 'Never run', msg, running: false }
}

/** The tasks to show: the provider's, then any other the connection has a state for. */
export function connectionTasks(connection: Pick<Connection, 'process'>, tasks: string[]): TaskStatus[] {
  const names = [...tasks, ...Object.keys(connection.process ?? {}).filter((task) => !tasks.includes(task))]
  return names.map((task) => taskStatus(connection, task))
}

/** The websocket callers after which a connection's view reloads. */
export function connectionCallers(connectionId?: string): string[] {
  return connectionId ? ['connections-update', `connections-${connectionId}`] : ['connections-update']
}
