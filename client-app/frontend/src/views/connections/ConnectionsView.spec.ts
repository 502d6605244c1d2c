// @vitest-environment jsdom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountWithServices, pageText } from '../../testing/mountWithServices'
import { choosePageSize, goToPage, pagers, pagerTotal, sortBy, typeFilter } from '../../testing/pager'
import ConnectionsView from './ConnectionsView.vue'

enableAutoUnmount(afterEach)

describe('connections page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('pages, sorts and filters on the server with the shared pager', async () => {
    const get = vi.fn(async () => ({ found: 142, items: [{ _id: 'c1', name: 'aws-prod', provider: 'AWS', status: 'enabled' }] }))
    await mountWithServices(ConnectionsView, {}, { get })
    expect(get).toHaveBeenLastCalledWith('/connections', { query: { limit: 20, page: 1, orderBy: 'updated_at', ascending: 0, query: undefined } })
    expect(pageText()).toContain('aws-prod')
    const [pager] = pagers()
    expect(pagerTotal(pager)).toBe('Total 142')

    await sortBy('Name')
    expect(get).toHaveBeenLastCalledWith('/connections', { query: expect.objectContaining({ page: 1, orderBy: 'name', ascending: 1 }) })
    await goToPage(pager, 3)
    expect(get).toHaveBeenLastCalledWith('/connections', { query: expect.objectContaining({ limit: 20, page: 3, orderBy: 'name', ascending: 1 }) })
    await choosePageSize(pager, 50)
    expect(get).toHaveBeenLastCalledWith('/connections', { query: expect.objectContaining({ limit: 50, page: 1, orderBy: 'name', ascending: 1 }) })

    await goToPage(pager, 2)
    await typeFilter('Filter by name', 'aws')
    expect(get).toHaveBeenLastCalledWith('/connections', { query: { limit: 50, page: 1, orderBy: 'name', ascending: 1, query: '{"name":"aws"}' } })
  })
})
