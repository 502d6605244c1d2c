import { createRouter, createWebHashHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { LIST_DEFINITIONS } from '../entities/lists'
import { RECORD_DEFINITIONS } from '../entities/records'
import { operationsRoutes } from './operationsRoutes'
import { reportsRoutes } from './reportsRoutes'
import { useSessionStore } from '../stores/session'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  {
    path: '/auth',
    component: () => import('../layouts/AuthLayout.vue'),
    children: [
      { path: 'login', name: 'login', component: () => import('../views/auth/LoginView.vue') },
      { path: 'create', name: 'signup', component: () => import('../views/auth/SignupView.vue') },
      { path: 'forgot', name: 'forgot', component: () => import('../views/auth/ForgotView.vue') },
      { path: 'changepass', name: 'changepass', component: () => import('../views/auth/ChangePasswordView.vue') },
      { path: 'logout', name: 'logout', component: () => import('../views/auth/LogoutView.vue') },
    ],
  },
  {
    path: '/dashboard',
    component: () => import('../layouts/DashboardLayout.vue'),
    meta: { requiresAuth: true },
    children: [
      { path: '', name: 'home', component: () => import('../views/HomeView.vue') },
      { path: 'profile', name: 'profile', component: () => import('../views/ProfileView.vue') },
      ...operationsRoutes,
      ...reportsRoutes,
      {
        path: 'teams/single/:id',
        name: 'team',
        component: () => import('../views/TeamView.vue'),
        props: (route) => ({ id: String(route.params.id) }),
      },
      {
        path: ':list/single/:id',
        name: 'record',
        component: () => import('../views/RecordView.vue'),
        props: (route) => ({ definition: RECORD_DEFINITIONS.get(String(route.params.list)), id: String(route.params.id) }),
      },
      {
        path: ':list',
        name: 'list',
        component: () => import('../views/EntityListView.vue'),
        props: (route) => ({ definition: LIST_DEFINITIONS.get(String(route.params.list)) }),
      },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]

/** Hash routing as in Maestro 0.6, so that client-app needs no fallback route and old bookmarks keep working. */
export function createMaestroRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({ history, routes })
  router.beforeEach((to) => {
    const session = useSessionStore()
    if (to.matched.some((record) => record.meta.requiresAuth) && !session.signedIn) {
      return { name: 'login', query: to.fullPath === '/dashboard' ? {} : { next: to.fullPath } }
    }
    // Checked here, not in beforeEnter, which does not run when only the :list parameter changes.
    const known = to.name === 'record' ? RECORD_DEFINITIONS : LIST_DEFINITIONS
    if ((to.name === 'list' || to.name === 'record') && !known.has(String(to.params.list))) {
      return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } }
    }
    if ((to.name === 'login' || to.name === 'signup') && session.signedIn) return { name: 'home' }
    return true
  })
  return router
}
