import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from '../api/client'
import {
  addDependency, changedDependencyBody, dependencyForm, dependencyTreeBody, newDependencyBody, reachable, removeDependency,
  updateDependency, type TreeNode,
} from './dependencies'

const DB = { _id: '5f00000000000000000000d1', name: 'orders-db', family: 'Database' }

describe('dependency payloads', () => {
  it('sends the dependency with endpoint and environment only when filled', () => {
    const form = { ...dependencyForm(DB), endpoint: ' tcp://orders-db:5432 ', environment: 'Production' }
    expect(newDependencyBody(form)).toEqual({ ...DB, endpoint: 'tcp://orders-db:5432', environment: 'Production' })
    expect(changedDependencyBody(dependencyForm(DB))).toEqual({ name: 'orders-db', family: 'Database' })
  })

  it('posts, puts and deletes under the application and returns the new list', async () => {
    const post = vi.fn(async () => ({ items: [DB] }))
    const put = vi.fn(async () => ({ items: [{ ...DB, family: 'Cache' }] }))
    const del = vi.fn(async () => undefined)
    const api = { post, put, delete: del } as unknown as ApiClient

    expect(await addDependency(api, 'app1', dependencyForm(DB))).toEqual([DB])
    expect(post).toHaveBeenCalledWith('/applications/app1/deps', DB)
    expect(await updateDependency(api, 'app1', { ...dependencyForm(DB), family: 'Cache' })).toEqual([{ ...DB, family: 'Cache' }])
    expect(put).toHaveBeenCalledWith(`/applications/app1/deps/${DB._id}`, { name: 'orders-db', family: 'Cache' })
    await removeDependency(api, 'app1', DB._id)
    expect(del).toHaveBeenCalledWith(`/applications/app1/deps/${DB._id}`)
  })
})

describe('dependency maker', () => {
  const web = { _id: 'a1', name: 'web', family: 'Application' }
  const api = { _id: 'a2', name: 'api', family: 'Application' }
  const nodes: TreeNode[] = [
    { ...web, deps: [{ ...api, endpoint: '', environment: 'Production' }] },
    { ...api, deps: [DB] },
  ]

  it('builds the tree with root entries, one key per application and the systems', () => {
    expect(dependencyTreeBody([web], nodes, [{ _id: 's1', name: 'Shop' }])).toEqual({
      tree: {
        root: [web],
        a1: [{ ...api, environment: 'Production' }],
        a2: [DB],
      },
      systems: [{ _id: 's1', name: 'Shop' }],
    })
    expect(dependencyTreeBody([], [], [])).toEqual({ tree: { root: [] } })
  })

  it('refuses more than three systems', () => {
    const systems = ['s1', 's2', 's3', 's4'].map((_id) => ({ _id }))
    expect(() => dependencyTreeBody([web], nodes, systems)).toThrow('at most 3 systems')
  })

  it('walks the applications reachable from the entry points once, even with cycles', () => {
    const map = new Map(nodes.map((node) => [node._id, node]))
    map.set(DB._id, { ...DB, deps: [web] })
    expect(reachable([web], map)).toEqual(['a1', 'a2', DB._id])
  })
})
