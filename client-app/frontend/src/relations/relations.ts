import type { ApiClient } from '../api/client'
import type { ListEnvelope } from '../composables/usePagedList'

/**
 * The three relations of Maestro 0.6 §2.6. Each is changed through a route of its *owner*
 * (`PATCH|DELETE <owner>/:id/<path>` with `{id: [target ids]}`), which writes a copy `{_id, name}` of the owner into
 * the `copyField` array of every target. Either side can open the dialog: from an owner the ids are targets; from a
 * target the dialog calls the owner's route once per owner, with the record's id as the body.
 */
export interface RelationSpec {
  owner: string
  ownerLabel: string
  /** Route segment after `<owner>/:id/`. */
  path: string
  target: string
  targetLabel: string
  /** Array of the target documents holding copies of their owners. */
  copyField: string
}

export const RELATIONS: readonly RelationSpec[] = [
  { owner: 'applications', ownerLabel: 'Applications', path: 'servers', target: 'servers', targetLabel: 'Servers', copyField: 'applications' },
  { owner: 'system', ownerLabel: 'Systems', path: 'applications', target: 'applications', targetLabel: 'Applications', copyField: 'system' },
  { owner: 'clients', ownerLabel: 'Clients', path: 'system', target: 'system', targetLabel: 'Systems', copyField: 'clients' },
]

/** A record as the relation dialogs need it: its id, name, and (on a target) the copies of its owners. */
export interface RelatedRecord {
  _id: string
  name?: string
  [field: string]: unknown
}

/** The relation between the record's entity and the other side, seen from the record. */
export interface RelationView {
  spec: RelationSpec
  /** True when the record is the owner (its route is called once with all picked ids). */
  fromOwner: boolean
  /** The entity (route segment) whose records are picked. */
  other: string
  otherLabel: string
}

/** `('servers', 'applications')` → the applications↔servers relation seen from a server; undefined if none. */
export function relationBetween(entity: string, other: string): RelationView | undefined {
  for (const spec of RELATIONS) {
    if (spec.owner === entity && spec.target === other) return { spec, fromOwner: true, other, otherLabel: spec.targetLabel }
    if (spec.target === entity && spec.owner === other) return { spec, fromOwner: false, other, otherLabel: spec.ownerLabel }
  }
  return undefined
}

/** The relations a record of `entity` takes part in, e.g. applications → servers and systems. */
export function relationsOf(entity: string): RelationView[] {
  return RELATIONS.flatMap((spec) => {
    if (spec.owner === entity) return [relationBetween(entity, spec.target)!]
    if (spec.target === entity) return [relationBetween(entity, spec.owner)!]
    return []
  })
}

/** One HTTP call of a relation change. */
export interface RelationCall {
  method: 'PATCH' | 'DELETE'
  path: string
  body: { id: string[] }
}

/** The calls that link (`PATCH`) or unlink (`DELETE`) the record with `ids` of the other side. */
export function relationCalls(view: RelationView, recordId: string, method: 'PATCH' | 'DELETE', ids: string[]): RelationCall[] {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const { owner, path } = view.spec
  if (view.fromOwner) return [{ method, path: `/${owner}/${recordId}/${path}`, body: { id: unique } }]
  return unique.map((ownerId) => ({ method, path: `/${owner}/${ownerId}/${path}`, body: { id: [recordId] } }))
}

/** What changes between the linked ids and the chosen ones. */
export function relationChanges(linked: string[], chosen: string[]): { link: string[]; unlink: string[] } {
  const before = new Set(linked)
  const after = new Set(chosen)
  return { link: [...after].filter((id) => !before.has(id)), unlink: [...before].filter((id) => !after.has(id)) }
}

/** `{_id, name}` summaries of the copies in `field` (ids may arrive as hex strings or `{$oid}`). */
export function copiesIn(record: Record<string, unknown>, field: string): { _id: string; name: string }[] {
  const copies = record[field]
  if (!Array.isArray(copies)) return []
  return copies
    .filter((copy): copy is Record<string, unknown> => !!copy && typeof copy === 'object')
    .map((copy) => ({ _id: idOf(copy._id), name: String(copy.name ?? '') }))
    .filter((copy) => copy._id !== '')
}

function idOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && '$oid' in value) return String((value as { $oid: unknown }).$oid)
  return ''
}

/** Records of `entity` whose name contains `term` (the search-as-you-type pickers). */
export async function searchRecords(api: ApiClient, entity: string, term: string, limit = 20): Promise<RelatedRecord[]> {
  const trimmed = term.trim()
  const envelope = await api.get<ListEnvelope<RelatedRecord>>(`/${entity}`, {
    query: { limit, page: 1, orderBy: 'name', ascending: 1, query: trimmed ? JSON.stringify({ name: trimmed }) : undefined },
  })
  return envelope?.items ?? []
}

/**
 * The records of the other side linked to the record now. From a target they are its copies; from an owner they
 * are the targets holding a copy of it, found by the owner's name (the copies carry it) and kept by id.
 */
export async function linkedRecords(api: ApiClient, view: RelationView, record: RelatedRecord): Promise<{ _id: string; name: string }[]> {
  if (!view.fromOwner) return copiesIn(record, view.spec.copyField)
  const envelope = await api.get<ListEnvelope<RelatedRecord>>(`/${view.spec.target}`, {
    query: { limit: 1000, page: 1, orderBy: 'name', ascending: 1, query: JSON.stringify({ [`${view.spec.copyField}.name`]: record.name ?? '' }) },
  })
  return (envelope?.items ?? [])
    .filter((target) => copiesIn(target, view.spec.copyField).some((copy) => copy._id === record._id))
    .map((target) => ({ _id: target._id, name: String(target.name ?? '') }))
}

/** Runs the calls one after the other; the first failure stops the rest and is thrown (already in words). */
export async function applyRelationCalls(api: ApiClient, calls: RelationCall[]): Promise<void> {
  for (const call of calls) {
    if (call.method === 'PATCH') await api.patch(call.path, call.body)
    else await api.delete(call.path, { body: call.body })
  }
}
