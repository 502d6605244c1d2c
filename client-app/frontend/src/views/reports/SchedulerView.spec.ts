// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountWithServices, pageText } from '../../testing/mountWithServices'
import SchedulerView from './SchedulerView.vue'

enableAutoUnmount(afterEach)

const JOB = {
  _id: 'j1', name: 'connections - server-list - c1', task: 'connections', period_type: 'interval',
  interval: { every: 5, period: 'minutes' }, enabled: true, method: 'PUT', endpoint: 'crawler/aws/c1/server-list', total_run_count: 7,
}

describe('scheduler page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lists the jobs and opens one with its runs', async () => {
    const get = vi.fn(async (path: string) => (path === '/scheduler'
      ? { found: 1, items: [JOB] }
      : { found: 1, items: [{ _id: 'e1', msg: 'Scheduler run - connections - server-list - c1', context: 'scheduler', status: 'success', description: { found: 12 } }] }))
    await mountWithServices(SchedulerView, {}, { get })
    expect(get).toHaveBeenCalledWith('/scheduler', { query: expect.objectContaining({ limit: 20, page: 1 }) })
    expect(pageText()).toContain('connections - server-list - c1')

    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()
    expect(get).toHaveBeenCalledWith('/scheduler/j1/events', { query: { limit: 50 } })
    expect(pageText()).toContain('every 5 minutes')
    expect(pageText()).toContain('crawler/aws/c1/server-list')
    expect(pageText()).toContain('Scheduler run - connections - server-list - c1')
  })
})
