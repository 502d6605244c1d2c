import type { ApiClient } from '../api/client'
import type { ListEnvelope } from '../composables/usePagedList'
import type { AuditRow } from './diff'

/** The audited entities whose history the dashboard shows (their server-app route segment) and their names. */
export const HISTORY_ENTITIES: Record<string, string> = {
  servers: 'Server', applications: 'Application', system: 'System', clients: 'Client', datacenters: 'Datacenter',
  volumes: 'Volume', images: 'Image', snapshots: 'Snapshot', network: 'Network', flavors: 'Flavor', reports: 'Report',
  scheduler: 'Scheduler job', events: 'Event', graphs: 'Graph', projects: 'Project', teams: 'Team',
}

/** A past version as `GET R/:id/history/:rowId` returns it: the document's fields and `_version`. */
export interface PastVersion {
  _version?: { _id: string; user?: string; created_at?: string; changes?: Record<string, unknown> }
  [field: string]: unknown
}

/** The history routes of one record (docs/audit-app.md "server-app's history routes"); team-aware via the client. */
export function historyApi(api: ApiClient, entity: string, id: string) {
  const base = `/${entity}/${encodeURIComponent(id)}`
  return {
    record: () => api.get<Record<string, unknown>>(base),
    rows: () => api.get<ListEnvelope<AuditRow>>(`${base}/audit`, { query: { limit: 20000 } }),
    version: (rowId: string) => api.get<PastVersion>(`${base}/history/${encodeURIComponent(rowId)}`),
    diff: (from: string, to: string) => api.get<{ from: string; to: string; body: Record<string, unknown> }>(`${base}/diff`, { query: { from, to } }),
    revert: (rowId: string) => api.post<Record<string, unknown>>(`${base}/revert/${encodeURIComponent(rowId)}`),
  }
}

/** A past version's fields as they were, without the bookkeeping (`_version`, `_links`). */
export function versionFields(version: PastVersion): Record<string, unknown> {
  const { _version: _meta, _links: _links, ...fields } = version
  return fields
}
