// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client'
import { describeFailure } from '../api/errors'
import { TOKEN_KEY, USER_KEY, useSessionStore } from '../stores/session'
import { buttonsNamed, mountWithServices } from '../testing/mountWithServices'
import ProfileView from './ProfileView.vue'

enableAutoUnmount(afterEach)

const PROFILE = { _id: 'u1', name: 'alice', email: 'alice@example.com', fullname: 'Alice Doe', avatar: 'users/u1/old-png.png' }

function api(overrides: Record<string, unknown> = {}) {
  return {
    get: vi.fn(async () => PROFILE),
    patch: vi.fn(async () => PROFILE),
    delete: vi.fn(async () => undefined),
    ...overrides,
  }
}

async function mountProfile(fakeApi: Record<string, unknown>) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
  await router.push('/dashboard/profile')
  const socket = { stop: vi.fn(), start: vi.fn() }
  const mounted = await mountWithServices(ProfileView, {}, fakeApi, { router, socket, config: { staticUrl: '//files.test/static/' } })
  return { ...mounted, router, socket, session: useSessionStore() }
}

function input(label: string): HTMLInputElement {
  const element = document.body.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement | null
  if (!element) throw new Error(`no input labelled ${label}`)
  return element
}

/** Whether the form marks the field as refused (the message itself is inside a transition the test renderer stubs). */
function refused(label: string): boolean {
  return !!input(label).closest('.el-form-item')?.classList.contains('is-error')
}

async function type(label: string, value: string) {
  const element = input(label)
  element.value = value
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function click(text: string) {
  const [button] = buttonsNamed(text)
  if (!button) throw new Error(`no button ${text}`)
  button.click()
  // Element Plus validates asynchronously and shows a field's error a render later.
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 50))
  await flushPromises()
}

async function fillPassword(current: string, next: string, repeat = next) {
  await type('Current password', current)
  await type('New password', next)
  await type('Repeat new password', repeat)
}

describe('profile page', () => {
  beforeEach(() => {
    localStorage.setItem(TOKEN_KEY, 'tok')
    localStorage.setItem(USER_KEY, JSON.stringify({ _id: 'u1', name: 'alice', email: 'alice@example.com' }))
  })
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
    vi.unstubAllGlobals()
  })

  it('shows the avatar from STATIC_URL and uploads a new one for the profile and the user menu', async () => {
    const fakeApi = api({
      get: vi.fn(async (path: string) => (path === '/me' ? PROFILE : { signedRequest: 'http://api.test/users/upload?ext=png&folder=users&name=me-png', filename: 'users/u1/me-png.png', headers: { Authorization: 'JWT tok' } })),
    })
    const put = vi.fn(async () => new Response(JSON.stringify({ filename: 'users/u1/me-png.png' }), { status: 201 }))
    vi.stubGlobal('fetch', put)
    const { session } = await mountProfile(fakeApi)
    expect(document.body.querySelector('[data-test="profile-avatar"] img')?.getAttribute('src')).toBe('//files.test/static/users/u1/old-png.png')

    const file = new File(['png'], 'me.png', { type: 'image/png' })
    const picker = input('Avatar file')
    Object.defineProperty(picker, 'files', { value: [file] })
    picker.dispatchEvent(new Event('change'))
    await flushPromises()

    expect(fakeApi.get).toHaveBeenCalledWith('/users/upload', { query: { filetype: 'image/png', filename: 'me.png' } })
    expect(put).toHaveBeenCalledWith('http://api.test/users/upload?ext=png&folder=users&name=me-png', { method: 'PUT', headers: { Authorization: 'JWT tok' }, body: file })
    expect(fakeApi.patch).toHaveBeenCalledWith('/me', { avatar: 'users/u1/me-png.png' })
    expect(session.user?.avatar).toBe('users/u1/me-png.png')
    expect(JSON.parse(localStorage.getItem(USER_KEY)!).avatar).toBe('users/u1/me-png.png')
    expect(document.body.querySelector('[data-test="profile-avatar"] img')?.getAttribute('src')).toBe('//files.test/static/users/u1/me-png.png')
  })

  it('says why an avatar was refused and keeps the old one', async () => {
    const fakeApi = api({
      get: vi.fn(async (path: string) => (path === '/me' ? PROFILE : { signedRequest: 'http://api.test/users/upload', filename: 'users/u1/me-png.png' })),
    })
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ err: { name: 'ValidatorError', errors: 'The file is not an image' } }), { status: 422 })))
    const { session } = await mountProfile(fakeApi)
    const picker = input('Avatar file')
    Object.defineProperty(picker, 'files', { value: [new File(['text'], 'me.png', { type: 'image/png' })] })
    picker.dispatchEvent(new Event('change'))
    await flushPromises()

    expect(document.body.querySelector('[data-test="avatar-failure"]')?.textContent).toContain('The avatar was not saved: The file is not an image')
    expect(fakeApi.patch).not.toHaveBeenCalled()
    expect(session.user?.avatar).toBeUndefined()
  })

  it('changes the password with the account e-mail, the current and the new password', async () => {
    const fakeApi = api()
    await mountProfile(fakeApi)
    await fillPassword('old-secret', 'new-secret')
    await click('Change password')

    expect(fakeApi.patch).toHaveBeenCalledWith('/users/auth/pass', { email: 'alice@example.com', password: 'old-secret', newpass: 'new-secret' })
    expect(input('Current password').value).toBe('')
    expect(document.body.querySelector('[data-test="password-failure"]')).toBeNull()
  })

  it('keeps working with the new token the password change answers, live notifications included', async () => {
    const fakeApi = api({ patch: vi.fn(async () => ({ ...PROFILE, token: 'token-after-change' })) })
    const { session, socket } = await mountProfile(fakeApi)
    await fillPassword('old-secret', 'new-secret')
    await click('Change password')

    expect(session.token).toBe('token-after-change')
    expect(localStorage.getItem('x-access')).toBe('token-after-change')
    expect(session.user?.email).toBe('alice@example.com')
    expect(socket.start).toHaveBeenCalled()
  })

  it('sends nothing when the new passwords differ or are too short', async () => {
    const fakeApi = api()
    await mountProfile(fakeApi)
    await fillPassword('old-secret', 'new-secret', 'new-secrat')
    await click('Change password')
    expect(refused('Repeat new password')).toBe(true)
    expect(refused('New password')).toBe(false)

    await fillPassword('old-secret', 'abc')
    await click('Change password')
    expect(refused('New password')).toBe(true)
    expect(fakeApi.patch).not.toHaveBeenCalled()
  })

  it.each([
    [400, { err: { name: 'PermissionError', errors: 'Invalid username or password' } }, undefined, 'The current password is wrong.'],
    [422, { err: { name: 'ValidatorError', errors: [{ message: '"newpass" length must be at most 30 characters long', path: ['newpass'] }] } }, undefined, 'field newpass: length must be at most 30 characters long'],
    [429, { err: { name: 'TooManyRequestsError', errors: 'Too many failed logins; try again in 120 seconds' } }, 120, 'Too many attempts. Try again in 2 minutes.'],
  ])('says in words why a password change was refused (%i)', async (status, body, wait, words) => {
    const patch = vi.fn(async () => { throw new ApiError(describeFailure(status, body, '/users/auth/pass', wait), status, body) })
    await mountProfile(api({ patch }))
    await fillPassword('old-secret', 'new-secret')
    await click('Change password')

    expect(document.body.querySelector('[data-test="password-failure"]')?.textContent).toContain(words)
    expect(input('Current password').value).toBe('old-secret')
  })

  it('deletes the account only after the e-mail is typed, then signs out and goes to sign-in', async () => {
    const fakeApi = api()
    const { router, session, socket } = await mountProfile(fakeApi)
    await click('Delete my account')
    const [confirm] = buttonsNamed('Delete account')
    expect(confirm.disabled).toBe(true)

    await type('Confirm e-mail', 'alice@example.org')
    expect(buttonsNamed('Delete account')[0].disabled).toBe(true)
    await type('Confirm e-mail', 'Alice@Example.com')
    expect(buttonsNamed('Delete account')[0].disabled).toBe(false)
    await click('Delete account')

    expect(fakeApi.delete).toHaveBeenCalledWith('/me')
    expect(session.signedIn).toBe(false)
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull()
    expect(socket.stop).toHaveBeenCalled()
    expect(router.currentRoute.value.path).toBe('/auth/login')
  })

  it('keeps the user signed in and says why when the deletion is refused', async () => {
    const body = { err: { name: 'ConflictError', errors: 'The last administrator cannot delete their account' } }
    const fakeApi = api({ delete: vi.fn(async () => { throw new ApiError(describeFailure(409, body, '/me'), 409, body) }) })
    const { router, session } = await mountProfile(fakeApi)
    await click('Delete my account')
    await type('Confirm e-mail', 'alice@example.com')
    await click('Delete account')

    expect(document.body.querySelector('[data-test="delete-failure"]')?.textContent).toContain('The last administrator cannot delete their account')
    expect(session.signedIn).toBe(true)
    expect(router.currentRoute.value.path).toBe('/dashboard/profile')
  })
})
