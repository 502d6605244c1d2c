import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiClient } from '../api/client'
import { fetchWholeList, type ListEnvelope } from '../composables/usePagedList'
import { roleIn, type AclEntry } from '../entities/permissions'

/** A team as `GET /teams` lists it. */
export interface TeamSummary {
  _id: string
  name: string
  email?: string
  avatar?: string
  members?: AclEntry[]
}

/** The teams the user is a member of: the tenant switch, sharing with a team, and the member's role in each. */
export const useTeamsStore = defineStore('teams', () => {
  const teams = ref<TeamSummary[]>([])
  const loaded = ref(false)

  async function load(api: ApiClient) {
    // All of them: a team left out would be missing from the switch, and the user's role in it read as none.
    teams.value = await fetchWholeList((query) => api.get<ListEnvelope<TeamSummary>>('/teams', { query }), { orderBy: 'name', ascending: 1 })
    loaded.value = true
  }

  /** The user's role in a team (1, 3, 7), or 0 when not (or no longer) a member. */
  function memberRole(teamId: string, userId: string | undefined): number {
    const team = teams.value.find((candidate) => candidate._id === teamId)
    return team ? roleIn(team.members, userId) : 0
  }

  return { teams, loaded, load, memberRole }
})
