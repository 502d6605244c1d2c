/** The formats a report's rows download in: server-app's `GET /reports/:id/result` answers by `Accept`. */
export interface ExportFormat {
  label: string
  accept: string
  extension: string
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { label: 'CSV', accept: 'text/csv', extension: 'csv' },
  { label: 'JSON', accept: 'application/json', extension: 'json' },
  { label: 'XML', accept: 'application/xml', extension: 'xml' },
  { label: 'Text', accept: 'text/plain', extension: 'txt' },
  { label: 'Ansible inventory', accept: 'text/inventory', extension: 'ini' },
  { label: 'PDF', accept: 'application/pdf', extension: 'pdf' },
]

/** A file name from the report's name when the answer names none: `Web servers` → `web-servers.csv`. */
export function downloadName(reportName: string, format: ExportFormat): string {
  const base = reportName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'report'
  return `${base}.${format.extension}`
}
