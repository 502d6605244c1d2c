import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import { useTeamsStore } from './teams'

describe('teams store', () => {
  it('knows the user role in each team it loaded', async () => {
    setActivePinia(createPinia())
    const teams = useTeamsStore()
    const get = vi.fn(async () => ({
      items: [{ _id: 't1', name: 'ops', members: [{ _id: 'u1', refs: 'users', role: 3 }, { _id: 'u2', refs: 'users', role: 7 }] }],
    }))
    await teams.load({ get } as unknown as ApiClient)
    expect(get).toHaveBeenCalledWith('/teams', { query: { orderBy: 'name', ascending: 1, limit: 1000, page: 1 } })
    expect(teams.memberRole('t1', 'u1')).toBe(3)
    expect(teams.memberRole('t1', 'u3')).toBe(0)
    expect(teams.memberRole('t9', 'u1')).toBe(0)
  })

  it('knows the user role in a team past the first thousand', async () => {
    setActivePinia(createPinia())
    const teams = useTeamsStore()
    const all = Array.from({ length: 1001 }, (_, index) => ({ _id: `t${index + 1}`, name: `team ${index + 1}`, members: [{ _id: 'u1', refs: 'users', role: 7 }] }))
    const get = vi.fn(async (_path: string, { query }: { query: { page: number; limit: number } }) =>
      ({ found: all.length, items: all.slice((query.page - 1) * query.limit, query.page * query.limit) }))
    await teams.load({ get } as unknown as ApiClient)
    expect(teams.memberRole('t1001', 'u1')).toBe(7)
  })
})
