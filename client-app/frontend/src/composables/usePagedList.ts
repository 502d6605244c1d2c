import { getCurrentScope, onScopeDispose, reactive, ref, shallowRef } from 'vue'
import type { QueryValue } from '../api/client'

/** server-app's list envelope (Maestro 0.6 §2.2). */
export interface ListEnvelope<T> {
  found: number
  items: T[]
  limit?: number | string
  total_pages?: number
  current_page?: number | string
}

export interface ListState {
  page: number
  limit: number
  orderBy: string
  ascending: boolean
  /** Column filters: each non-blank value becomes a case-insensitive "contains" on the server. */
  filters: Record<string, string>
}

/** Query parameters of a list request: `limit, page, orderBy, ascending (1|0), query (JSON of filters)` + fixed filters. */
export function listQuery(state: ListState, fixed: Record<string, QueryValue> = {}): Record<string, QueryValue> {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  )
  return {
    ...fixed,
    limit: state.limit,
    page: state.page,
    orderBy: state.orderBy,
    ascending: state.ascending ? 1 : 0,
    query: Object.keys(filters).length ? JSON.stringify(filters) : undefined,
  }
}

/** How long typing in a filter box must pause before the server is asked. */
export const FILTER_PAUSE_MS = 350

export type ListFetcher<T> = (query: Record<string, QueryValue>) => Promise<ListEnvelope<T>>

/** The largest page server-app serves (`limit` 1 to 1000). */
export const MAX_LIMIT = 1000

/** Every item of a list, a largest page after another: the choices of a select, which no page size may cut short. */
export async function fetchWholeList<T>(fetcher: ListFetcher<T>, query: Record<string, QueryValue> = {}): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; ; page++) {
    const envelope = await fetcher({ ...query, limit: MAX_LIMIT, page })
    const pageItems = envelope?.items ?? []
    items.push(...pageItems)
    if (pageItems.length < MAX_LIMIT || items.length >= (envelope?.found ?? 0)) return items
  }
}

export interface PagedListOptions {
  limit?: number
  orderBy?: string
  ascending?: boolean
  filters?: Record<string, string>
  /** Exact-match parameters always sent (e.g. `family=Database` for a family view). */
  fixed?: Record<string, QueryValue>
}

/**
 * A server-side paginated, sorted and filtered list. Every change of page, sort or filter asks the server again;
 * an answer that arrives after a newer request was made is dropped.
 */
export function usePagedList<T>(fetcher: ListFetcher<T>, options: PagedListOptions = {}) {
  const state = reactive<ListState>({
    page: 1,
    limit: options.limit ?? 20,
    orderBy: options.orderBy ?? 'updated_at',
    ascending: options.ascending ?? false,
    filters: { ...(options.filters ?? {}) },
  })
  const items = shallowRef<T[]>([])
  const found = ref(0)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let latest = 0

  async function load() {
    const request = ++latest
    loading.value = true
    error.value = null
    try {
      const envelope = await fetcher(listQuery(state, options.fixed))
      if (request !== latest) return
      items.value = envelope?.items ?? []
      found.value = envelope?.found ?? 0
    } catch (failure) {
      if (request !== latest) return
      // Past the last page (rows deleted meanwhile) the server says 404: go back to the first page.
      if ((failure as { status?: number }).status === 404 && state.page > 1) {
        state.page = 1
        return load()
      }
      items.value = []
      found.value = 0
      error.value = failure instanceof Error ? failure.message : String(failure)
    } finally {
      if (request === latest) loading.value = false
    }
  }

  function setPage(page: number) {
    state.page = page
    return load()
  }

  function setLimit(limit: number) {
    state.limit = limit
    state.page = 1
    return load()
  }

  /** `null` order → back to the default (newest first). */
  function setSort(orderBy: string | null, ascending: boolean) {
    state.orderBy = orderBy ?? options.orderBy ?? 'updated_at'
    state.ascending = orderBy ? ascending : options.ascending ?? false
    state.page = 1
    return load()
  }

  /** An Element Plus table's `sort-change`: a column's order, or none (back to the default). */
  function sortChanged({ prop, order }: { prop: string | null; order: 'ascending' | 'descending' | null }) {
    return setSort(order ? prop : null, order === 'ascending')
  }

  function setFilter(key: string, value: string) {
    state.filters[key] = value
    state.page = 1
    return load()
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  /** A keystroke in a filter box: the box shows it at once, the server is asked once typing pauses. */
  function typeFilter(key: string, value: string) {
    state.filters[key] = value
    clearTimeout(typing)
    typing = setTimeout(() => setFilter(key, value), FILTER_PAUSE_MS)
  }
  // A list that is gone (its page left) must not ask the server once more.
  if (getCurrentScope()) onScopeDispose(() => clearTimeout(typing))

  return { state, items, found, loading, error, load, setPage, setLimit, setSort, sortChanged, setFilter, typeFilter }
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>
