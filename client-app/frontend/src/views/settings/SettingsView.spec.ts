// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import { useOptionsStore } from '../../stores/options'
import SettingsView from './SettingsView.vue'

enableAutoUnmount(afterEach)

const ENV = { _id: 'o1', key: 'env_options', value: { environment: ['Production', 'Staging'] } }

function api(admin: boolean) {
  return {
    get: vi.fn(async (path: string) => (path === '/me' ? { _id: 'u1', admin } : { found: 1, items: [ENV] })),
    patch: vi.fn(async (_path: string, body: unknown) => ({ _id: 'o1', ...(body as object) })),
  }
}

async function openOption() {
  ;(document.body.querySelector('.el-collapse-item__header') as HTMLElement).click()
  await flushPromises()
}

describe('settings page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lets an administrator add a value to a list, saves the whole option and offers it in the forms', async () => {
    const fake = api(true)
    await mountWithServices(SettingsView, {}, fake)
    await openOption()
    expect(pageText()).not.toContain('Only a Maestro administrator')
    expect(pageText()).toContain('Staging')

    const input = document.body.querySelector('input[aria-label="New environment"]') as HTMLInputElement
    input.value = 'UTA'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    buttonsNamed('Add')[0].click()
    await flushPromises()
    buttonsNamed('Save env_options')[0].click()
    await flushPromises()
    expect(fake.patch).toHaveBeenCalledWith('/adminer/o1', { key: 'env_options', value: { environment: ['Production', 'Staging', 'UTA'] } })
    expect(useOptionsStore().adminer.env_options).toEqual({ environment: ['Production', 'Staging', 'UTA'] })
  })

  it('shows settings read-only, with the reason, to everyone else', async () => {
    const fake = api(false)
    await mountWithServices(SettingsView, {}, fake)
    await openOption()
    expect(pageText()).toContain('Only a Maestro administrator can change settings')
    expect(pageText()).toContain('Production')
    expect(document.body.querySelector('input[aria-label="New environment"]')).toBeNull()
    expect(buttonsNamed('Save env_options')).toHaveLength(0)
  })
})
