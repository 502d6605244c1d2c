import { onScopeDispose, watch } from 'vue'
import type { EventBus } from './eventBus'

export interface LiveRefreshOptions {
  /** Pushes often come in bursts (one per task of a sync): they are folded into one reload after this delay. */
  delayMs?: number
}

/**
 * Calls `reload` when websocket-app names any of `callers` in `event.caller` (e.g. `connections-update`,
 * `connections-<id>`). Returns `stop`, which also runs when the calling component unmounts.
 */
export function watchCallers(bus: EventBus, callers: Iterable<string>, reload: () => unknown, options: LiveRefreshOptions = {}) {
  const delayMs = options.delayMs ?? 250
  let pending: ReturnType<typeof setTimeout> | undefined
  const off = bus.onAny(callers, () => {
    clearTimeout(pending)
    pending = setTimeout(() => {
      pending = undefined
      reload()
    }, delayMs)
  })
  return function stop() {
    clearTimeout(pending)
    off()
  }
}

/**
 * {@link watchCallers} for a component (or any effect scope): stops when it unmounts. `callers` may be a getter of
 * reactive state (e.g. `connections-<id>` of every listed row); the listeners follow it.
 */
export function useLiveRefresh(
  bus: EventBus,
  callers: Iterable<string> | (() => Iterable<string>),
  reload: () => unknown,
  options: LiveRefreshOptions = {},
) {
  const names = typeof callers === 'function' ? callers : () => callers
  let stop = () => {}
  const unwatch = watch(() => [...new Set(names())].sort().join('\n'), () => {
    stop()
    stop = watchCallers(bus, names(), reload, options)
  }, { immediate: true })
  onScopeDispose(() => {
    unwatch()
    stop()
  })
}
