// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ApiClient } from '../api/client'
import { RECORD_DEFINITIONS } from '../entities/records'
import { EventBus } from '../realtime/eventBus'
import { SERVICES, type Services } from '../services'
import { useSessionStore } from '../stores/session'
import RecordView from './RecordView.vue'

const server = {
  _id: 's1', name: 'web-1', hostname: 'web-1.example.com', ipv4_private: '10.0.0.5', os: { base: 'Linux' },
  datacenters: { _id: 'dc1', name: 'aws-prod', provider: 'AWS', region: 'us-east-1' },
  applications: [{ _id: 'a1', name: 'orders-db', family: 'Database' }],
  tags: [{ key: 'team', value: 'web' }],
  owner: { _id: 'owner', name: 'Ada' },
  roles: [{ _id: 'owner', refs: 'users', role: 7, name: 'Ada' }, { _id: 'reader', refs: 'users', role: 1, name: 'Bob' }],
}

async function mountRecord(userId: string, get = vi.fn(async () => server)) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().signIn('a.eyJfaWQiOiJ1MSJ9.b', { _id: userId, name: userId, email: `${userId}@example.com` })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
  const services = { api: { get } as unknown as ApiClient, bus: new EventBus(), config: { staticUrl: '' } } as unknown as Services
  const wrapper = mount(RecordView, {
    props: { definition: RECORD_DEFINITIONS.get('servers')!, id: 's1' },
    global: { plugins: [pinia, router], provide: { [SERVICES as symbol]: services } },
  })
  await flushPromises()
  return { wrapper, get }
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
    expect(buttons(wrapper)).toEqual(['Edit', 'Share', 'Delete'])
    expect(wrapper.find('[data-test="read-only"]').exists()).toBe(false)
  })

  it('gives a reader the record without edit, share or delete', async () => {
    const { wrapper } = await mountRecord('reader')
    expect(wrapper.text()).toContain('web-1.example.com')
    expect(buttons(wrapper)).toEqual([])
    expect(wrapper.find('[data-test="read-only"]').text()).toContain('You have read access to this server.')
  })

  it('says why a record cannot be shown', async () => {
    const { wrapper } = await mountRecord('owner', vi.fn(async () => {
      throw new Error('Not found.')
    }))
    expect(wrapper.text()).toContain('Not found.')
  })
})
