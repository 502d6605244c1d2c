import { scopedPath } from '../api/client'

/** What a map starts from, as server-app stores it: `tab` 0, 1 or 2 and the list of the same name. */
export const MAP_SOURCES = [
  { tab: 0, field: 'clients', entity: 'clients', label: 'Clients' },
  { tab: 1, field: 'systems', entity: 'system', label: 'Systems' },
  { tab: 2, field: 'apps', entity: 'applications', label: 'Applications' },
] as const

export type MapSource = (typeof MAP_SOURCES)[number]

export const DOWNLOADS = [
  { ext: 'svg', label: 'SVG' },
  { ext: 'png', label: 'PNG' },
  { ext: 'drawio', label: 'draw.io' },
  { ext: 'mmd', label: 'Mermaid' },
] as const

/** `POST /graphs` body of a new business map. */
export function newMapBody(name: string, source: MapSource, picked: { _id: string; name?: unknown }[]) {
  return {
    name,
    type: 'bussiness',
    tab: source.tab,
    [source.field]: picked.map((record) => ({ _id: record._id, name: String(record.name ?? '') })),
  }
}

/**
 * A file of a map at analytics-front, opened with a view token (never the session token: compatibility.md S13):
 * `<analytics>/graphs/<id>?view=<token>[&ext=<ext>]`, under `/teams/<team>` for a team's map.
 */
export function mapFileUrl(analyticsUrl: string, graphId: string, teamId: string | null, viewToken: string, ext?: string) {
  const params = new URLSearchParams({ view: viewToken })
  if (ext) params.set('ext', ext)
  return `${analyticsUrl}${scopedPath(`/graphs/${encodeURIComponent(graphId)}`, teamId)}?${params.toString()}`
}

/** The public link of a shared map (0.6: `<analytics_url>/graphs/public/<id>?token=<token>`). */
export function publicLink(analyticsUrl: string, graphId: string, token: string) {
  return `${analyticsUrl}/graphs/public/${encodeURIComponent(graphId)}?token=${encodeURIComponent(token)}`
}

/** The tag colour of a graph's status. */
export function statusType(status: unknown): 'success' | 'warning' | 'danger' | 'info' {
  if (status === 'finished') return 'success'
  if (status === 'warning') return 'warning'
  if (status === 'error' || status === 'danger') return 'danger'
  return 'info'
}
