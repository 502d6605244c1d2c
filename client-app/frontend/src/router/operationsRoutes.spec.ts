// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { useSessionStore } from '../stores/session'
import { createMaestroRouter } from './index'

describe('operations pages', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useSessionStore().signIn('a.eyJfaWQiOiJ1MSJ9.b', { _id: 'u1', name: 'alice', email: 'a@example.com' })
  })

  it('serves connections, settings, events, scheduler and the dependency maker before the generic lists', async () => {
    const router = createMaestroRouter(createMemoryHistory())
    for (const [path, name] of [
      ['/dashboard/connections', 'connections'], ['/dashboard/settings', 'settings'], ['/dashboard/events', 'events'],
      ['/dashboard/scheduler', 'scheduler'], ['/dashboard/analytics/dependency-maker', 'dependency-maker'],
      ['/dashboard/drift', 'drift'],
      ['/dashboard/servers', 'list'],
    ]) {
      expect(router.resolve(path).name).toBe(name)
    }
    await router.push('/dashboard/reports/scheduler')
    expect(router.currentRoute.value.name).toBe('scheduler')
  })

  it('opens the history of an audited record at its 0.6 address only', () => {
    const router = createMaestroRouter(createMemoryHistory())
    const history = router.resolve('/dashboard/tracking/track/single/applications/5f0000000000000000000001')
    expect(history.name).toBe('history')
    expect(history.params).toEqual({ entity: 'applications', id: '5f0000000000000000000001' })
    expect(router.resolve('/dashboard/tracking/track/single/users/5f0000000000000000000001').name).toBe('not-found')
  })
})
