// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import { choosePageSize, goToPage, pagers, pagerTotal, sortBy, typeFilter } from '../../testing/pager'
import SchedulerView from './SchedulerView.vue'

enableAutoUnmount(afterEach)

const JOB = {
  _id: 'j1', name: 'connections - server-list - c1', task: 'connections', period_type: 'interval',
  interval: { every: 5, period: 'minutes' }, enabled: true, method: 'PUT', endpoint: 'crawler/aws/c1/server-list', total_run_count: 7,
  next_run_at: '2026-03-02T10:05:00Z', last_run_at: '2026-03-02T10:00:00Z', last_run_status: 'danger',
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
    expect(get).toHaveBeenCalledWith('/scheduler/j1/events', { query: { limit: 20, page: 1, orderBy: 'updated_at', ascending: 0, query: undefined } })
    expect(pageText()).toContain('every 5 minutes')
    expect(pageText()).toContain('crawler/aws/c1/server-list')
    expect(pageText()).toContain('Scheduler run - connections - server-list - c1')
  })

  it('runs a job now, and disables and enables it', async () => {
    const get = vi.fn(async (path: string) => (path === '/scheduler' ? { found: 1, items: [JOB] } : { found: 0, items: [] }))
    const patch = vi.fn(async (_path: string, body: Record<string, unknown>) => ({ ...JOB, ...body }))
    await mountWithServices(SchedulerView, {}, { get, patch })
    expect(pageText()).toContain('danger')
    expect(pageText()).toContain('7')
    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()

    buttonsNamed('Run now')[0].click()
    await flushPromises()
    expect(patch).toHaveBeenCalledWith('/scheduler/j1', { run_immediately: true })

    buttonsNamed('Disable')[0].click()
    await flushPromises()
    expect(patch).toHaveBeenCalledWith('/scheduler/j1', { enabled: false })
    expect(buttonsNamed('Enable')).toHaveLength(1)
    expect(get).toHaveBeenCalledTimes(4)
  })

  it('pages, sorts and filters the jobs, and pages the runs of a job with the shared pager', async () => {
    const get = vi.fn(async (path: string) => (path === '/scheduler'
      ? { found: 75, items: [JOB] }
      : { found: 130, items: [{ _id: 'e1', msg: 'Scheduler run', context: 'scheduler', status: 'success' }] }))
    await mountWithServices(SchedulerView, {}, { get })
    const [jobs] = pagers()
    expect(pagerTotal(jobs)).toBe('Total 75')
    await sortBy('Task')
    await goToPage(jobs, 4)
    expect(get).toHaveBeenLastCalledWith('/scheduler', { query: expect.objectContaining({ limit: 20, page: 4, orderBy: 'task', ascending: 1 }) })
    await choosePageSize(jobs, 10)
    expect(get).toHaveBeenLastCalledWith('/scheduler', { query: expect.objectContaining({ limit: 10, page: 1, orderBy: 'task', ascending: 1 }) })
    await goToPage(jobs, 2)
    await typeFilter('Filter by name', 'server-list')
    expect(get).toHaveBeenLastCalledWith('/scheduler', { query: { limit: 10, page: 1, orderBy: 'task', ascending: 1, query: '{"name":"server-list"}' } })

    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()
    const runs = pagers()[1]
    expect(pagerTotal(runs)).toBe('Total 130')
    await goToPage(runs, 2)
    expect(get).toHaveBeenLastCalledWith('/scheduler/j1/events', { query: expect.objectContaining({ limit: 20, page: 2 }) })
    await choosePageSize(runs, 100)
    expect(get).toHaveBeenLastCalledWith('/scheduler/j1/events', { query: expect.objectContaining({ limit: 100, page: 1 }) })
  })
})
