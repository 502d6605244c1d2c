import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import type { QueryValue } from '../api/client'
import { fetchWholeList, FILTER_PAUSE_MS, listQuery, MAX_LIMIT, usePagedList, type ListEnvelope } from './usePagedList'

type Query = Record<string, QueryValue>

describe('server-side paginated list', () => {
  it('sends limit, page, orderBy, ascending and the non-blank filters as query JSON', () => {
    expect(listQuery({ page: 3, limit: 50, orderBy: 'name', ascending: true, filters: { name: ' web ', os: '' } }, { family: 'Database' }))
      .toEqual({ family: 'Database', limit: 50, page: 3, orderBy: 'name', ascending: 1, query: '{"name":"web"}' })
    expect(listQuery({ page: 1, limit: 20, orderBy: 'updated_at', ascending: false, filters: {} }).query).toBeUndefined()
  })

  it('reads found and items, and asks again on page, sort and filter changes', async () => {
    const fetcher = vi.fn(async (query: Query): Promise<ListEnvelope<{ name: string }>> => ({
      found: 45,
      items: [{ name: `page ${query.page}` }],
    }))
    const list = usePagedList(fetcher, { fixed: { family: 'Cache' } })
    await list.load()
    expect(list.found.value).toBe(45)
    expect(list.items.value).toEqual([{ name: 'page 1' }])
    expect(fetcher).toHaveBeenLastCalledWith({ family: 'Cache', limit: 20, page: 1, orderBy: 'updated_at', ascending: 0, query: undefined })

    await list.setPage(3)
    expect(list.items.value).toEqual([{ name: 'page 3' }])

    await list.setSort('name', true)
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ orderBy: 'name', ascending: 1, page: 1 }))

    await list.setSort(null, false)
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ orderBy: 'updated_at', ascending: 0 }))

    await list.setPage(2)
    await list.setFilter('os.base', 'linux')
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1, query: '{"os.base":"linux"}' }))

    await list.setLimit(100)
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ limit: 100, page: 1 }))
  })

  it('keeps only the answer to the latest request', async () => {
    const resolvers: ((envelope: ListEnvelope<string>) => void)[] = []
    const list = usePagedList<string>(() => new Promise((resolve) => resolvers.push(resolve)))
    const first = list.load()
    const second = list.setFilter('name', 'b')
    resolvers[1]({ found: 1, items: ['new'] })
    resolvers[0]({ found: 9, items: ['stale'] })
    await Promise.all([first, second])
    expect(list.items.value).toEqual(['new'])
    expect(list.found.value).toBe(1)
    expect(list.loading.value).toBe(false)
  })

  it('shows the error in words and empties the table', async () => {
    const list = usePagedList(async () => {
      throw Object.assign(new Error('The back-end service is down.'), { status: 503 })
    })
    await list.load()
    expect(list.error.value).toBe('The back-end service is down.')
    expect(list.items.value).toEqual([])
  })

  it('goes back to the first page when the page asked for no longer exists (404)', async () => {
    const fetcher = vi.fn(async (query: Query) => {
      if (query.page !== 1) throw Object.assign(new Error('Data not found'), { status: 404 })
      return { found: 3, items: ['a', 'b', 'c'] }
    })
    const list = usePagedList(fetcher)
    await list.setPage(4)
    expect(list.state.page).toBe(1)
    expect(list.items.value).toEqual(['a', 'b', 'c'])
    expect(list.error.value).toBeNull()
  })

  describe('typing in a filter box', () => {
    afterEach(() => { vi.useRealTimers() })

    it('asks once typing pauses, for page 1 with every box as typed, and not after the list is gone', async () => {
      vi.useFakeTimers()
      const fetcher = vi.fn(async () => ({ found: 0, items: [] }))
      const scope = effectScope()
      const list = scope.run(() => usePagedList(fetcher, { filters: { name: '', family: '' } }))!
      await list.setPage(3)
      fetcher.mockClear()

      list.typeFilter('name', 'we')
      list.typeFilter('name', 'web')
      list.typeFilter('family', 'Data')
      expect(list.state.filters).toEqual({ name: 'web', family: 'Data' })
      await vi.advanceTimersByTimeAsync(FILTER_PAUSE_MS - 1)
      expect(fetcher).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      expect(fetcher).toHaveBeenCalledOnce()
      expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1, query: '{"name":"web","family":"Data"}' }))

      list.typeFilter('name', 'db')
      scope.stop()
      await vi.advanceTimersByTimeAsync(FILTER_PAUSE_MS)
      expect(fetcher).toHaveBeenCalledOnce()
    })
  })

  it('reads a whole list page after page, so that a select of 2,500 datacenters offers the last one too', async () => {
    const names = Array.from({ length: 2500 }, (_, index) => ({ name: `dc-${index + 1}` }))
    const fetcher = vi.fn(async (query: Query): Promise<ListEnvelope<{ name: string }>> => {
      const start = (Number(query.page) - 1) * Number(query.limit)
      return { found: names.length, items: names.slice(start, start + Number(query.limit)) }
    })
    const all = await fetchWholeList(fetcher, { orderBy: 'name', ascending: 1 })
    expect(all).toHaveLength(2500)
    expect(all.at(-1)).toEqual({ name: 'dc-2500' })
    expect(fetcher.mock.calls.map(([query]) => query)).toEqual([1, 2, 3].map((page) => ({ orderBy: 'name', ascending: 1, limit: MAX_LIMIT, page })))
  })

  it('stops after a page shorter than the largest, even when found says more (rows deleted meanwhile)', async () => {
    const fetcher = vi.fn(async (): Promise<ListEnvelope<{ name: string }>> => ({ found: 5, items: [{ name: 'only' }] }))
    expect(await fetchWholeList(fetcher)).toEqual([{ name: 'only' }])
    expect(fetcher).toHaveBeenCalledTimes(1)
  })
})
