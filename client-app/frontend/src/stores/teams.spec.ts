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
    expect(get).toHaveBeenCalledWith('/teams', { query: { limit: 100, orderBy: 'name', ascending: 1 } })
    expect(teams.memberRole('t1', 'u1')).toBe(3)
    expect(teams.memberRole('t1', 'u3')).toBe(0)
    expect(teams.memberRole('t9', 'u1')).toBe(0)
  })
})
