import { describeFailure, describeNetworkFailure, describeRecordFailure, retryAfterSeconds } from './errors'

/**
 * Resources that server-app mirrors under /teams/:id/... (Maestro 0.6 §2.5). `flavors_public` is a global catalogue
 * without ACL here (docs/resources.md): it is read at its own route in every tenant.
 */
export const TEAM_SCOPED_RESOURCES = new Set([
  'servers', 'applications', 'system', 'clients', 'datacenters', 'connections', 'volumes', 'images', 'snapshots',
  'network', 'flavors', 'events', 'reports', 'scheduler', 'graphs', 'projects',
])

/** A failed API call, already in words. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly body: unknown) {
    super(message)
    this.name = 'ApiError'
  }
}

export type QueryValue = string | number | boolean | undefined | null | (string | number)[]

export interface RequestOptions {
  query?: Record<string, QueryValue>
  body?: unknown
}

export interface ApiClientOptions {
  baseUrl: string
  token: () => string | null
  /** The team whose identity the user acts under, or null for personal. */
  teamId: () => string | null
  /** Called once the API says the token is no longer accepted. */
  onUnauthorized: () => void
  /** Called when a write was saved but a downstream service failed (`status:"error"` records). */
  onWarning?: (message: string) => void
  timeoutMs?: number
  fetch?: typeof fetch
}

/** `/servers/1` in a team tenant → `/teams/<team>/servers/1`; identity routes (`/me`, `/users`, `/teams`) stay personal. */
export function scopedPath(path: string, teamId: string | null): string {
  const resource = path.replace(/^\/+/, '').split(/[/?]/, 1)[0]
  if (!teamId || !TEAM_SCOPED_RESOURCES.has(resource)) return path
  return `/teams/${encodeURIComponent(teamId)}${path.startsWith('/') ? path : `/${path}`}`
}

export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)))
    else params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** server-app over HTTP: `Authorization: JWT <token>`, tenant prefixes, errors turned into {@link ApiError}. */
export class ApiClient {
  private readonly fetchImpl: typeof fetch
  private readonly timeoutMs: number

  constructor(private readonly options: ApiClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init))
    this.timeoutMs = options.timeoutMs ?? 15000
  }

  get baseUrl(): string {
    return this.options.baseUrl
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options)
  }

  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body })
  }

  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body })
  }

  patch<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body })
  }

  delete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options)
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const { response, token } = await this.send(method, path, options, 'application/json', this.timeoutMs)
    const body = await readBody(response)
    // A token that the API refuses ends the session; a refused sign-in is just a wrong password.
    if (response.status === 401 && token) this.options.onUnauthorized()
    if (!response.ok || hasErrorEnvelope(body)) {
      const wait = response.status === 429 ? retryAfterSeconds(response.headers.get('Retry-After')) : undefined
      throw new ApiError(describeFailure(response.status, body, path, wait), response.status, body)
    }
    const warning = describeRecordFailure(body, path)
    if (warning) this.options.onWarning?.(warning)
    return body as T
  }

  /**
   * A file the API writes in the format `accept` names (a report's CSV, PDF...), with the name its
   * `Content-Disposition` gives, if any. Large files take long: the whole download has `timeoutMs` × 20.
   */
  async download(path: string, accept: string, query?: Record<string, QueryValue>): Promise<{ blob: Blob; filename: string | null }> {
    const timeoutMs = this.timeoutMs * 20
    const { response, token, done } = await this.send('GET', path, { query }, accept, timeoutMs, true)
    try {
      if (!response.ok) {
        const body = await readBody(response)
        if (response.status === 401 && token) this.options.onUnauthorized()
        throw new ApiError(describeFailure(response.status, body, path), response.status, body)
      }
      const blob = await response.blob()
      const disposition = response.headers.get('Content-Disposition') ?? ''
      return { blob, filename: /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null }
    } catch (cause) {
      if (cause instanceof ApiError) throw cause
      throw new ApiError(`The download stopped: ${(cause as Error).message}`, 0, cause)
    } finally {
      done()
    }
  }

  /** One call; the timeout covers the answer's headers, or also its body when `keepTimer` (then call `done`). */
  private async send(method: string, path: string, options: RequestOptions, accept: string, timeoutMs: number, keepTimer = false) {
    const url = this.options.baseUrl + scopedPath(path, this.options.teamId()) + queryString(options.query)
    const token = this.options.token()
    const headers: Record<string, string> = { Accept: accept }
    if (token) headers.Authorization = `JWT ${token}`
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'

    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(), timeoutMs)
    const done = () => clearTimeout(timer)
    try {
      const response = await this.fetchImpl(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: abort.signal,
      })
      return { response, token, done }
    } catch (cause) {
      done()
      const message = abort.signal.aborted
        ? `The Maestro API did not answer within ${Math.round(timeoutMs / 1000)} s.`
        : describeNetworkFailure(this.options.baseUrl)
      throw new ApiError(message, 0, cause)
    } finally {
      if (!keepTimer) done()
    }
  }
}

/** What `GET /<users|teams>/upload?filetype&filename` answers: where and how to send the file. */
export interface UploadTicket {
  signedRequest: string
  filename: string
  url?: string
  headers?: Record<string, string>
}

/**
 * Sends a file where an upload ticket says (server-app's `PUT .../upload` or a pre-signed S3 URL) as the raw body with
 * the ticket's headers; resolves to the stored file name, which the caller keeps (e.g. in `avatar`).
 */
export async function sendUpload(ticket: UploadTicket, file: Blob, fetchImpl: typeof fetch = fetch): Promise<string> {
  let response: Response
  try {
    response = await fetchImpl(ticket.signedRequest, { method: 'PUT', headers: ticket.headers ?? {}, body: file })
  } catch {
    throw new ApiError(describeNetworkFailure(new URL(ticket.signedRequest, 'http://localhost').origin), 0, undefined)
  }
  const body = await readBody(response)
  if (!response.ok) throw new ApiError(describeFailure(response.status, body, '/upload'), response.status, body)
  return (body as { filename?: string } | undefined)?.filename ?? ticket.filename
}

/**
 * A public file (an avatar) of the signed-in user (`users`) or one of their teams (`teams`): asks server-app where to
 * send it (`GET /<folder>/upload?filetype&filename`), sends it, and resolves to the stored name to keep.
 */
export async function uploadPublicFile(api: ApiClient, folder: 'users' | 'teams', file: File): Promise<string> {
  const ticket = await api.get<UploadTicket>(`/${folder}/upload`, { query: { filetype: file.type, filename: file.name } })
  return sendUpload(ticket, file)
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Maestro 0.6 answered some failures (disabled services) with 200 and an `err` body. */
function hasErrorEnvelope(body: unknown): boolean {
  return !!body && typeof body === 'object' && !Array.isArray(body) && 'err' in body
}
