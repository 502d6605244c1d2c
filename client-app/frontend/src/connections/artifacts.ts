import { ApiError, type ApiClient } from '../api/client'
import { describeFailure } from '../api/errors'

/** What `GET /users/upload` answers: where to send the file, the name it will have, and the headers to send. */
export interface SignedUpload {
  signedRequest: string
  filename: string
  /** Set in S3 mode: the file goes to a pre-signed URL as the raw body. */
  url?: string
  headers?: Record<string, string>
}

/** The file types server-app keeps privately (Maestro 0.6 §2.10), by extension when the browser gives none. */
const PRIVATE_TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv', txt: 'text/plain', tfstate: 'application/json' }

export function artifactType(file: { name: string; type: string }): string {
  if (file.type && Object.values(PRIVATE_TYPES).includes(file.type)) return file.type
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  return PRIVATE_TYPES[extension] ?? (file.type || 'text/plain')
}

/**
 * Uploads one discovery artifact (Ansible facts, a file import, a Terraform state) as a private file of the user:
 * asks server-app where (`GET /users/upload?filetype&filename`), then sends it there — multipart field `file` to
 * server-app, or the raw body to an S3 pre-signed URL. Returns the stored file name discovery reads back.
 */
export async function uploadArtifact(api: ApiClient, file: File, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<string> {
  const filetype = artifactType(file)
  const signed = await api.get<SignedUpload>('/users/upload', { query: { filetype, filename: file.name } })
  const headers = { ...(signed.headers ?? {}) }
  let body: BodyInit
  if (signed.url) {
    body = file
  } else {
    // The browser writes the multipart Content-Type with its boundary.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') delete headers[name]
    const form = new FormData()
    form.append('file', new Blob([file], { type: filetype }), file.name)
    body = form
  }
  const response = await fetchImpl(signed.signedRequest, { method: 'PUT', headers, body })
  if (!response.ok) {
    const text = await response.text().catch(() => '')
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    throw new ApiError(`${file.name}: ${describeFailure(response.status, parsed, '/users/upload')}`, response.status, parsed)
  }
  return signed.filename
}
