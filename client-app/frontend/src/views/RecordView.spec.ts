// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ApiClient } from '../api/client'
import type { InventoryDescription } from '../entities/forms'
import registry from '../entities/inventory.fixture.json'
import { RECORD_DEFINITIONS } from '../entities/records'
import { EventBus } from '../realtime/eventBus'
import { SERVICES, type Services } from '../services'
import { goToPage, pagerTotal } from '../testing/pager'
import { useSessionStore } from '../stores/session'
import RelationDialog from '../components/relations/RelationDialog.vue'
import RecordView from './RecordView.vue'

const server = {
  _id: 's1', name: 'web-1', hostname: 'web-1.example.com', ipv4_private: '10.0.0.5', os: { base: 'Linux' },
  datacenters: { _id: 'dc1', name: 'aws-prod', provider: 'AWS', region: 'us-east-1' },
  applications: [{ _id: 'a1', name: 'orders-db', family: 'Database' }],
  tags: [{ key: 'team', value: 'web' }],
  owner: { _id: 'owner', name: 'Ada' },
  roles: [{ _id: 'owner', refs: 'users', role: 7, name: 'Ada' }, { _id: 'reader', refs: 'users', role: 1, name: 'Bob' }],
}

async function mountRecord(userId: string, get: ReturnType<typeof vi.fn> = vi.fn(async () => server), list = 'servers') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().signIn('a.eyJfaWQiOiJ1MSJ9.b', { _id: userId, name: userId, email: `${userId}@example.com` })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
  // The edit form comes from server-app's registry; every other call is the test's.
  const answer = async (path: string, ...rest: unknown[]) => path.startsWith('/inventory/')
    ? (registry.items as unknown as InventoryDescription[]).find((entity) => entity.route === path.slice('/inventory'.length))
    : (get as (...args: unknown[]) => Promise<unknown>)(path, ...rest)
  const services = { api: { get: answer } as unknown as ApiClient, bus: new EventBus(), config: { staticUrl: '' } } as unknown as Services
  const wrapper = mount(RecordView, {
    props: { definition: RECORD_DEFINITIONS.get(list)!, id: 's1' },
    global: { plugins: [pinia, router], provide: { [SERVICES as symbol]: services } },
  })
  await flushPromises()
  return { wrapper, get, router }
}

const buttons = (wrapper: Awaited<ReturnType<typeof mountRecord>>['wrapper']) =>
  wrapper.find('[data-test="record-actions"]').findAll('button').map((button) => button.text())

describe('record page', () => {
  beforeEach(() => localStorage.clear())

  it('shows the record in sections with links to related records, and every action to its admin', async () => {
    const { wrapper, get } = await mountRecord('owner')
    expect(get).toHaveBeenCalledWith('/servers/s1')
    const text = wrapper.text()
    expect(text).toContain('web-1.example.com')
    expect(text).toContain('team: web')
    const links = wrapper.findAll('a').map((link) => link.attributes('href'))
    expect(links).toContain('/dashboard/datacenters/single/dc1')
    expect(links).toContain('/dashboard/databases/single/a1')
    expect(buttons(wrapper)).toEqual(['Edit', 'Applications', 'Share', 'Delete', 'History'])
    expect(wrapper.find('[data-test="read-only"]').exists()).toBe(false)
  })

  it('says when discovery first and last saw a discovered record, and nothing of it for others', async () => {
    const discovered = { ...server, first_seen_at: '2026-03-01T08:00:00.000Z', last_seen_at: '2026-12-06T21:30:00.000Z' }
    const { wrapper } = await mountRecord('owner', vi.fn(async () => discovered))
    expect(wrapper.text()).toContain('First seen')
    expect(wrapper.text()).toContain('Last seen')
    const { wrapper: typed } = await mountRecord('owner')
    expect(typed.text()).not.toContain('First seen')
  })

  it('gives a reader the record without edit, share or delete', async () => {
    const { wrapper } = await mountRecord('reader')
    expect(wrapper.text()).toContain('web-1.example.com')
    expect(buttons(wrapper)).toEqual(['History'])
    expect(wrapper.find('[data-test="read-only"]').text()).toContain('You have read access to this server.')
  })

  const withRole = (role: number) => ({ ...server, roles: [{ _id: 'u', refs: 'users', role, name: 'U' }] })

  it.each([
    ['applications', 7, ['Edit', 'Servers', 'Systems', 'Dependencies', 'Share', 'Delete', 'History']],
    ['databases', 3, ['Edit', 'Servers', 'Systems', 'Dependencies', 'History']],
    ['system', 3, ['Edit', 'Applications', 'Clients', 'History']],
    ['clients', 7, ['Edit', 'Systems', 'Share', 'Delete', 'History']],
    ['datacenters', 7, ['Edit', 'Share', 'Delete', 'History']],
    ['databases', 1, ['History']],
    ['flavors_public', 7, []],
  ])('offers on a record of %s with role %i: %j', async (list, role, expected) => {
    const { wrapper } = await mountRecord('u', vi.fn(async () => withRole(role)), list)
    expect(buttons(wrapper)).toEqual(expected)
  })

  it('opens the history of the record', async () => {
    const { wrapper, router } = await mountRecord('owner')
    await wrapper.find('[data-test="history"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/dashboard/tracking/track/single/servers/s1')
  })

  it('links a server with an application and reloads the record to show the link', async () => {
    const linked = { ...server, applications: [...server.applications, { _id: 'a2', name: 'billing' }] }
    const get = vi.fn(async (path: string) => {
      if (path === '/applications') return { found: 1, items: [{ _id: 'a2', name: 'billing', family: 'Application' }] }
      return get.mock.calls.filter(([called]) => called === '/servers/s1').length > 1 ? linked : server
    })
    const { wrapper } = await mountRecord('owner', get)
    await wrapper.find('[data-test="relation-applications"]').trigger('click')
    await flushPromises()
    const dialog = wrapper.findComponent(RelationDialog)
    expect(dialog.props()).toMatchObject({ entity: 'servers', other: 'applications', modelValue: true })
    dialog.vm.$emit('saved', [{ _id: 'a2', name: 'billing' }])
    await flushPromises()
    expect(get.mock.calls.filter(([called]) => called === '/servers/s1')).toHaveLength(2)
    expect(wrapper.findAll('a').map((link) => link.attributes('href'))).toContain('/dashboard/applications/single/a2')
  })

  it('says why a record cannot be shown', async () => {
    const { wrapper } = await mountRecord('owner', vi.fn(async () => {
      throw new Error('Not found.')
    }))
    expect(wrapper.text()).toContain('Not found.')
  })

  it('pages through the servers added by hand to a datacenter with the shared pager', async () => {
    const servers = Array.from({ length: 130 }, (_, index) => ({ _id: `s${index + 1}`, name: `hand-${index + 1}` }))
    const get = vi.fn(async (path: string, options?: { query: Record<string, unknown> }) => {
      if (!path.endsWith('/orphans')) return { _id: 's1', name: 'aws-prod', provider: 'AWS' }
      const start = (Number(options!.query.page) - 1) * Number(options!.query.limit)
      return { found: servers.length, items: servers.slice(start, start + Number(options!.query.limit)) }
    })
    const { wrapper } = await mountRecord('owner', get, 'datacenters')
    const orphans = wrapper.find('[data-test="orphans"]')
    const pager = wrapper.find('.mae-pagination').element as HTMLElement
    expect(pagerTotal(pager)).toBe('Total 130')
    expect(orphans.text()).toContain('hand-20')
    expect(orphans.text()).not.toContain('hand-21')

    await goToPage(pager, 2)
    expect(get).toHaveBeenLastCalledWith('/datacenters/s1/orphans', { query: expect.objectContaining({ page: 2 }) })
    expect(orphans.text()).toContain('hand-21')
    expect(orphans.text()).not.toContain('hand-20')
  })
})
