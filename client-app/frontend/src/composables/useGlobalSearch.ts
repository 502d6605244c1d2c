import { ref } from 'vue'
import type { ApiClient } from '../api/client'
import { FAMILY_VIEWS } from '../entities/lists'
import type { ListEnvelope } from './usePagedList'

const FAMILY_LIST = new Map(FAMILY_VIEWS.map(([key, title, family]) => [family, { key, title }]))

/** One match of the top bar search: which list page shows it. */
export interface SearchHit {
  name: string
  kind: string
  list: string
}

const SEARCHED: { resource: string; list: string; kind: string }[] = [
  { resource: '/servers', list: 'servers', kind: 'server' },
  { resource: '/applications', list: 'applications', kind: 'application' },
  { resource: '/system', list: 'system', kind: 'system' },
  { resource: '/clients', list: 'clients', kind: 'client' },
]

/** Name search over servers, applications, systems and clients of the current tenant (5 of each). */
export function useGlobalSearch(api: ApiClient) {
  const term = ref('')

  async function find(text: string): Promise<SearchHit[]> {
    const query = JSON.stringify({ name: text })
    const answers = await Promise.allSettled(
      SEARCHED.map((searched) =>
        api.get<ListEnvelope<{ name: string; family?: string }>>(searched.resource, { query: { query, limit: 5 } }),
      ),
    )
    return answers.flatMap((answer, index) => {
      if (answer.status !== 'fulfilled') return []
      const searched = SEARCHED[index]
      return (answer.value.items ?? []).map((item) => {
        // An application of another family is shown by that family's page.
        const family = item.family ? FAMILY_LIST.get(item.family) : undefined
        return family
          ? { name: item.name, kind: family.title, list: family.key }
          : { name: item.name, kind: searched.kind, list: searched.list }
      })
    })
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
