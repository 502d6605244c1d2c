import type { RouteRecordRaw } from 'vue-router'
import { HISTORY_ENTITIES } from '../history/history'

/**
 * Pages under `/dashboard` for connections, settings, events, the scheduler, graphs, the dependency maker, drift and
 * record history. Static paths rank above the generic `:list` page, which keeps serving every other list.
 */
export const operationsRoutes: RouteRecordRaw[] = [
  { path: 'connections', name: 'connections', component: () => import('../views/connections/ConnectionsView.vue') },
  { path: 'settings', name: 'settings', component: () => import('../views/settings/SettingsView.vue') },
  { path: 'events', name: 'events', component: () => import('../views/reports/EventsView.vue') },
  { path: 'scheduler', name: 'scheduler', component: () => import('../views/reports/SchedulerView.vue') },
  // Maestro 0.6 kept events and the scheduler under "reports".
  { path: 'reports/events', redirect: { name: 'events' } },
  { path: 'reports/scheduler', redirect: { name: 'scheduler' } },
  { path: 'graphs', name: 'graphs', component: () => import('../views/analytics/GraphsView.vue') },
  { path: 'analytics/dependency-maker', name: 'dependency-maker', component: () => import('../views/analytics/DependencyMakerView.vue') },
  { path: 'drift', name: 'drift', component: () => import('../views/drift/DriftView.vue') },
  {
    // Maestro 0.6's address of a record's history; only audited entities match (others fall to "not found").
    path: `tracking/track/single/:entity(${Object.keys(HISTORY_ENTITIES).join('|')})/:id`,
    name: 'history',
    component: () => import('../views/tracking/HistoryView.vue'),
    props: (route) => ({ entity: String(route.params.entity), id: String(route.params.id) }),
  },
]
