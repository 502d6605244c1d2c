import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import { artifactType, uploadArtifact } from './artifacts'

const SIGNED = {
  signedRequest: 'http://api:8888/users/upload?ext=json&folder=users&name=facts',
  filename: 'users/u1/facts.json',
  headers: { 'Content-type': 'application/octet-stream', Authorization: 'JWT t' },
}

describe('artifact upload', () => {
  it('asks where to upload, then sends the file as multipart with the signed headers', async () => {
    const get = vi.fn(async () => SIGNED)
    const fetchImpl = vi.fn(async () => new Response('{"filename":"users/u1/facts.json"}', { status: 201 }))
    const file = new File(['{"ansible_facts":{}}'], 'facts.json', { type: '' })

    expect(await uploadArtifact({ get } as unknown as ApiClient, file, fetchImpl)).toBe('users/u1/facts.json')
    expect(get).toHaveBeenCalledWith('/users/upload', { query: { filetype: 'application/json', filename: 'facts.json' } })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(SIGNED.signedRequest)
    expect(init.method).toBe('PUT')
    expect(init.headers).toEqual({ Authorization: 'JWT t' })
    expect((init.body as FormData).get('file')).toBeInstanceOf(Blob)
  })

  it('sends the raw file to an S3 pre-signed URL and reports a refusal in words', async () => {
    const get = vi.fn(async () => ({ ...SIGNED, url: 'https://s3.amazonaws.com/b/facts.json', headers: { 'Content-Type': 'application/json' } }))
    const fetchImpl = vi.fn(async () => new Response('{"err":{"name":"ValidatorError","errors":"file type not allowed"}}', { status: 422 }))
    const file = new File(['x'], 'notes.txt', { type: 'text/plain' })
    await expect(uploadArtifact({ get } as unknown as ApiClient, file, fetchImpl)).rejects.toThrow('notes.txt: file type not allowed')
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1]
    expect(init.body).toBe(file)
    expect(init.headers).toEqual({ 'Content-Type': 'application/json' })
  })

  it('names private file types by extension when the browser does not', () => {
    expect(artifactType({ name: 'terraform.tfstate', type: '' })).toBe('application/json')
    expect(artifactType({ name: 'hosts.csv', type: 'text/csv' })).toBe('text/csv')
  })
})
