import { describe, expect, it, vi } from 'vitest'
import { ApiClient, ApiError, queryString, scopedPath, sendUpload } from './client'

function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

function client(overrides: { token?: string | null; teamId?: string | null; answer?: Response | Error } = {}) {
  const fetch = vi.fn(async () => {
    if (overrides.answer instanceof Error) throw overrides.answer
    return overrides.answer ?? jsonResponse(200, { found: 0, items: [] })
  })
  const onUnauthorized = vi.fn()
  const onWarning = vi.fn()
  const api = new ApiClient({
    baseUrl: 'http://api:8888',
    token: () => (overrides.token === undefined ? 'tok' : overrides.token),
    teamId: () => overrides.teamId ?? null,
    onUnauthorized,
    onWarning,
    fetch: fetch as unknown as typeof globalThis.fetch,
  })
  return { api, fetch, onUnauthorized, onWarning }
}

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call
  } catch (error) {
    return error as ApiError
  }
  throw new Error('the call was expected to fail')
}

describe('API client', () => {
  it('sends the JWT scheme header, JSON body and query string', async () => {
    const { api, fetch } = client()
    await api.post('/servers', { name: 'web-1' }, { query: { page: 2, query: '{"name":"a"}', empty: '' } })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://api:8888/servers?page=2&query=%7B%22name%22%3A%22a%22%7D')
    expect(init.method).toBe('POST')
    expect((init.headers as Record<string, string>).Authorization).toBe('JWT tok')
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json')
    expect(init.body).toBe('{"name":"web-1"}')
  })

  it('sends no Authorization header before sign-in', async () => {
    const { api, fetch } = client({ token: null })
    await api.post('/users/auth', { email: 'a@b.c', password: 'pass' })
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it('prefixes entity routes with the team in a team tenant, but not identity routes', async () => {
    expect(scopedPath('/servers/1/roles', 'T1')).toBe('/teams/T1/servers/1/roles')
    expect(scopedPath('/applications?family=Database', 'T1')).toBe('/teams/T1/applications?family=Database')
    expect(scopedPath('/me', 'T1')).toBe('/me')
    expect(scopedPath('/teams', 'T1')).toBe('/teams')
    expect(scopedPath('/users/auth', 'T1')).toBe('/users/auth')
    expect(scopedPath('/servers', null)).toBe('/servers')
    expect(scopedPath('/datacenters/d1/orphans', 'T1')).toBe('/teams/T1/datacenters/d1/orphans')
    // The public flavors catalogue has no ACL and no team mirror.
    expect(scopedPath('/flavors_public/f1', 'T1')).toBe('/flavors_public/f1')
    expect(scopedPath('/teams/T1/members', 'T1')).toBe('/teams/T1/members')

    const { api, fetch } = client({ teamId: 'T1' })
    await api.get('/servers/count')
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('http://api:8888/teams/T1/servers/count')
  })

  it('repeats array parameters', () => {
    expect(queryString({ family: ['Database', 'Cache'], limit: 5 })).toBe('?family=Database&family=Cache&limit=5')
    expect(queryString({})).toBe('')
  })

  it('turns an error envelope into an ApiError in words', async () => {
    const { api } = client({
      answer: jsonResponse(422, { err: { name: 'ValidatorError', errors: [{ message: '"name" is required', path: ['name'] }] } }),
    })
    const failure = await failureOf(api.post('/servers', {}))
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure.message).toBe('field name: is required')
    expect(failure.status).toBe(422)
  })

  it('signs out when the API refuses the token, not when a sign-in fails', async () => {
    const refused = client({ answer: jsonResponse(401, 'Unauthorized') })
    await expect(refused.api.get('/me')).rejects.toThrow('Your session has ended')
    expect(refused.onUnauthorized).toHaveBeenCalledOnce()

    const anonymous = client({ token: null, answer: jsonResponse(401, 'Unauthorized') })
    await expect(anonymous.api.post('/users/auth', {})).rejects.toBeInstanceOf(ApiError)
    expect(anonymous.onUnauthorized).not.toHaveBeenCalled()
  })

  it('names the wait of a 429 from its Retry-After header', async () => {
    const throttled = new Response(JSON.stringify({ err: { name: 'TooManyRequestsError', errors: 'Too many failed logins' } }), {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '90' },
    })
    const { api } = client({ answer: throttled })
    const failure = await failureOf(api.patch('/users/auth/pass', {}))
    expect(failure.status).toBe(429)
    expect(failure.message).toBe('Too many attempts. Try again in 2 minutes.')
  })

  it('treats a 200 carrying an err envelope (0.6 disabled services) as a failure', async () => {
    const { api } = client({ answer: jsonResponse(200, { err: { name: 'ServiceDisabledError', errors: 'REPORT service was disabled' } }) })
    await expect(api.get('/reports/1/result')).rejects.toThrow('The reports service is down.')
  })

  it('warns about a saved record whose downstream service failed, and still returns it', async () => {
    const { api, onWarning } = client({ answer: jsonResponse(201, { _id: 'g1', status: 'error', msg: 'analytics is unreachable' }) })
    await expect(api.post('/graphs', { name: 'g' })).resolves.toMatchObject({ _id: 'g1' })
    expect(onWarning).toHaveBeenCalledWith('Saved, but the analytics service is down: analytics is unreachable')
  })

  it('explains a network failure', async () => {
    const { api } = client({ answer: new TypeError('Failed to fetch') })
    const failure = await failureOf(api.get('/servers'))
    expect(failure.status).toBe(0)
    expect(failure.message).toContain('Cannot reach the Maestro API at http://api:8888')
  })

  it('returns nothing for 204', async () => {
    const { api } = client({ answer: new Response(null, { status: 204 }) })
    await expect(api.delete('/servers/1')).resolves.toBeUndefined()
  })

  it('uploads a file where the ticket says, with its headers, and returns the stored name', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ filename: 'teams/u1/logo-png.png' }), { status: 201 }))
    const file = new Blob(['png'], { type: 'image/png' })
    const ticket = { signedRequest: 'http://api/teams/upload?ext=png&folder=teams&name=logo.png', filename: 'x', headers: { Authorization: 'JWT t' } }
    expect(await sendUpload(ticket, file, fetchImpl as unknown as typeof fetch)).toBe('teams/u1/logo-png.png')
    expect(fetchImpl).toHaveBeenCalledWith(ticket.signedRequest, { method: 'PUT', headers: { Authorization: 'JWT t' }, body: file })

    const refused = vi.fn(async () => new Response(JSON.stringify({ err: { name: 'ValidatorError', errors: 'The file is not an image' } }), { status: 422 }))
    await expect(sendUpload(ticket, file, refused as unknown as typeof fetch)).rejects.toThrow('The file is not an image')
  })
  it('downloads a file in the format asked, named as the answer says, in the team tenant', async () => {
    const answer = new Response('hostname,name\nweb1,web\n', {
      status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="r1_pivot.csv"' },
    })
    const { api, fetch } = client({ teamId: 'T1', answer })
    const { blob, filename } = await api.download('/reports/r1/result', 'text/csv', { orderBy: 'name', ascending: 1 })
    expect(await blob.text()).toBe('hostname,name\nweb1,web\n')
    expect(filename).toBe('r1_pivot.csv')
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://api:8888/teams/T1/reports/r1/result?orderBy=name&ascending=1')
    expect(init.headers).toEqual({ Accept: 'text/csv', Authorization: 'JWT tok' })
  })

  it('says why a download was refused', async () => {
    const { api } = client({ answer: jsonResponse(502, { err: { name: 'HTTPError', errors: 'reports-app is unreachable' } }) })
    const failure = await failureOf(api.download('/reports/r1/result', 'application/pdf'))
    expect(failure.status).toBe(502)
    expect(failure.message).toContain('reports')
  })
})
