/** Who may do what on a record, from its ACL array (Maestro 0.6 §2.3: 1 read, 3 write, 7 admin). */

export const ROLE_READ = 1
export const ROLE_WRITE = 3
export const ROLE_ADMIN = 7

export const ROLE_NAMES: Record<number, string> = { [ROLE_READ]: 'Read', [ROLE_WRITE]: 'Write', [ROLE_ADMIN]: 'Admin' }

/** One entry of a record's `roles` (or a team's `members`). */
export interface AclEntry {
  _id: string
  refs: 'users' | 'teams' | 'projects' | 'organization'
  role: number | string
  name?: string
  email?: string
}

export interface Permissions {
  role: number
  canEdit: boolean
  canDelete: boolean
  canShare: boolean
}

/** The role of `actorId` in an ACL array; 0 when it has no entry. */
export function roleIn(entries: AclEntry[] | undefined, actorId: string | null | undefined): number {
  if (!actorId) return 0
  const entry = (entries ?? []).find((candidate) => candidate._id === actorId)
  return entry ? Number(entry.role) || 0 : 0
}

/**
 * What the dashboard offers on a record. Personally the record role decides. In a team tenant the API runs as the
 * team (the team's entry counts) and also checks the member's role in the team: 3 to write or manage roles, 7 to
 * delete (docs/resources.md).
 */
export function permissionsFor(recordRole: number, teamRole: number | null = null): Permissions {
  const member = teamRole ?? ROLE_ADMIN
  return {
    role: recordRole,
    canEdit: recordRole >= ROLE_WRITE && member >= ROLE_WRITE,
    canDelete: recordRole >= ROLE_ADMIN && member >= ROLE_ADMIN,
    canShare: recordRole >= ROLE_ADMIN && member >= ROLE_WRITE,
  }
}
