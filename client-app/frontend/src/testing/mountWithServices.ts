import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { Component } from 'vue'
import type { Router } from 'vue-router'
import type { ApiClient } from '../api/client'
import type { RuntimeConfig } from '../config/runtime'
import { EventBus } from '../realtime/eventBus'
import { SERVICES, type Services } from '../services'

export interface MountOptions {
  /** For components with links or navigation. */
  router?: Router
  config?: Partial<RuntimeConfig>
  /** Stands in for the websocket (e.g. `{ stop: vi.fn() }`). */
  socket?: Record<string, unknown>
}

/** Mounts a component (attached to the page, for dialogs) with a fake API and a real event bus. */
export async function mountWithServices(
  component: Component, props: Record<string, unknown>, api: Record<string, unknown>, options: MountOptions = {},
) {
  const bus = new EventBus()
  const services = { api: api as unknown as ApiClient, bus, config: options.config, socket: options.socket } as unknown as Services
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: {
      plugins: options.router ? [createPinia(), options.router] : [createPinia()],
      provide: { [SERVICES as symbol]: services },
    },
  })
  await flushPromises()
  return { wrapper, bus }
}

/** The page's buttons (dialogs are rendered at the end of the body) with exactly this text. */
export function buttonsNamed(text: string): HTMLButtonElement[] {
  return [...document.body.querySelectorAll('button')].filter((button) => button.textContent?.trim() === text) as HTMLButtonElement[]
}

export function pageText(): string {
  return document.body.textContent ?? ''
}
