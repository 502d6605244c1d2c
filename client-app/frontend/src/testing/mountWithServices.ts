import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { Component } from 'vue'
import type { ApiClient } from '../api/client'
import { EventBus } from '../realtime/eventBus'
import { SERVICES, type Services } from '../services'

/** Mounts a component (attached to the page, for dialogs) with a fake API and a real event bus. */
export async function mountWithServices(component: Component, props: Record<string, unknown>, api: Record<string, unknown>) {
  const bus = new EventBus()
  const services = { api: api as unknown as ApiClient, bus } as unknown as Services
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [createPinia()], provide: { [SERVICES as symbol]: services } },
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
