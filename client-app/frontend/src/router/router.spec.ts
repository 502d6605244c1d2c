// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { useSessionStore } from '../stores/session'
import { createMaestroRouter } from './index'

describe('routes', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends a signed-out visitor to sign-in, remembering where they were going', async () => {
    const router = createMaestroRouter(createMemoryHistory())
    await router.push('/dashboard/servers')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.next).toBe('/dashboard/servers')
  })

  it('opens list and record pages for known lists only', async () => {
    useSessionStore().signIn('a.eyJfaWQiOiJ1MSJ9.b', { _id: 'u1', name: 'alice', email: 'a@example.com' })
    const router = createMaestroRouter(createMemoryHistory())
    await router.push('/dashboard/databases')
    expect(router.currentRoute.value.name).toBe('list')
    await router.push('/dashboard/nothing-like-this')
    expect(router.currentRoute.value.name).toBe('not-found')
    await router.push('/dashboard/databases/single/a1')
    expect(router.currentRoute.value.name).toBe('record')
    await router.push('/dashboard/connections/single/c1')
    expect(router.currentRoute.value.name).toBe('not-found')
    await router.push('/dashboard/teams/single/t1')
    expect(router.currentRoute.value.name).toBe('team')
    await router.push('/auth/login')
    expect(router.currentRoute.value.name).toBe('home')
  })
})
