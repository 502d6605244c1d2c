/** Names pushed by the back ends in `event.caller` (e.g. `connections-update`, `reports-<id>`) → views that refresh. */
export type EventListener = (name: string) => void

export class EventBus {
  private readonly listeners = new Map<string, Set<EventListener>>()

  /** Returns the function that removes the listener. */
  on(name: string, listener: EventListener): () => void {
    let set = this.listeners.get(name)
    if (!set) {
      set = new Set()
      this.listeners.set(name, set)
    }
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(name)
    }
  }

  /** One listener for several names (e.g. `connections-update` and `connections-<id>`); returns the remover of all. */
  onAny(names: Iterable<string>, listener: EventListener): () => void {
    const removers = [...new Set(names)].map((name) => this.on(name, listener))
    return () => removers.forEach((remove) => remove())
  }

  emit(name: string) {
    for (const listener of [...(this.listeners.get(name) ?? [])]) listener(name)
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.size ?? 0
  }
}
