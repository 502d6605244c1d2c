// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../../api/client'
import { mountWithServices, pageText } from '../../testing/mountWithServices'
import RecentEvents from './RecentEvents.vue'

enableAutoUnmount(afterEach)

function router() {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
}

describe('recent events panel', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('shows the ten latest events with coloured statuses and links to the events page', async () => {
    const get = vi.fn(async () => ({
      found: 2,
      items: [
        { _id: 'e2', msg: 'Sync failed: AccessDenied', context: 'discovery', status: 'danger', created_at: '2026-11-02T10:00:00Z' },
        { _id: 'e1', msg: 'Report ready', context: 'reports', status: 'finished', created_at: '2026-11-02T09:00:00Z' },
      ],
    }))
    await mountWithServices(RecentEvents, {}, { get }, { router: router() })

    expect(get).toHaveBeenCalledWith('/events', { query: { limit: 10, orderBy: 'created_at', ascending: 0 } })
    const rows = [...document.body.querySelectorAll('.mae-recent-row')]
    expect(rows.map((row) => row.querySelector('.mae-recent-msg')?.textContent)).toEqual(['Sync failed: AccessDenied', 'Report ready'])
    expect(rows[0].querySelector('.el-tag--danger')?.textContent?.trim()).toBe('danger')
    expect(rows[1].querySelector('.el-tag--success')?.textContent?.trim()).toBe('finished')
    expect(rows[0].textContent).toContain('discovery')
    expect(document.body.querySelector('a[href="/dashboard/events"]')?.textContent).toBe('All events')
  })

  it('says in words why the events could not be loaded', async () => {
    const get = vi.fn(async () => { throw new ApiError('The back-end service is down.', 503, undefined) })
    await mountWithServices(RecentEvents, {}, { get }, { router: router() })

    expect(document.body.querySelector('[data-test="recent-events"] .el-alert--error')?.textContent)
      .toContain('Events could not be loaded: The back-end service is down.')
    expect(document.body.querySelectorAll('.mae-recent-row')).toHaveLength(0)
  })

  it('says so when there are no events and reloads when a push names events-update', async () => {
    const get = vi.fn(async () => ({ found: 0, items: [] }))
    const { bus } = await mountWithServices(RecentEvents, {}, { get }, { router: router() })
    expect(pageText()).toContain('No events yet')

    get.mockResolvedValueOnce({ found: 1, items: [{ _id: 'e3', msg: 'Connection added', context: 'connections', status: 'success', created_at: '2026-11-02T11:00:00Z' }] } as never)
    bus.emit('events-update')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flushPromises()
    expect(get).toHaveBeenCalledTimes(2)
    expect(pageText()).toContain('Connection added')
  })
})
