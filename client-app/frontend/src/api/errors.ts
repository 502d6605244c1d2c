/** Turns what server-app answers on failure into a sentence a user can act on. */

/** One Joi detail as server-app sends it in a ValidatorError. */
interface ValidationDetail {
  message?: string
  path?: (string | number)[] | string
  context?: { key?: string; label?: string }
}

const SERVICE_NAMES: [RegExp, string][] = [
  [/discovery|crawler|providers|\/connections\/[^/]+\/task/i, 'discovery'],
  [/reports?\b/i, 'reports'],
  [/analytics|graphs/i, 'analytics'],
  [/audit/i, 'audit'],
  [/scheduler/i, 'scheduler'],
  [/websocket/i, 'websocket'],
  [/\bdata\b/i, 'data'],
]

/** Which back-end service a failure is about: named in the message, or implied by the route that was called. */
export function serviceNamed(text: string, path: string): string {
  for (const source of [text, path]) {
    for (const [pattern, name] of SERVICE_NAMES) {
      if (pattern.test(source)) return name
    }
  }
  return 'back-end'
}

/** `"name" length must be...` → `field name: length must be...` */
function describeDetail(detail: ValidationDetail | string): string {
  if (typeof detail === 'string') return detail
  const path = Array.isArray(detail.path) ? detail.path.join('.') : detail.path
  const field = path || detail.context?.key || detail.context?.label
  const message = (detail.message ?? 'is invalid').replace(/^"[^"]*"\s*/, '')
  return field ? `field ${field}: ${message}` : message
}

function detailText(errors: unknown): string {
  if (Array.isArray(errors)) return errors.map((detail) => describeDetail(detail as ValidationDetail)).join('; ')
  if (typeof errors === 'string') return errors
  if (errors && typeof errors === 'object') {
    const detail = errors as ValidationDetail & { details?: unknown }
    if (Array.isArray(detail.details)) return detailText(detail.details)
    if (detail.message) return describeDetail(detail)
  }
  return ''
}

export interface ErrorBody {
  err?: { name?: string; errors?: unknown } | string
  error?: string
  status?: string
  msg?: string
}

/**
 * The words for an HTTP failure. `path` is the API route called, used to name a service that is down;
 * `retryAfterSeconds` is a 429's `Retry-After`, when the server sent one.
 */
export function describeFailure(status: number, body: unknown, path: string, retryAfterSeconds?: number): string {
  const envelope = (body && typeof body === 'object' ? body : {}) as ErrorBody
  const err = envelope.err
  const name = typeof err === 'object' ? err?.name ?? '' : ''
  const detail = typeof err === 'object' ? detailText(err?.errors) : (err ?? envelope.error ?? (typeof body === 'string' ? body : ''))

  if (status === 422 || name === 'ValidatorError') return detail || 'The form has invalid fields.'
  if (status === 403) return detail ? `You need write access: ${detail}` : 'You need write access to do this.'
  if (status === 401) return 'Your session has ended. Please sign in again.'
  if (status === 501 || status === 502 || status === 503 || status === 504 || name === 'ServiceDisabledError' || name === 'HTTPError') {
    return `The ${serviceNamed(detail, path)} service is down.`
  }
  if (status === 404) return detail || 'Not found.'
  if (status === 429) {
    return retryAfterSeconds === undefined
      ? 'Too many attempts. Wait a moment and try again.'
      : `Too many attempts. Try again in ${waitInWords(retryAfterSeconds)}.`
  }
  if (detail) return detail
  return status >= 500 ? `The API failed (HTTP ${status}).` : `The request was refused (HTTP ${status}).`
}

/** `Retry-After` as a delta in seconds; an HTTP date or anything else is not a wait we can name. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined
  return Number(header.trim())
}

function waitInWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/** A saved record whose downstream step failed carries `status:"error"` and a `msg` naming the service. */
export function describeRecordFailure(body: unknown, path: string): string | null {
  if (!body || typeof body !== 'object') return null
  const record = body as ErrorBody
  if (record.status !== 'error' || !record.msg) return null
  return `Saved, but the ${serviceNamed(record.msg, path)} service is down: ${record.msg}`
}

export function describeNetworkFailure(apiUrl: string): string {
  return `Cannot reach the Maestro API at ${apiUrl}. Check your connection or the API_URL setting.`
}
