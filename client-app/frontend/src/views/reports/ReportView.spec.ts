// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import ReportView from './ReportView.vue'

// jsdom draws no canvas: the chart component stands in as a box that holds its data (the browser test draws them).
vi.mock('vue-echarts', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    default: defineComponent({
      props: { option: { type: Object, required: true }, autoresize: Boolean },
      setup: (props) => () => h('div', { class: 'chart-stub' }, JSON.stringify(props.option)),
    }),
  }
})

enableAutoUnmount(afterEach)

const router = () => ({ router: createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] }) })

const FINISHED = {
  _id: 'r1', name: 'Shop chains', report: 'pivot', component: 'Clients', status: 'finished', msg: 'completed',
  columns: ['name', 'systems', 'applications'],
  aggr: {
    total: { aggr: { label: ['Total'], data: [2] }, opts: { ct: 'total', txt: 'Total', order: 0 } },
    pivot_systems: { aggr: { label: ['shop'], data: [2] }, opts: { ct: 'bar', txt: 'Systems', order: 30 } },
  },
}
const ROWS = {
  found: 2, total_pages: 1, page: 1, limit: 20,
  items: [
    { name: 'ACME', systems: { name: 'shop' }, applications: { name: 'cart' } },
    { name: 'ACME', systems: { name: 'shop' }, applications: { name: 'checkout' } },
  ],
}

describe('report page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('shows a finished report’s rows, sorted by reports-app, and its charts', async () => {
    const get = vi.fn(async (path: string) => (path === '/reports/r1' ? FINISHED : ROWS))
    const { wrapper } = await mountWithServices(ReportView, { id: 'r1' }, { get }, router())
    expect(get).toHaveBeenCalledWith('/reports/r1/result', { query: expect.objectContaining({ limit: 20, page: 1 }) })
    expect(pageText()).toContain('checkout')
    expect(pageText()).toContain('Charts (2)')
    expect(wrapper.findAll('[data-chart="pivot_systems"]')).toHaveLength(1)

    const header = [...document.body.querySelectorAll('th')].find((cell) => cell.textContent?.includes('applications')) as HTMLElement
    header.click()
    await flushPromises()
    expect(get).toHaveBeenLastCalledWith('/reports/r1/result', { query: expect.objectContaining({ orderBy: 'applications', ascending: 1 }) })

    ;(document.body.querySelector('[aria-label="Open the chart Systems"]') as HTMLElement).click()
    await flushPromises()
    expect(document.body.querySelector('.el-dialog')?.textContent).toContain('shop')
  })

  it('downloads each format through the API client, as a file named after the answer', async () => {
    const get = vi.fn(async (path: string) => (path === '/reports/r1' ? FINISHED : ROWS))
    const download = vi.fn(async () => ({ blob: new Blob(['name\nACME\n'], { type: 'text/csv' }), filename: 'r1_pivot.csv' }))
    URL.createObjectURL = vi.fn(() => 'blob:report')
    URL.revokeObjectURL = vi.fn()
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download) })
    await mountWithServices(ReportView, { id: 'r1' }, { get, download }, router())
    for (const label of ['CSV', 'JSON', 'XML', 'Text', 'Ansible inventory', 'PDF']) expect(buttonsNamed(label)).toHaveLength(1)
    buttonsNamed('CSV')[0].click()
    await flushPromises()
    expect(download).toHaveBeenCalledWith('/reports/r1/result', 'text/csv', expect.objectContaining({ orderBy: 'updated_at' }))
    expect(clicked).toEqual(['r1_pivot.csv'])

    download.mockRejectedValueOnce(new Error('The reports service is down.'))
    buttonsNamed('PDF')[0].click()
    await flushPromises()
    expect(pageText()).toContain('The PDF download failed: The reports service is down.')
    click.mockRestore()
  })

  it('follows a running report live, and runs it again', async () => {
    let report: Record<string, unknown> = { ...FINISHED, status: 'process', msg: undefined, columns: [], aggr: {} }
    const get = vi.fn(async (path: string) => (path === '/reports/r1' ? report : ROWS))
    const patch = vi.fn(async (_path: string, body: Record<string, unknown>) => ({ ...FINISHED, ...body, status: 'process' }))
    const { bus } = await mountWithServices(ReportView, { id: 'r1' }, { get, patch }, router())
    expect(pageText()).toContain('The report is running')
    expect(get).not.toHaveBeenCalledWith('/reports/r1/result', expect.anything())

    report = FINISHED
    bus.emit('reports-r1')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flushPromises()
    expect(pageText()).toContain('finished')
    expect(pageText()).toContain('cart')

    buttonsNamed('Run again')[0].click()
    await flushPromises()
    expect(patch).toHaveBeenCalledWith('/reports/r1', { name: 'Shop chains' })
    expect(pageText()).toContain('The report is running')
  })
})
