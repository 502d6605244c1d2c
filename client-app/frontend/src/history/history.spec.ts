import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import { historyApi, versionFields } from './history'

describe('history routes', () => {
  it('calls the audit, version, diff and revert routes of the record', async () => {
    const get = vi.fn(async () => ({}))
    const post = vi.fn(async () => ({}))
    const history = historyApi({ get, post } as unknown as ApiClient, 'servers', 's1')
    await history.rows()
    await history.version('r2')
    await history.diff('r1', 'r3')
    await history.revert('r2')
    expect(get.mock.calls).toEqual([
      ['/servers/s1/audit', { query: { limit: 20000 } }],
      ['/servers/s1/history/r2'],
      ['/servers/s1/diff', { query: { from: 'r1', to: 'r3' } }],
    ])
    expect(post).toHaveBeenCalledWith('/servers/s1/revert/r2')
  })

  it('shows a version without its bookkeeping', () => {
    expect(versionFields({ _id: 's1', name: 'web', _version: { _id: 'r2' }, _links: {} })).toEqual({ _id: 's1', name: 'web' })
  })
})
