// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, type ApiClient } from '../api/client'
import { formFromSchema, type FormDefinition, type InventoryDescription } from '../entities/forms'
import registry from '../entities/inventory.fixture.json'
import { SERVICES, type Services } from '../services'
import RecordFormDialog from './RecordFormDialog.vue'

const datacenterForm = formFromSchema((registry.items as unknown as InventoryDescription[]).find((entity) => entity.route === '/datacenters')!.schema) as FormDefinition

function mountForm(api: Partial<ApiClient>, record?: Record<string, unknown>) {
  const get = vi.fn(async () => ({ items: [] }))
  const services = { api: { get, ...api } as unknown as ApiClient } as unknown as Services
  return mount(RecordFormDialog, {
    props: { modelValue: true, definition: datacenterForm, resource: '/datacenters', title: 'New datacenter', record },
    global: { plugins: [createPinia()], provide: { [SERVICES as symbol]: services } },
    attachTo: document.body,
  })
}

const saveButton = () => [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Save')!
/** Element Plus shows a field's error 100 ms after it is set. */
const settle = async () => {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 150))
}
const fieldError = (key: string) => document.querySelector(`[data-field="${key}"] .el-form-item__error`)?.textContent?.trim()

describe('record form', () => {
  it('refuses a missing required field before sending', async () => {
    const post = vi.fn()
    const wrapper = mountForm({ post })
    await flushPromises()
    saveButton().click()
    await settle()
    expect(post).not.toHaveBeenCalled()
    expect(fieldError('name')).toBe('Name is required')
    wrapper.unmount()
  })

  it('marks the field a 422 names, and shows other failures in words', async () => {
    const refusal = { err: { name: 'ValidatorError', errors: [{ message: '"provider" is required', path: ['provider'] }] } }
    const post = vi.fn(async () => {
      throw new ApiError('field provider: is required', 422, refusal)
    })
    const wrapper = mountForm({ post }, undefined)
    await flushPromises()
    const name = document.querySelector<HTMLInputElement>('[data-field="name"] input')!
    name.value = 'aws-prod'
    name.dispatchEvent(new Event('input'))
    // The provider check of the form is bypassed to see what the API's answer does.
    await wrapper.setProps({ definition: { fields: datacenterForm.fields.map((field) => ({ ...field, required: false })) } })
    saveButton().click()
    await settle()
    expect(post).toHaveBeenCalledWith('/datacenters', { name: 'aws-prod' })
    expect(fieldError('provider')).toBe('is required')

    post.mockImplementationOnce(async () => {
      throw new ApiError('You need write access to do this.', 403, {})
    })
    saveButton().click()
    await flushPromises()
    expect(document.body.textContent).toContain('You need write access to do this.')
    wrapper.unmount()
  })
})
