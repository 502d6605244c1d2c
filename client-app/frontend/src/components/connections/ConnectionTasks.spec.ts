// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { handlePush } from '../../services'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import ConnectionTasks from './ConnectionTasks.vue'

enableAutoUnmount(afterEach)

const CONNECTION = {
  _id: 'c1', name: 'prod', provider: 'AWS', service: 'iam_aws', dc: 'AWS', dc_id: 'd1', regions: ['us-east-1'],
  process: { 'server-list': { state: 'danger', msg: 'AccessDenied' } },
}

describe('connection tasks', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lists the provider tasks with their state, runs one, and follows the websocket to the end', async () => {
    const get = vi.fn(async (path: string) => {
      if (path === '/providers/rules/aws') return { items: [{ value: { permissions: { 'server-list': [], 'dbs-list': [] } } }] }
      return { ...CONNECTION, process: { 'server-list': { state: 'success', msg: 'Done. 12 servers' } } }
    })
    const put = vi.fn(async () => ({ msg: 'In progress. dbs-list', conn_id: 'c1', task: 'dbs-list', status: 'warning' }))
    const { bus } = await mountWithServices(ConnectionTasks, { connection: CONNECTION }, { get, put })

    expect(get).toHaveBeenCalledWith('/providers/rules/aws')
    expect(pageText()).toContain('server-list')
    expect(pageText()).toContain('Failed')
    expect(pageText()).toContain('AccessDenied')
    expect(pageText()).toContain('Never run')

    buttonsNamed('Run')[1].click()
    await flushPromises()
    expect(put).toHaveBeenCalledWith('/connections/c1/task/dbs-list')
    expect(pageText()).toContain('Running')
    expect(pageText()).toContain('In progress. dbs-list')

    handlePush({ notify: { title: 'prod', msg: 'server-list done', type: 'success' }, event: { caller: ['connections-c1'] } }, bus, vi.fn())
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flushPromises()
    expect(get).toHaveBeenCalledWith('/connections/c1')
    expect(pageText()).toContain('Done. 12 servers')
  })
})
