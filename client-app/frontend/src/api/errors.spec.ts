import { describe, expect, it } from 'vitest'
import { describeFailure, describeRecordFailure, retryAfterSeconds, serviceNamed } from './errors'

describe('error bodies in words', () => {
  it('lists each Joi detail of a ValidatorError as "field X: message"', () => {
    const body = {
      err: {
        name: 'ValidatorError',
        errors: [
          { message: '"name" is required', path: ['name'], type: 'any.required', context: { key: 'name' } },
          { message: '"os.base" length must be less than or equal to 40 characters long', path: ['os', 'base'], type: 'string.max' },
        ],
      },
    }
    expect(describeFailure(422, body, '/servers')).toBe(
      'field name: is required; field os.base: length must be less than or equal to 40 characters long',
    )
  })

  it('keeps a validation message given as a plain string', () => {
    expect(describeFailure(422, { err: { name: 'ValidatorError', errors: 'query is not valid JSON' } }, '/servers'))
      .toBe('query is not valid JSON')
  })

  it('tells the user that a 403 PermissionError needs write access', () => {
    expect(describeFailure(403, { err: { name: 'PermissionError', errors: 'Invalid permission' } }, '/servers/1'))
      .toBe('You need write access: Invalid permission')
    expect(describeFailure(403, undefined, '/servers/1')).toBe('You need write access to do this.')
  })

  it('shows the server sentence of other refusals, such as a wrong password', () => {
    expect(describeFailure(400, { err: { name: 'PermissionError', errors: 'Invalid username or password' } }, '/users/auth'))
      .toBe('Invalid username or password')
    expect(describeFailure(409, { err: { name: 'ConflictError', errors: 'User already exist' } }, '/users'))
      .toBe('User already exist')
  })

  it('names the wait of a throttled attempt from Retry-After, in seconds or minutes', () => {
    const throttled = { err: { name: 'TooManyRequestsError', errors: 'Too many failed logins; try again in 42 seconds' } }
    expect(describeFailure(429, throttled, '/users/auth/pass', 42)).toBe('Too many attempts. Try again in 42 seconds.')
    expect(describeFailure(429, throttled, '/users/auth/pass', 600)).toBe('Too many attempts. Try again in 10 minutes.')
    expect(describeFailure(429, throttled, '/users/auth/pass')).toBe('Too many attempts. Wait a moment and try again.')
    expect(retryAfterSeconds('42')).toBe(42)
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT')).toBeUndefined()
    expect(retryAfterSeconds(null)).toBeUndefined()
  })

  it('names the service that is down on 501/503, from the message or from the route', () => {
    expect(describeFailure(501, { err: { name: 'HTTPError', errors: 'connect ECONNREFUSED (audit)' } }, '/me/audit'))
      .toBe('The audit service is down.')
    expect(describeFailure(503, { err: { name: 'HTTPError', errors: 'timeout' } }, '/connections/5/task/server-list'))
      .toBe('The discovery service is down.')
    expect(describeFailure(200, { err: { name: 'ServiceDisabledError', errors: 'REPORT service was disabled' } }, '/reports'))
      .toBe('The reports service is down.')
  })

  it('says a session ended on 401 and copes with bodies that are not JSON', () => {
    expect(describeFailure(401, 'Unauthorized', '/me')).toBe('Your session has ended. Please sign in again.')
    expect(describeFailure(500, { err: 'Error: boom' }, '/servers')).toBe('Error: boom')
    expect(describeFailure(502, '', '/servers')).toBe('The back-end service is down.')
    expect(describeFailure(500, undefined, '/x')).toBe('The API failed (HTTP 500).')
  })

  it('reports a saved record whose downstream step failed', () => {
    expect(describeRecordFailure({ _id: '1', status: 'error', msg: 'analytics service unreachable' }, '/graphs'))
      .toBe('Saved, but the analytics service is down: analytics service unreachable')
    expect(describeRecordFailure({ _id: '1', status: 'finished', msg: 'done' }, '/reports')).toBeNull()
  })

  it('falls back to "back-end" when nothing names a service', () => {
    expect(serviceNamed('boom', '/servers')).toBe('back-end')
  })
})
