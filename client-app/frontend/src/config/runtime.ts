/** Where the dashboard finds the other Maestro services, decided when the page loads (not at build time). */
export interface RuntimeConfig {
  apiUrl: string
  staticUrl: string
  analyticsUrl: string
  websocketUrl: string
  logo: string
  theme: string
}

/** What client-app's /config.js sets from its environment; blank values are left out. */
export type InjectedConfig = Partial<RuntimeConfig>

declare global {
  interface Window {
    MAESTRO_CONFIG?: InjectedConfig
  }
}

type PageLocation = Pick<Location, 'hostname' | 'protocol'>

/** Maestro 0.6 defaults: every service on the page's own host at its standard port, so `./maestro up` needs no settings. */
export function defaultConfig(location: PageLocation): RuntimeConfig {
  const host = location.hostname
  const websocketScheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return {
    apiUrl: `//${host}:8888`,
    staticUrl: `//${host}:8888/static/`,
    analyticsUrl: `//${host}:9999`,
    websocketUrl: `${websocketScheme}://${host}:8000/connection/websocket`,
    logo: '/logo.svg',
    theme: 'lotus',
  }
}

export function resolveConfig(injected: InjectedConfig | undefined, location: PageLocation): RuntimeConfig {
  const config = { ...defaultConfig(location) }
  for (const key of Object.keys(config) as (keyof RuntimeConfig)[]) {
    const value = injected?.[key]?.trim()
    if (value) config[key] = value
  }
  config.apiUrl = config.apiUrl.replace(/\/+$/, '')
  config.analyticsUrl = config.analyticsUrl.replace(/\/+$/, '')
  // server-app serves the files it stores locally under /static/, so without STATIC_URL they follow API_URL
  // (the standalone runtime with a port offset sets API_URL only).
  if (!injected?.staticUrl?.trim()) config.staticUrl = `${config.apiUrl}/static/`
  if (!config.staticUrl.endsWith('/')) config.staticUrl += '/'
  return config
}

export function pageConfig(): RuntimeConfig {
  return resolveConfig(window.MAESTRO_CONFIG, window.location)
}

/** Where the forgot-password mail sends the user: this page's address with the change-password route (0.6). */
export function changePasswordUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}#/auth/changepass`
}

/** An uploaded file (avatar) as server-app stores it, `users/<id>/me.png`, or already a full address. */
export function staticAsset(staticUrl: string, path: string): string {
  return /^(https?:)?\/\//.test(path) ? path : staticUrl + path.replace(/^\/+/, '')
}
