import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, MaestroSocket, type PushData } from './socket'

/** A WebSocket the test drives: what the page sent, and server frames on demand. */
class FakeSocket {
  readyState = 0
  sent: Record<string, unknown>[] = []
  closedWith: number | null = null
  onopen: (() => void) | null = null
  onmessage: ((message: { data: string }) => void) | null = null
  onclose: ((event: { code: number }) => void) | null = null

  constructor(readonly url: string) {}

  send(text: string) {
    this.sent.push(JSON.parse(text))
  }

  close(code = 1000) {
    this.closedWith = code
    this.readyState = 3
  }

  serverOpens() {
    this.readyState = 1
    this.onopen?.()
  }

  serverSends(frame: object | string) {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) })
  }

  serverCloses(code: number) {
    this.readyState = 3
    this.onclose?.({ code })
  }
}

describe('websocket client', () => {
  let sockets: FakeSocket[]
  let pushes: PushData[]
  let tenant: string | null
  let token: string | null

  function socketClient() {
    return new MaestroSocket({
      url: 'ws://h:8000/connection/websocket',
      token: () => token,
      tenantId: () => tenant,
      onPush: (data) => pushes.push(data),
      createSocket: (url) => {
        const socket = new FakeSocket(url)
        sockets.push(socket)
        return socket as unknown as WebSocket
      },
      initialDelayMs: 1000,
      maxDelayMs: 8000,
    })
  }

  function connected() {
    const client = socketClient()
    client.start()
    sockets[0].serverOpens()
    sockets[0].serverSends({ id: 1, result: { client: 'c1' } })
    return client
  }

  beforeEach(() => {
    vi.useFakeTimers()
    sockets = []
    pushes = []
    tenant = 'u1'
    token = 'jwt-token'
  })

  afterEach(() => vi.useRealTimers())

  it('connects with the JWT, then subscribes to maestro-<tenantId>', () => {
    const client = socketClient()
    client.start()
    expect(sockets[0].url).toBe('ws://h:8000/connection/websocket')
    sockets[0].serverOpens()
    expect(sockets[0].sent).toEqual([{ id: 1, method: 'connect', params: { token: 'jwt-token' } }])

    sockets[0].serverSends({ id: 1, result: {} })
    expect(sockets[0].sent[1]).toEqual({ id: 2, method: 'subscribe', params: { channel: 'maestro-u1' } })
    expect(client.currentState).toBe('connected')
    expect(client.subscribedChannel).toBe('maestro-u1')
  })

  it('hands pushes over, including several frames in one message', () => {
    connected()
    const data = { notify: { title: 'Sync', msg: 'done', type: 'success' }, event: { caller: ['connections-update'] } }
    sockets[0].serverSends(`${JSON.stringify({ push: { channel: 'maestro-u1', data } })}\n${JSON.stringify({ push: { channel: 'maestro-u1', data: { event: { caller: ['x'] } } } })}`)
    expect(pushes).toEqual([data, { event: { caller: ['x'] } }])
  })

  it('answers server pings with a pong', () => {
    connected()
    sockets[0].serverSends({ ping: {} })
    expect(sockets[0].sent.at(-1)).toEqual({ method: 'pong' })
  })

  it('moves to the new tenant channel on the same connection', () => {
    const client = connected()
    tenant = 't9'
    client.retarget()
    expect(sockets).toHaveLength(1)
    expect(sockets[0].sent.slice(-2)).toEqual([
      { id: 3, method: 'unsubscribe', params: { channel: 'maestro-u1' } },
      { id: 4, method: 'subscribe', params: { channel: 'maestro-t9' } },
    ])
    expect(client.subscribedChannel).toBe('maestro-t9')
  })

  it('reconnects with exponential backoff, reset after a successful connect', () => {
    connected()
    sockets[0].serverCloses(1006)
    vi.advanceTimersByTime(999)
    expect(sockets).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(sockets).toHaveLength(2)

    sockets[1].serverCloses(1006)
    vi.advanceTimersByTime(1999)
    expect(sockets).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(sockets).toHaveLength(3)

    sockets[2].serverOpens()
    sockets[2].serverSends({ id: 1, result: {} })
    sockets[2].serverCloses(1006)
    vi.advanceTimersByTime(1000)
    expect(sockets).toHaveLength(4)
  })

  it('caps the backoff', () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, 1000, 8000))).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
  })

  it('gives up when the server refuses the token (1008) and after stop()', () => {
    const refused = connected()
    sockets[0].serverCloses(1008)
    vi.advanceTimersByTime(60000)
    expect(sockets).toHaveLength(1)
    expect(refused.currentState).toBe('idle')

    const stopped = socketClient()
    stopped.start()
    sockets[1].serverOpens()
    stopped.stop()
    expect(sockets[1].closedWith).toBe(1000)
    vi.advanceTimersByTime(60000)
    expect(sockets).toHaveLength(2)
  })

  it('stays disconnected without a token', () => {
    token = null
    const client = socketClient()
    client.start()
    expect(sockets).toHaveLength(0)
    expect(client.currentState).toBe('idle')
  })
})
