import type { RouteRecordRaw } from 'vue-router'

/** The reports list and a report's page; static paths, so they rank above the generic `:list` pages. */
export const reportsRoutes: RouteRecordRaw[] = [
  { path: 'reports', name: 'reports', component: () => import('../views/reports/ReportsView.vue') },
  {
    path: 'reports/single/:id',
    name: 'report',
    component: () => import('../views/reports/ReportView.vue'),
    props: (route) => ({ id: String(route.params.id) }),
  },
]
