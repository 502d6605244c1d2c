// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountWithServices, pageText } from '../../testing/mountWithServices'
import EventsView from './EventsView.vue'

enableAutoUnmount(afterEach)

describe('events page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lists events newest first with their status and filters them by context', async () => {
    const get = vi.fn(async () => ({ found: 1, items: [{ _id: 'e1', msg: 'Sync failed: AccessDenied', context: 'discovery', status: 'danger', created_at: '2026-11-02T10:00:00Z' }] }))
    await mountWithServices(EventsView, {}, { get })
    expect(get).toHaveBeenCalledWith('/events', { query: { limit: 20, page: 1, orderBy: 'updated_at', ascending: 0, query: undefined } })
    expect(pageText()).toContain('Sync failed: AccessDenied')
    expect(document.body.querySelector('.el-tag--danger')?.textContent).toBe('danger')

    const context = document.body.querySelector('input[aria-label="Filter by context"]') as HTMLInputElement
    context.value = 'discovery'
    context.dispatchEvent(new Event('input'))
    await new Promise((resolve) => setTimeout(resolve, 400))
    await flushPromises()
    expect(get).toHaveBeenLastCalledWith('/events', { query: expect.objectContaining({ query: '{"context":"discovery"}' }) })
  })
})
