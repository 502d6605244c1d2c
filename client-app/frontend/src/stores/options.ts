import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiClient } from '../api/client'
import { fetchWholeList, type ListEnvelope } from '../composables/usePagedList'
import type { AdminerOptions, DatacenterChoice } from '../entities/forms'

/** The `/adminer` option lists the forms use (environment, server roles, OS, families, datacenter providers...). */
export const ADMINER_KEYS = ['server_options', 'env_options', 'application_options', 'clients_options', 'datacenter_options', 'status_volume_options']

/**
 * Choices of the record forms: the global option lists (loaded once per page load) and the datacenters of the current
 * tenant (loaded each time a form opens, as they change).
 */
export const useOptionsStore = defineStore('options', () => {
  const adminer = ref<AdminerOptions>({})
  const datacenters = ref<DatacenterChoice[]>([])
  let adminerLoaded: Promise<void> | null = null

  function loadAdminer(api: ApiClient): Promise<void> {
    adminerLoaded ??= api
      .get<{ items?: { key: string; value: unknown }[] }>('/adminer', { query: { key: ADMINER_KEYS, limit: 50 } })
      .then((envelope) => {
        adminer.value = Object.fromEntries((envelope.items ?? []).map((item) => [item.key, item.value]))
      })
      .catch((failure) => {
        adminerLoaded = null
        throw failure
      })
    return adminerLoaded
  }

  async function loadDatacenters(api: ApiClient) {
    datacenters.value = await fetchWholeList((query) => api.get<ListEnvelope<DatacenterChoice>>('/datacenters', { query }), { orderBy: 'name', ascending: 1 })
  }

  /** An option saved on the settings page: the forms offer its new values without a page reload. */
  function optionSaved(key: string, value: unknown) {
    if (ADMINER_KEYS.includes(key)) adminer.value = { ...adminer.value, [key]: value }
  }

  return { adminer, datacenters, loadAdminer, loadDatacenters, optionSaved }
})
