// @vitest-environment jsdom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountWithServices, pageText } from '../../testing/mountWithServices'
import { choosePageSize, goToPage, pagers, pagerTotal, sortBy, typeFilter } from '../../testing/pager'
import ServicesCatalogue from './ServicesCatalogue.vue'

enableAutoUnmount(afterEach)

describe('services catalogue', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('pages, sorts and filters the services on the server with the shared pager', async () => {
    const get = vi.fn(async (path: string) => (path === '/services'
      ? { found: 230, items: [{ _id: 's1', name: 'PostgreSQL', family: ['Database'], tags: ['sql'], owner: false }] }
      : { items: [] }))
    await mountWithServices(ServicesCatalogue, { readonly: true }, { get })
    expect(get).toHaveBeenCalledWith('/services', { query: { limit: 20, page: 1, orderBy: 'name', ascending: 1, query: undefined } })
    expect(pageText()).toContain('PostgreSQL')
    const [pager] = pagers()
    expect(pagerTotal(pager)).toBe('Total 230')

    await goToPage(pager, 5)
    expect(get).toHaveBeenLastCalledWith('/services', { query: expect.objectContaining({ limit: 20, page: 5, orderBy: 'name', ascending: 1 }) })
    await sortBy('Name')
    expect(get).toHaveBeenLastCalledWith('/services', { query: expect.objectContaining({ page: 1, orderBy: 'name', ascending: 0 }) })
    await choosePageSize(pager, 100)
    expect(get).toHaveBeenLastCalledWith('/services', { query: expect.objectContaining({ limit: 100, page: 1, orderBy: 'name', ascending: 0 }) })
    await goToPage(pager, 3)
    expect(get).toHaveBeenLastCalledWith('/services', { query: expect.objectContaining({ limit: 100, page: 3, orderBy: 'name', ascending: 0 }) })
    await typeFilter('Filter by family', 'Data')
    expect(get).toHaveBeenLastCalledWith('/services', { query: { limit: 100, page: 1, orderBy: 'name', ascending: 0, query: '{"family":"Data"}' } })
  })
})
