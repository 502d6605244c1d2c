/**
 * Browser side of websocket-app (docs/websocket.md): JSON commands `connect` (with the session JWT) and `subscribe`
 * to `maestro-<tenantId>`, pushes `{"push":{"channel","data":{notify,event}}}`, server pings answered with a pong,
 * reconnection with exponential backoff.
 */

export type NotifyType = 'success' | 'info' | 'warning' | 'danger'

export interface PushData {
  notify?: { title?: string; msg?: string; type?: NotifyType }
  event?: { caller?: string[] }
}

export interface SocketOptions {
  url: string
  token: () => string | null
  /** The tenant whose channel to listen to (`maestro-<tenantId>`); null → stay disconnected. */
  tenantId: () => string | null
  onPush: (data: PushData, channel: string) => void
  onStateChange?: (state: SocketState) => void
  /** Injected for tests. */
  createSocket?: (url: string) => WebSocket
  initialDelayMs?: number
  maxDelayMs?: number
}

export type SocketState = 'idle' | 'connecting' | 'connected' | 'waiting'

interface Frame {
  id?: number
  result?: unknown
  error?: { code?: number; message?: string }
  push?: { channel?: string; data?: PushData; pub?: { data?: PushData } }
  ping?: unknown
}

const CONNECT_ID = 1
/** websocket-app closes with 1008 "invalid token": retrying with the same token cannot succeed. */
const POLICY_VIOLATION = 1008

export function channelFor(tenantId: string): string {
  return `maestro-${tenantId}`
}

/** Delay before reconnection attempt `attempt` (0-based): initial × 2^attempt, capped. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** attempt)
}

export class MaestroSocket {
  private socket: WebSocket | null = null
  private channel: string | null = null
  private nextId = CONNECT_ID + 1
  private attempt = 0
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null
  private running = false
  private state: SocketState = 'idle'

  constructor(private readonly options: SocketOptions) {}

  get currentState(): SocketState {
    return this.state
  }

  get subscribedChannel(): string | null {
    return this.channel
  }

  /** Connects (or reconnects) for the current token and tenant. */
  start() {
    this.running = true
    this.open()
  }

  stop() {
    this.running = false
    this.clearReconnect()
    this.channel = null
    const socket = this.socket
    this.socket = null
    socket?.close(1000, 'signed out')
    this.setState('idle')
  }

  /** The tenant changed: leave the old channel, join the new one, on the same connection. */
  retarget() {
    if (!this.running) return
    if (this.state !== 'connected' || !this.socket) {
      this.open()
      return
    }
    const tenantId = this.options.tenantId()
    const wanted = tenantId ? channelFor(tenantId) : null
    if (wanted === this.channel) return
    if (this.channel) this.send({ id: this.nextId++, method: 'unsubscribe', params: { channel: this.channel } })
    this.channel = null
    if (wanted) this.subscribe(wanted)
  }

  private open() {
    this.clearReconnect()
    const previous = this.socket
    this.socket = null
    previous?.close(1000, 'reconnecting')
    const token = this.options.token()
    if (!this.running || !token || !this.options.tenantId()) {
      this.setState('idle')
      return
    }
    this.setState('connecting')
    const socket = (this.options.createSocket ?? ((url) => new WebSocket(url)))(this.options.url)
    this.socket = socket
    socket.onopen = () => this.send({ id: CONNECT_ID, method: 'connect', params: { token } })
    socket.onmessage = (message) => {
      if (this.socket === socket) this.receive(String(message.data))
    }
    socket.onclose = (event) => {
      if (this.socket !== socket) return
      this.socket = null
      this.channel = null
      if (event.code === POLICY_VIOLATION) this.running = false
      this.scheduleReconnect()
    }
  }

  private receive(text: string) {
    // The server may batch several frames in one message, one JSON object per line.
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      let frame: Frame
      try {
        frame = JSON.parse(line) as Frame
      } catch {
        continue
      }
      this.handle(frame)
    }
  }

  private handle(frame: Frame) {
    if (frame.ping !== undefined) {
      this.send({ method: 'pong' })
    } else if (frame.push) {
      const data = frame.push.data ?? frame.push.pub?.data
      if (data) this.options.onPush(data, frame.push.channel ?? '')
    } else if (frame.id === CONNECT_ID) {
      if (frame.error) {
        this.socket?.close(1000, 'connect refused')
        return
      }
      this.attempt = 0
      this.setState('connected')
      const tenantId = this.options.tenantId()
      if (tenantId) this.subscribe(channelFor(tenantId))
    }
  }

  private subscribe(channel: string) {
    this.channel = channel
    this.send({ id: this.nextId++, method: 'subscribe', params: { channel } })
  }

  private send(command: object) {
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(command))
  }

  private scheduleReconnect() {
    if (!this.running) {
      this.setState('idle')
      return
    }
    this.setState('waiting')
    const delay = backoffDelay(this.attempt++, this.options.initialDelayMs ?? 1000, this.options.maxDelayMs ?? 30000)
    this.reconnectTimer = setTimeout(() => this.open(), delay)
  }

  private clearReconnect() {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = null
  }

  private setState(state: SocketState) {
    if (state === this.state) return
    this.state = state
    this.options.onStateChange?.(state)
  }
}
