import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { handlePush } from '../services'
import { EventBus } from './eventBus'
import { useLiveRefresh, watchCallers } from './liveRefresh'

describe('caller-driven refresh', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('reloads a view once for a burst of pushes naming it, and not for other callers', () => {
    const bus = new EventBus()
    const reload = vi.fn()
    watchCallers(bus, ['connections-update', 'connections-5f1'], reload, { delayMs: 100 })

    handlePush({ event: { caller: ['reports-update'] } }, bus, vi.fn())
    vi.advanceTimersByTime(200)
    expect(reload).not.toHaveBeenCalled()

    handlePush({ notify: { title: 'AWS', msg: 'server-list done', type: 'success' }, event: { caller: ['connections-update', 'connections-5f1'] } }, bus, vi.fn())
    handlePush({ event: { caller: ['connections-5f1'] } }, bus, vi.fn())
    vi.advanceTimersByTime(99)
    expect(reload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('stops listening, and drops a pending reload, once stopped', () => {
    const bus = new EventBus()
    const reload = vi.fn()
    const stop = watchCallers(bus, ['connections-5f1', 'connections-5f1'], reload, { delayMs: 100 })
    expect(bus.listenerCount('connections-5f1')).toBe(1)

    bus.emit('connections-5f1')
    stop()
    vi.advanceTimersByTime(500)
    expect(reload).not.toHaveBeenCalled()
    expect(bus.listenerCount('connections-5f1')).toBe(0)
  })

  it('follows a reactive list of callers and stops with its scope', async () => {
    const bus = new EventBus()
    const reload = vi.fn()
    const rows = ref(['c1'])
    const scope = effectScope()
    scope.run(() => useLiveRefresh(bus, () => ['connections-update', ...rows.value.map((id) => `connections-${id}`)], reload, { delayMs: 10 }))
    expect(bus.listenerCount('connections-c1')).toBe(1)

    rows.value = ['c2']
    await nextTick()
    expect(bus.listenerCount('connections-c1')).toBe(0)
    bus.emit('connections-c2')
    vi.advanceTimersByTime(10)
    expect(reload).toHaveBeenCalledTimes(1)

    scope.stop()
    expect(bus.listenerCount('connections-update')).toBe(0)
    expect(bus.listenerCount('connections-c2')).toBe(0)
  })
})
