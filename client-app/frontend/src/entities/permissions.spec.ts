import { describe, expect, it } from 'vitest'
import { permissionsFor, roleIn, type AclEntry } from './permissions'

const roles: AclEntry[] = [
  { _id: 'owner', refs: 'users', role: 7 },
  { _id: 'reader', refs: 'users', role: '1' },
  { _id: 'team', refs: 'teams', role: 3 },
]

describe('record permissions', () => {
  it('reads the actor role from the ACL array, numbers sent as text included', () => {
    expect(roleIn(roles, 'owner')).toBe(7)
    expect(roleIn(roles, 'reader')).toBe(1)
    expect(roleIn(roles, 'stranger')).toBe(0)
    expect(roleIn(undefined, 'owner')).toBe(0)
  })

  it('gives a reader no edit, delete or share, a writer edit only and an admin everything', () => {
    expect(permissionsFor(1)).toEqual({ role: 1, canEdit: false, canDelete: false, canShare: false })
    expect(permissionsFor(3)).toEqual({ role: 3, canEdit: true, canDelete: false, canShare: false })
    expect(permissionsFor(7)).toEqual({ role: 7, canEdit: true, canDelete: true, canShare: true })
  })

  it('caps a team record by the member role in the team', () => {
    expect(permissionsFor(7, 1)).toMatchObject({ canEdit: false, canDelete: false, canShare: false })
    expect(permissionsFor(7, 3)).toMatchObject({ canEdit: true, canDelete: false, canShare: true })
    expect(permissionsFor(3, 7)).toMatchObject({ canEdit: true, canDelete: false, canShare: false })
  })
})
