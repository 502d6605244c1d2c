// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import DependencyMakerView from './DependencyMakerView.vue'

enableAutoUnmount(afterEach)

const SHOP = { _id: 's1', name: 'Shop', entry: [{ _id: 'a1', name: 'web', family: 'Application' }] }
const STORED: Record<string, unknown> = {
  '/applications/a1': { _id: 'a1', name: 'web', deps: [{ _id: 'a2', name: 'api', family: 'Application' }] },
  '/applications/a2': { _id: 'a2', name: 'api', deps: [{ _id: 'd1', name: 'orders-db', family: 'Database', environment: 'Production' }] },
  '/applications/d1': { _id: 'd1', name: 'orders-db', deps: [] },
}

describe('dependency maker', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('starts from the entry points of the chosen system with the stored dependencies, and saves the whole tree', async () => {
    const get = vi.fn(async (path: string) => STORED[path])
    const post = vi.fn(async () => ({ matched: 4, modified: 1 }))
    const { wrapper } = await mountWithServices(DependencyMakerView, {}, { get, post })

    // What choosing "Shop" in the systems picker does.
    wrapper.findComponent({ name: 'RecordPicker' }).vm.$emit('update:modelValue', [SHOP])
    await flushPromises()
    expect(pageText()).toContain('web')
    expect(pageText()).toContain('api')
    expect(pageText()).toContain('orders-db')

    buttonsNamed('Save the tree')[0].click()
    await flushPromises()
    expect(post).toHaveBeenCalledWith('/applications/deps', {
      tree: {
        root: [{ _id: 'a1', name: 'web', family: 'Application' }],
        a1: [{ _id: 'a2', name: 'api', family: 'Application' }],
        a2: [{ _id: 'd1', name: 'orders-db', family: 'Database', environment: 'Production' }],
        d1: [],
      },
      systems: [{ _id: 's1', name: 'Shop' }],
    })
  })
})
