import { describe, expect, it, vi } from 'vitest'
import { EventBus } from './realtime/eventBus'
import { handlePush } from './services'

describe('websocket pushes', () => {
  it('show notify as a toast (danger → error) and emit every event.caller on the bus', () => {
    const bus = new EventBus()
    const heard: string[] = []
    const off = bus.on('connections-update', (name) => heard.push(name))
    bus.on('connections-5f1', (name) => heard.push(name))
    const notify = vi.fn()

    handlePush({ notify: { title: 'AWS', msg: 'server-list failed', type: 'danger' }, event: { caller: ['connections-update', 'connections-5f1'] } }, bus, notify)
    expect(notify).toHaveBeenCalledWith({ title: 'AWS', message: 'server-list failed', type: 'error' })
    expect(heard).toEqual(['connections-update', 'connections-5f1'])

    off()
    expect(bus.listenerCount('connections-update')).toBe(0)
    handlePush({ event: { caller: ['connections-update'] } }, bus, notify)
    expect(heard).toHaveLength(2)
    expect(notify).toHaveBeenCalledOnce()
  })
})
