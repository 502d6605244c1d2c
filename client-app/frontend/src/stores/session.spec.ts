// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { TOKEN_KEY, tokenExpiry, USER_KEY, useSessionStore } from './session'

function jwt(claims: object): string {
  const encode = (part: object) => btoa(JSON.stringify(part)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.signature`
}

const alice = { _id: 'u1', name: 'alice', email: 'alice@example.com' }

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('keeps the token in x-access and the user in me_list, as Maestro 0.6', () => {
    const session = useSessionStore()
    const token = jwt({ _id: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 })
    session.signIn(token, alice)
    expect(localStorage.getItem(TOKEN_KEY)).toBe(token)
    expect(JSON.parse(localStorage.getItem(USER_KEY)!)).toEqual(alice)
    expect(session.signedIn).toBe(true)

    setActivePinia(createPinia())
    expect(useSessionStore().signedIn).toBe(true)
  })

  it('counts an expired token as signed out', () => {
    const session = useSessionStore()
    session.signIn(jwt({ _id: 'u1', exp: Math.floor(Date.now() / 1000) - 1 }), alice)
    expect(session.signedIn).toBe(false)
  })

  it('accepts a 0.6 token without exp', () => {
    const session = useSessionStore()
    session.signIn(jwt({ _id: 'u1' }), alice)
    expect(session.signedIn).toBe(true)
    expect(tokenExpiry('not-a-jwt')).toBeNull()
  })

  it('remembers the tenant per user in <userId>_tenant and restores it at the next sign-in', () => {
    const session = useSessionStore()
    session.signIn(jwt({ _id: 'u1' }), alice)
    expect(session.tenantId).toBe('u1')
    expect(session.teamId).toBeNull()

    session.switchTenant({ kind: 'team', _id: 't9', name: 'ops' })
    expect(JSON.parse(localStorage.getItem('u1_tenant')!)).toEqual({ kind: 'team', _id: 't9', name: 'ops' })
    expect(session.tenantId).toBe('t9')
    expect(session.teamId).toBe('t9')

    session.signOut()
    expect(session.tenantId).toBeNull()
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull()
    expect(localStorage.getItem('u1_tenant')).not.toBeNull()

    session.signIn(jwt({ _id: 'u2' }), { ...alice, _id: 'u2', name: 'bob' })
    expect(session.teamId).toBeNull()
    session.signIn(jwt({ _id: 'u1' }), alice)
    expect(session.teamId).toBe('t9')
  })

  it('ignores a broken stored user', () => {
    localStorage.setItem(TOKEN_KEY, jwt({ _id: 'u1' }))
    localStorage.setItem(USER_KEY, '{broken')
    expect(useSessionStore().signedIn).toBe(false)
  })
})
