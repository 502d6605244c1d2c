import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import 'element-plus/theme-chalk/dark/css-vars.css'
import App from './App.vue'
import { pageConfig } from './config/runtime'
import { createMaestroRouter } from './router'
import { createServices, SERVICES } from './services'
import { useSessionStore } from './stores/session'
import { useThemeStore } from './stores/theme'
import './styles.css'

const config = pageConfig()
const app = createApp(App)
app.use(createPinia())
const router = createMaestroRouter()
app.use(router)

useThemeStore().initialise(config.theme)
const session = useSessionStore()
const services = createServices(config, session, router, (options) => ElNotification({ ...options, duration: 6000 }))
app.provide(SERVICES, services)

// Live notifications follow the session: on while signed in, on the channel of the current tenant.
watch(
  () => [session.signedIn, session.tenantId] as const,
  ([signedIn], previous) => {
    if (!signedIn) services.socket.stop()
    else if (!previous?.[0]) services.socket.start()
    else services.socket.retarget()
  },
  { immediate: true },
)

app.mount('#app')
