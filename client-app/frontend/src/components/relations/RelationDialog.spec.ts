// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import RelationDialog from './RelationDialog.vue'

const SERVER = { _id: 's1', name: 'web-1', applications: [{ _id: 'a1', name: 'api' }, { _id: 'a2', name: 'shop' }] }

enableAutoUnmount(afterEach)

describe('relation dialog', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('shows what a server runs and unlinks an application through its route', async () => {
    const del = vi.fn(async () => undefined)
    const patch = vi.fn(async () => ({}))
    const { wrapper } = await mountWithServices(RelationDialog,
      { entity: 'servers', other: 'applications', record: SERVER, modelValue: true }, { get: vi.fn(), delete: del, patch })

    expect(pageText()).toContain('api')
    expect(pageText()).toContain('shop')
    const shop = [...document.body.querySelectorAll('.el-tag')].find((tag) => tag.textContent?.includes('shop'))!
    ;(shop.querySelector('.el-tag__close') as HTMLElement).click()
    await flushPromises()
    expect(pageText()).toContain('0 to link, 1 to unlink')

    buttonsNamed('Save')[0].click()
    await flushPromises()
    expect(del).toHaveBeenCalledWith('/applications/a2/servers', { body: { id: ['s1'] } })
    expect(patch).not.toHaveBeenCalled()
    expect(wrapper.emitted('saved')?.[0]).toEqual([[{ _id: 'a1', name: 'api' }]])
  })

  it('says why saving failed, in words', async () => {
    const del = vi.fn(async () => {
      throw new Error('You need write access: shop')
    })
    await mountWithServices(RelationDialog,
      { entity: 'servers', other: 'applications', record: SERVER, modelValue: true }, { get: vi.fn(), delete: del })
    const api = [...document.body.querySelectorAll('.el-tag')].find((tag) => tag.textContent?.includes('api'))!
    ;(api.querySelector('.el-tag__close') as HTMLElement).click()
    await flushPromises()
    buttonsNamed('Save')[0].click()
    await flushPromises()
    expect(pageText()).toContain('You need write access: shop')
  })
})
