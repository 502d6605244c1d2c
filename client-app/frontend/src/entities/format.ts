/** Reading and showing fields of inventory documents, whose shapes vary by provider. */

export function valueAt(row: unknown, path: string): unknown {
  let value: unknown = row
  for (const key of path.split('.')) {
    if (value === null || value === undefined) return undefined
    if (Array.isArray(value)) value = value.map((item) => (item as Record<string, unknown>)?.[key])
    else value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** A cell's text: arrays of `{name}` become "a, b", objects their `name`, dates local time. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (Array.isArray(value)) return value.map(displayValue).filter(Boolean).join(', ')
  if (typeof value === 'object') {
    const named = value as { name?: unknown }
    return named.name !== undefined ? displayValue(named.name) : JSON.stringify(value)
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

export function displayDate(value: unknown): string {
  if (!value) return ''
  const date = new Date(String(value))
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString()
}

/** Rows counted by the value at `path` (arrays count each element), largest first; blanks are "Unknown". */
export function tally(rows: unknown[], path: string): { name: string; value: number }[] {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const value = valueAt(row, path)
    const names = Array.isArray(value) ? value.map(displayValue).filter(Boolean) : [displayValue(value)]
    for (const name of names.length ? names : ['']) {
      const label = name || 'Unknown'
      counts.set(label, (counts.get(label) ?? 0) + 1)
    }
  }
  return [...counts.entries()].map(([name, value]) => ({ name, value })).sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
}

const EVENT_STATUS_TAGS: Record<string, 'success' | 'warning' | 'danger' | 'info'> = {
  success: 'success', finished: 'success', warning: 'warning', process: 'warning', danger: 'danger', error: 'danger',
}

/** The Element Plus tag type (colour) of an event's `status`; unknown statuses are neutral. */
export function eventStatusTag(status: unknown): 'success' | 'warning' | 'danger' | 'info' {
  return EVENT_STATUS_TAGS[String(status ?? '').toLowerCase()] ?? 'info'
}
