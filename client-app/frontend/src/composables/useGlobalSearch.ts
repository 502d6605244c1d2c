import { ref } from 'vue'
import type { ApiClient } from '../api/client'
import { listForFamily } from '../entities/records'
import { FAMILY_VIEWS } from '../entities/lists'
import type { ListEnvelope } from './usePagedList'

const FAMILY_TITLE = new Map(FAMILY_VIEWS.map(([key, title]) => [key, title]))

/** One match of the top bar search: the record, and which record page shows it. */
export interface SearchHit {
  _id: string
  name: string
  kind: string
  list: string
  /** What matched when it was not the name (a server's hostname or IP). */
  matched?: string
}

/** One search request: a list route and the field it matches the text against ("contains", any case). */
const SEARCHED: { resource: string; list: string; kind: string; field: string }[] = [
  { resource: '/servers', list: 'servers', kind: 'server', field: 'name' },
  { resource: '/servers', list: 'servers', kind: 'server', field: 'hostname' },
  { resource: '/servers', list: 'servers', kind: 'server', field: 'ipv4_private' },
  { resource: '/servers', list: 'servers', kind: 'server', field: 'ipv4_public' },
  { resource: '/applications', list: 'applications', kind: 'application', field: 'name' },
  { resource: '/system', list: 'system', kind: 'system', field: 'name' },
  { resource: '/clients', list: 'clients', kind: 'client', field: 'name' },
]

type Found = { _id: string; name: string; family?: string } & Record<string, unknown>

/**
 * Search over servers (name, hostname, IPs), applications, systems and clients of the current tenant, 5 per request;
 * a record found by several fields is listed once. Applications open in their family's page.
 */
export function useGlobalSearch(api: ApiClient) {
  const term = ref('')

  async function find(text: string): Promise<SearchHit[]> {
    const answers = await Promise.allSettled(
      SEARCHED.map((searched) =>
        api.get<ListEnvelope<Found>>(searched.resource, { query: { query: JSON.stringify({ [searched.field]: text }), limit: 5 } }),
      ),
    )
    const hits = new Map<string, SearchHit>()
    answers.forEach((answer, index) => {
      if (answer.status !== 'fulfilled') return
      const searched = SEARCHED[index]
      for (const item of answer.value.items ?? []) {
        if (hits.has(item._id)) continue
        const list = searched.list === 'applications' ? listForFamily(item.family) : searched.list
        const kind = list === searched.list ? searched.kind : FAMILY_TITLE.get(list) ?? searched.kind
        const matched = searched.field === 'name' ? undefined : String(item[searched.field] ?? '')
        hits.set(item._id, { _id: item._id, name: item.name, kind, list, ...(matched ? { matched } : {}) })
      }
    })
    return [...hits.values()]
  }

  function suggest(text: string, callback: (hits: SearchHit[]) => void) {
    if (text.trim().length < 2) {
      callback([])
      return
    }
    find(text.trim()).then(callback, () => callback([]))
  }

  return { term, find, suggest }
}
