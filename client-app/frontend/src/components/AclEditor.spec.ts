// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import type { AclEntry } from '../entities/permissions'
import { SERVICES, type Services } from '../services'
import AclEditor from './AclEditor.vue'

const owner: AclEntry = { _id: 'u1', refs: 'users', role: 7, name: 'Ada', email: 'ada@example.com' }

function mountEditor(api: Record<string, unknown>, canManage = true) {
  const services = { api: { get: vi.fn(async () => ({ items: [] })), ...api } as unknown as ApiClient } as unknown as Services
  return mount(AclEditor, {
    props: { base: '/servers/s1', segment: 'roles', canManage, allowTeams: false, entries: [owner] },
    global: { plugins: [createPinia()], provide: { [SERVICES as symbol]: services } },
  })
}

async function addByEmail(wrapper: ReturnType<typeof mountEditor>, email: string) {
  await wrapper.find('input[aria-label="E-mail of the user to add"]').setValue(email)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('sharing editor', () => {
  it('looks a user up by e-mail and adds them with the chosen role', async () => {
    const bob = { _id: 'u2', name: 'Bob', email: 'bob@example.com' }
    const get = vi.fn(async () => ({ items: [bob] }))
    const post = vi.fn(async () => ({ items: [owner, { ...bob, refs: 'users', role: 1 }] }))
    const wrapper = mountEditor({ get, post })
    await addByEmail(wrapper, ' Bob@Example.com ')

    expect(get).toHaveBeenCalledWith('/users', { query: { email: 'bob@example.com', limit: 1 } })
    expect(post).toHaveBeenCalledWith('/servers/s1/roles', { id: 'u2', refs: 'users', role: '1', name: 'Bob', email: 'bob@example.com' })
    expect(wrapper.emitted('update:entries')?.[0]?.[0]).toHaveLength(2)
  })

  it('says when no user has that e-mail, and what the API refused', async () => {
    const post = vi.fn(async () => {
      throw new Error('This user already has a role on the record.')
    })
    const get = vi.fn(async () => ({ items: [] as unknown[] }))
    const wrapper = mountEditor({ get, post })
    await addByEmail(wrapper, 'nobody@example.com')
    expect(wrapper.text()).toContain('No user has the e-mail nobody@example.com.')
    expect(post).not.toHaveBeenCalled()

    get.mockResolvedValueOnce({ items: [{ _id: 'u1', name: 'Ada', email: 'ada@example.com' }] })
    await addByEmail(wrapper, 'ada@example.com')
    expect(wrapper.text()).toContain('This user already has a role on the record.')
  })

  it('shows roles without controls to someone who cannot manage them', async () => {
    const wrapper = mountEditor({}, false)
    await flushPromises()
    expect(wrapper.text()).toContain('Admin')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
