// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import ReportsView from './ReportsView.vue'

enableAutoUnmount(afterEach)

describe('reports list', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('shows each report’s status, updated live when reports-app pushes, and opens a report', async () => {
    let status = 'process'
    const get = vi.fn(async () => ({ found: 1, items: [{ _id: 'r1', name: 'Shop chains', report: 'pivot', component: 'Clients', status, msg: status === 'finished' ? 'completed' : undefined }] }))
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
    const { bus } = await mountWithServices(ReportsView, {}, { get }, { router })
    expect(get).toHaveBeenCalledWith('/reports', { query: expect.objectContaining({ orderBy: 'updated_at', ascending: 0 }) })
    expect(document.body.querySelector('.mae-report-status')?.textContent).toBe('process')
    expect(buttonsNamed('New report')).toHaveLength(1)

    status = 'finished'
    bus.emit('reports-update')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flushPromises()
    expect(document.body.querySelector('.mae-report-status')?.textContent).toBe('finished')
    expect(pageText()).toContain('completed')

    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/dashboard/reports/single/r1')
  })
})
