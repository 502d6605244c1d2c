import { inject, type InjectionKey } from 'vue'
import type { Router } from 'vue-router'
import { ApiClient } from './api/client'
import type { RuntimeConfig } from './config/runtime'
import { EventBus } from './realtime/eventBus'
import { MaestroSocket, type PushData } from './realtime/socket'
import type { useSessionStore } from './stores/session'

/** What every view needs: the runtime settings, server-app, the live event bus and the websocket. */
export interface Services {
  config: RuntimeConfig
  api: ApiClient
  bus: EventBus
  socket: MaestroSocket
}

export const SERVICES: InjectionKey<Services> = Symbol('maestro-services')

export function useServices(): Services {
  const services = inject(SERVICES)
  if (!services) throw new Error('Maestro services were not provided to this component tree')
  return services
}

type Notifier = (options: { title: string; message: string; type: 'success' | 'info' | 'warning' | 'error' }) => void

/** A push from websocket-app: a toast for `notify`, and every `event.caller` name onto the bus. */
export function handlePush(data: PushData, bus: EventBus, notify: Notifier) {
  if (data.notify && (data.notify.title || data.notify.msg)) {
    const type = data.notify.type === 'danger' ? 'error' : data.notify.type ?? 'info'
    notify({ title: data.notify.title ?? '', message: data.notify.msg ?? '', type })
  }
  for (const name of data.event?.caller ?? []) bus.emit(name)
}

export function createServices(
  config: RuntimeConfig,
  session: ReturnType<typeof useSessionStore>,
  router: Router,
  notify: Notifier,
): Services {
  const bus = new EventBus()
  const socket = new MaestroSocket({
    url: config.websocketUrl,
    token: () => (session.signedIn ? session.token : null),
    tenantId: () => session.tenantId,
    onPush: (data) => handlePush(data, bus, notify),
  })
  const api = new ApiClient({
    baseUrl: config.apiUrl,
    token: () => session.token,
    teamId: () => session.teamId,
    onUnauthorized: () => {
      socket.stop()
      session.signOut()
      const current = router.currentRoute.value
      if (!current.path.startsWith('/auth/')) router.push({ path: '/auth/login', query: { next: current.fullPath } })
    },
    onWarning: (message) => notify({ title: 'Partly done', message, type: 'warning' }),
  })
  return { config, api, bus, socket }
}
