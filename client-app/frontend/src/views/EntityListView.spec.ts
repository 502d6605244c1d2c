// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ApiClient } from '../api/client'
import { LIST_DEFINITIONS } from '../entities/lists'
import { EventBus } from '../realtime/eventBus'
import { SERVICES, type Services } from '../services'
import EntityListView from './EntityListView.vue'

async function mountList(list: string, path: string, get: ReturnType<typeof vi.fn>) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/dashboard/:list', component: { template: '<div />' } }] })
  await router.push(path)
  const bus = new EventBus()
  const services = { api: { get } as unknown as ApiClient, bus } as unknown as Services
  const wrapper = mount(EntityListView, {
    props: { definition: LIST_DEFINITIONS.get(list)! },
    global: { plugins: [createPinia(), router], provide: { [SERVICES as symbol]: services } },
  })
  await flushPromises()
  return { wrapper, bus }
}

describe('entity list page', () => {
  it('loads the first page of servers with the filter from the link and shows the rows', async () => {
    const get = vi.fn(async () => ({
      found: 42,
      items: [{ _id: 's1', name: 'web-1', ipv4_private: '10.0.0.5', os: { base: 'Linux' }, datacenters: { name: 'aws-prod', provider: 'AWS' } }],
    }))
    const { wrapper } = await mountList('servers', '/dashboard/servers?name=web', get)

    expect(get).toHaveBeenCalledWith('/servers', {
      query: { limit: 20, page: 1, orderBy: 'updated_at', ascending: 0, query: '{"name":"web"}' },
    })
    const text = wrapper.text()
    expect(text).toContain('Servers')
    expect(text).toContain('42')
    expect(text).toContain('web-1')
    expect(text).toContain('10.0.0.5')
    expect(text).toContain('aws-prod')
  })

  it('asks for the family of a family view and reloads on its websocket event', async () => {
    const get = vi.fn(async () => ({ found: 0, items: [] }))
    const { bus } = await mountList('connections', '/dashboard/connections', get)
    expect(get).toHaveBeenCalledTimes(1)
    bus.emit('connections-update')
    await flushPromises()
    expect(get).toHaveBeenCalledTimes(2)

    const databases = vi.fn(async () => ({ found: 0, items: [] }))
    await mountList('databases', '/dashboard/databases', databases)
    expect(databases).toHaveBeenCalledWith('/applications', { query: expect.objectContaining({ family: 'Database' }) })
  })

  it('goes back to page 1 with what was typed in a column filter once typing pauses', async () => {
    const get = vi.fn(async () => ({ found: 90, items: [] }))
    const { wrapper } = await mountList('servers', '/dashboard/servers', get)
    await wrapper.find('.el-pager li[aria-label="page 3"]').trigger('click')
    await flushPromises()
    expect(get).toHaveBeenLastCalledWith('/servers', { query: expect.objectContaining({ page: 3 }) })

    const asked = get.mock.calls.length
    await wrapper.find('input[aria-label="Filter Name"]').setValue('web')
    expect(get).toHaveBeenCalledTimes(asked)
    await new Promise((resolve) => setTimeout(resolve, 400))
    await flushPromises()
    expect(get).toHaveBeenLastCalledWith('/servers', { query: { limit: 20, page: 1, orderBy: 'updated_at', ascending: 0, query: '{"name":"web"}' } })
    expect((wrapper.find('input[aria-label="Filter Name"]').element as HTMLInputElement).value).toBe('web')
  })

  it('shows the error sentence when the API fails', async () => {
    const get = vi.fn(async () => {
      throw new Error('The back-end service is down.')
    })
    const { wrapper } = await mountList('servers', '/dashboard/servers', get)
    expect(wrapper.text()).toContain('The back-end service is down.')
  })
})
