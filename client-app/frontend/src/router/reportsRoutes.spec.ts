// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { useSessionStore } from '../stores/session'
import { createMaestroRouter } from './index'

describe('report pages', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useSessionStore().signIn('a.eyJfaWQiOiJ1MSJ9.b', { _id: 'u1', name: 'alice', email: 'a@example.com' })
  })

  it('serves the reports list and a report’s page, and keeps 0.6’s events and scheduler addresses', () => {
    const router = createMaestroRouter(createMemoryHistory())
    expect(router.resolve('/dashboard/reports').name).toBe('reports')
    const report = router.resolve('/dashboard/reports/single/5f0000000000000000000001')
    expect(report.name).toBe('report')
    expect(report.params.id).toBe('5f0000000000000000000001')
    expect(router.resolve('/dashboard/reports/events').redirectedFrom).toBeUndefined()
    expect(router.resolve('/dashboard/reports/events').matched.at(-1)?.redirect).toEqual({ name: 'events' })
  })
})
