/**
 * Reading audit-app's diffs (docs/audit-app.md): nested objects of changed keys with their new value, `null` for a key
 * that disappeared, arrays compared index by index (`{"tags": {"1": {...}}}`), a removal row `{removed: true}`.
 */

/** One changed field of a version: its dotted path and new value (`removed` when the key disappeared). */
export interface FieldChange {
  path: string
  value: unknown
  removed: boolean
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value)
}

/**
 * The leaves of a diff, in document order: `{os: {base: "Linux"}, tags: {"1": null}}` →
 * `os.base = Linux`, `tags.1 removed`. An empty object (an object or array emptied) is a change of its own.
 */
export function flattenDiff(body: unknown, prefix = ''): FieldChange[] {
  if (!isPlainObject(body)) return prefix ? [{ path: prefix, value: body, removed: body === null || body === undefined }] : []
  const entries = Object.entries(body)
  if (prefix && entries.length === 0) return [{ path: prefix, value: body, removed: false }]
  return entries.flatMap(([key, value]) => flattenDiff(value, prefix ? `${prefix}.${key}` : key))
}

/** A version row of `GET R/:id/audit`. */
export interface AuditRow {
  _id: string
  user?: string
  team?: { _id?: string; name?: string } | null
  body?: Record<string, unknown>
  created_at?: string
}

export type VersionKind = 'created' | 'changed' | 'removed'

/** The first row of a record's history is its creation; a `{removed: true}` row its deletion. */
export function versionKind(row: AuditRow, index: number): VersionKind {
  if (row.body && row.body.removed === true && Object.keys(row.body).length === 1) return 'removed'
  return index === 0 ? 'created' : 'changed'
}

/** A value as one line of text: strings as they are, anything else as compact JSON. */
export function changeText(change: FieldChange): string {
  if (change.removed) return 'removed'
  const { value } = change
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/** Who made a change: the e-mail, with the team it was made as (`ops@x.io as team Ops`). */
export function changedBy(row: AuditRow): string {
  const user = row.user || 'MaestroServer'
  return row.team?.name ? `${user} as team ${row.team.name}` : user
}
