import type { ApiClient } from '../api/client'

/** One entry of an application's `deps` (docs/resources.md "Dependencies of applications"). */
export interface Dependency {
  _id: string
  name: string
  family: string
  endpoint?: string
  environment?: string
}

/** What the dependency form edits. Blank optional fields are left out of the body. */
export interface DependencyForm {
  _id: string
  name: string
  family: string
  endpoint: string
  environment: string
}

export function emptyDependencyForm(): DependencyForm {
  return { _id: '', name: '', family: '', endpoint: '', environment: '' }
}

export function dependencyForm(dependency: Partial<Dependency>): DependencyForm {
  return {
    _id: dependency._id ?? '',
    name: dependency.name ?? '',
    family: dependency.family ?? '',
    endpoint: typeof dependency.endpoint === 'string' ? dependency.endpoint : '',
    environment: dependency.environment ?? '',
  }
}

function optional(form: DependencyForm) {
  return {
    ...(form.endpoint.trim() ? { endpoint: form.endpoint.trim() } : {}),
    ...(form.environment.trim() ? { environment: form.environment.trim() } : {}),
  }
}

/** `POST /applications/:id/deps` body: the application depended on, its family, endpoint and environment. */
export function newDependencyBody(form: DependencyForm): Dependency {
  return { _id: form._id, name: form.name, family: form.family, ...optional(form) }
}

/** `PUT /applications/:id/deps/:idu` body (the path names the dependency). */
export function changedDependencyBody(form: DependencyForm): Omit<Dependency, '_id'> {
  return { name: form.name, family: form.family, ...optional(form) }
}

/** The answer of the add and update routes: the application's dependencies after the change. */
interface DependencyAnswer {
  items?: Dependency[]
}

export async function addDependency(api: ApiClient, applicationId: string, form: DependencyForm): Promise<Dependency[]> {
  const answer = await api.post<DependencyAnswer>(`/applications/${applicationId}/deps`, newDependencyBody(form))
  return answer?.items ?? []
}

export async function updateDependency(api: ApiClient, applicationId: string, form: DependencyForm): Promise<Dependency[]> {
  const answer = await api.put<DependencyAnswer>(`/applications/${applicationId}/deps/${form._id}`, changedDependencyBody(form))
  return answer?.items ?? []
}

export async function removeDependency(api: ApiClient, applicationId: string, dependencyId: string): Promise<void> {
  await api.delete(`/applications/${applicationId}/deps/${dependencyId}`)
}

/** An application placed in the dependency maker, with the applications it depends on. */
export interface TreeNode {
  _id: string
  name: string
  family: string
  deps: Dependency[]
}

/** What the dependency maker sends to `POST /applications/deps`. */
export interface DependencyTreeBody {
  tree: Record<string, Dependency[]>
  systems?: { _id: string; name?: string }[]
}

export const MAX_ENTRY_SYSTEMS = 3

/**
 * The dependency maker's body: `root` = the entry points (set as the `entry` of the chosen systems, at most 3),
 * and one key per application of the tree with its whole `deps` list (the server replaces each list).
 */
export function dependencyTreeBody(root: Dependency[], nodes: TreeNode[], systems: { _id: string; name?: string }[]): DependencyTreeBody {
  if (systems.length > MAX_ENTRY_SYSTEMS) throw new Error(`Choose at most ${MAX_ENTRY_SYSTEMS} systems.`)
  const tree: Record<string, Dependency[]> = { root: root.map(entryOf) }
  for (const node of nodes) tree[node._id] = node.deps.map(entryOf)
  return systems.length ? { tree, systems: systems.map(({ _id, name }) => ({ _id, ...(name ? { name } : {}) })) } : { tree }
}

/** Only the fields the server accepts in a tree entry (entries are strict there). */
function entryOf(dependency: Dependency): Dependency {
  const { _id, name, family, endpoint, environment } = dependency
  return {
    _id, name, family,
    ...(endpoint ? { endpoint } : {}),
    ...(environment ? { environment } : {}),
  }
}

/** The applications reachable from the entry points, each once, in the order first met (breadth first). */
export function reachable(root: Dependency[], nodes: Map<string, TreeNode>): string[] {
  const seen = new Set<string>()
  const queue = root.map((entry) => entry._id)
  while (queue.length) {
    const id = queue.shift()!
    if (seen.has(id)) continue
    seen.add(id)
    for (const dep of nodes.get(id)?.deps ?? []) queue.push(dep._id)
  }
  return [...seen]
}
