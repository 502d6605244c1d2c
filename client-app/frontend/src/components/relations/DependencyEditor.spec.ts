// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import DependencyEditor from './DependencyEditor.vue'

enableAutoUnmount(afterEach)

const APP = { _id: 'a1', name: 'shop', deps: [{ _id: 'd1', name: 'orders-db', family: 'Database', endpoint: 'tcp://orders-db:5432' }] }

function fakeApi() {
  return {
    get: vi.fn(async () => ({ found: 1, items: [{ _id: 'o1', key: 'application_options', value: { families: ['Application', 'Database', 'Cache'] } }] })),
    put: vi.fn(async (_path: string, body: Record<string, unknown>) => ({ items: [{ _id: 'd1', ...body }] })),
    delete: vi.fn(async () => undefined),
  }
}

describe('dependency editor', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lists the dependencies and changes one with PUT, keeping the new list', async () => {
    const api = fakeApi()
    const { wrapper } = await mountWithServices(DependencyEditor, { application: APP }, api)
    expect(pageText()).toContain('orders-db')
    expect(pageText()).toContain('tcp://orders-db:5432')

    ;(document.body.querySelector('button[aria-label="Change orders-db"]') as HTMLElement).click()
    await flushPromises()
    const endpoint = document.body.querySelector('input[placeholder="e.g. tcp://orders-db:5432"]') as HTMLInputElement
    expect(endpoint.value).toBe('tcp://orders-db:5432')
    endpoint.value = 'tcp://orders-db-2:5432'
    endpoint.dispatchEvent(new Event('input'))
    await flushPromises()
    buttonsNamed('Save')[0].click()
    await flushPromises()

    expect(api.put).toHaveBeenCalledWith('/applications/a1/deps/d1', { name: 'orders-db', family: 'Database', endpoint: 'tcp://orders-db-2:5432' })
    expect(wrapper.emitted('changed')?.[0]).toEqual([[{ _id: 'd1', name: 'orders-db', family: 'Database', endpoint: 'tcp://orders-db-2:5432' }]])
    expect(pageText()).toContain('tcp://orders-db-2:5432')
  })

  it('hides the editing buttons from a reader', async () => {
    await mountWithServices(DependencyEditor, { application: APP, readonly: true }, fakeApi())
    expect(pageText()).toContain('orders-db')
    expect(buttonsNamed('Add dependency')).toHaveLength(0)
    expect(document.body.querySelector('button[aria-label="Change orders-db"]')).toBeNull()
  })
})
