// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/client'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import HistoryView from './HistoryView.vue'

enableAutoUnmount(afterEach)

const ROWS = [
  { _id: 'r1', user: 'ana@x.io', body: { name: 'web-1', cpu: 2 }, created_at: '2026-11-01T10:00:00Z' },
  { _id: 'r2', user: 'bob@x.io', team: { _id: 't1', name: 'Ops' }, body: { cpu: 4, os: { version: null } }, created_at: '2026-11-02T10:00:00Z' },
]

async function confirmDialog() {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 50))
  const confirm = [...document.body.querySelectorAll('.el-message-box button')].find((button) => button.textContent?.trim() === 'Revert') as HTMLElement
  confirm.click()
  await new Promise((resolve) => setTimeout(resolve, 50))
  await flushPromises()
}

describe('record history', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('shows each version with who changed which field, newest first', async () => {
    const get = vi.fn(async (path: string) => (path.endsWith('/audit') ? { found: 2, items: ROWS } : { _id: 's1', name: 'web-1' }))
    await mountWithServices(HistoryView, { entity: 'servers', id: 's1' }, { get })
    expect(get).toHaveBeenCalledWith('/servers/s1/audit', { query: { limit: 20000 } })
    const text = pageText()
    expect(text).toContain('History of server web-1')
    expect(text.indexOf('bob@x.io as team Ops')).toBeLessThan(text.indexOf('ana@x.io'))
    expect(text).toContain('os.version')
    expect(text).toContain('removed')
    expect(text).toContain('Created')
  })

  it('reverts after confirmation and shows a refusal naming the field', async () => {
    const get = vi.fn(async (path: string) => (path.endsWith('/audit') ? { found: 2, items: ROWS } : { _id: 's1', name: 'web-1' }))
    const post = vi.fn()
      .mockResolvedValueOnce({ _id: 's1' })
      .mockRejectedValueOnce(new ApiError('field cpu: must be a number', 422, {}))
    await mountWithServices(HistoryView, { entity: 'servers', id: 's1' }, { get, post })

    buttonsNamed('Revert')[1].click()
    await confirmDialog()
    expect(post).toHaveBeenCalledWith('/servers/s1/revert/r1')
    expect(get).toHaveBeenCalledTimes(4)

    buttonsNamed('Revert')[0].click()
    await confirmDialog()
    expect(post).toHaveBeenLastCalledWith('/servers/s1/revert/r2')
    expect(pageText()).toContain('field cpu: must be a number')
  })
})
