import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** The signed-in user as `POST /users/auth` returns it. */
export interface SessionUser {
  _id: string
  name: string
  email: string
  avatar?: string
}

/** Whose identity the dashboard acts under: the user's own, or a team's (`/teams/<id>/...` routes). */
export type Tenant = { kind: 'user' } | { kind: 'team'; _id: string; name: string }

/** localStorage keys of Maestro 0.6, so a signed-in 0.6 browser stays signed in. */
export const TOKEN_KEY = 'x-access'
export const USER_KEY = 'me_list'
export const tenantKey = (userId: string) => `${userId}_tenant`

const PERSONAL: Tenant = { kind: 'user' }

/** Seconds since the epoch at which the JWT expires, or null if it carries no `exp`. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')
    const claims = JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')))
    return typeof claims.exp === 'number' ? claims.exp : null
  } catch {
    return null
  }
}

function readJson<T>(key: string): T | null {
  const text = localStorage.getItem(key)
  if (!text) return null
  try {
    return JSON.parse(text) as T
  } catch {
    return null
  }
}

function readTenant(userId: string | undefined): Tenant {
  if (!userId) return PERSONAL
  const stored = readJson<Tenant>(tenantKey(userId))
  return stored?.kind === 'team' && stored._id ? stored : PERSONAL
}

export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(localStorage.getItem(TOKEN_KEY))
  const user = ref<SessionUser | null>(readJson<SessionUser>(USER_KEY))
  const tenant = ref<Tenant>(readTenant(user.value?._id))

  const signedIn = computed(() => {
    if (!token.value || !user.value) return false
    const expiry = tokenExpiry(token.value)
    return expiry === null || expiry * 1000 > Date.now()
  })
  const teamId = computed(() => (tenant.value.kind === 'team' ? tenant.value._id : null))
  /** Websocket channel suffix and owner of what the user creates: the team in a team tenant. */
  const tenantId = computed(() => teamId.value ?? user.value?._id ?? null)

  function signIn(newToken: string, newUser: SessionUser) {
    token.value = newToken
    user.value = newUser
    localStorage.setItem(TOKEN_KEY, newToken)
    localStorage.setItem(USER_KEY, JSON.stringify(newUser))
    tenant.value = readTenant(newUser._id)
  }

  function signOut() {
    token.value = null
    user.value = null
    tenant.value = PERSONAL
    localStorage.removeItem(TOKEN_KEY)
    localStorage.removeItem(USER_KEY)
  }

  /** A new token for the same user (after a password change, which ends the tokens issued before). */
  function replaceToken(newToken: string) {
    token.value = newToken
    localStorage.setItem(TOKEN_KEY, newToken)
  }

  function updateUser(changes: Partial<SessionUser>) {
    if (!user.value) return
    user.value = { ...user.value, ...changes }
    localStorage.setItem(USER_KEY, JSON.stringify(user.value))
  }

  function switchTenant(next: Tenant) {
    tenant.value = next
    if (user.value) localStorage.setItem(tenantKey(user.value._id), JSON.stringify(next))
  }

  return { token, user, tenant, signedIn, teamId, tenantId, signIn, signOut, replaceToken, updateUser, switchTenant }
})
