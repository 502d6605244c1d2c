// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import { choosePageSize, goToPage, pagers, pagerTotal, typeFilter } from '../../testing/pager'
import GraphsView from './GraphsView.vue'

enableAutoUnmount(afterEach)

const CONFIG = { analyticsUrl: '//maps.example:9999' }

describe('graphs page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lists the maps, opens a finished one in the viewer with a view token and offers its downloads', async () => {
    const get = vi.fn(async () => ({ found: 2, items: [
      { _id: 'g1', name: 'Shop map', status: 'finished' },
      { _id: 'g2', name: 'Blog map', status: 'process' },
    ] }))
    const post = vi.fn(async () => ({ token: 'view-token', expires_in: 900 }))
    await mountWithServices(GraphsView, {}, { get, post }, { config: CONFIG })
    expect(pageText()).toContain('Shop map')
    expect(pageText()).toContain('process')

    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()

    expect(post).toHaveBeenCalledWith('/graphs/g1/view', {})
    const viewer = document.body.querySelector('iframe') as HTMLIFrameElement
    expect(viewer.getAttribute('src')).toBe('//maps.example:9999/graphs/g1?view=view-token')
    const links = [...document.body.querySelectorAll('a')].map((link) => [link.textContent?.trim(), link.getAttribute('href')])
    expect(links).toContainEqual(['PNG', '//maps.example:9999/graphs/g1?view=view-token&ext=png'])
    expect(links).toContainEqual(['draw.io', '//maps.example:9999/graphs/g1?view=view-token&ext=drawio'])
    expect(links).toContainEqual(['Mermaid', '//maps.example:9999/graphs/g1?view=view-token&ext=mmd'])
  })

  it('shows a map still being drawn as such, and redraws it when analytics-app says it is done', async () => {
    let status = 'process'
    const get = vi.fn(async () => ({ found: 1, items: [{ _id: 'g2', name: 'Blog map', status }] }))
    const post = vi.fn(async () => ({ token: 'view-token' }))
    const { bus } = await mountWithServices(GraphsView, {}, { get, post }, { config: CONFIG })
    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()
    expect(pageText()).toContain('Drawing…')
    expect(document.body.querySelector('iframe')).toBeNull()

    status = 'finished'
    vi.useFakeTimers()
    bus.emit('analytics-g2')
    vi.advanceTimersByTime(300)
    vi.useRealTimers()
    await flushPromises()

    expect(document.body.querySelector('iframe')?.getAttribute('src')).toBe('//maps.example:9999/graphs/g2?view=view-token')
  })

  it('shares a map publicly, shows the link to copy, and revokes it', async () => {
    const get = vi.fn(async () => ({ found: 1, items: [{ _id: 'g1', name: 'Shop map', status: 'finished' }] }))
    const post = vi.fn(async (path: string, body: Record<string, unknown>) => (path.endsWith('/view')
      ? { token: 'view-token' }
      : body.public ? { id: 'g1', token: 'public-token', timestamp: 1 } : { id: 'g1', spublic: false }))
    await mountWithServices(GraphsView, {}, { get, post }, { config: CONFIG })
    ;(document.body.querySelector('.el-table__body tr') as HTMLElement).click()
    await flushPromises()

    buttonsNamed('Share publicly')[0].click()
    await flushPromises()
    expect(post).toHaveBeenCalledWith('/graphs/g1/public', { public: true })
    const link = document.body.querySelector('input[aria-label="Public link"]') as HTMLInputElement
    expect(link.value).toBe('//maps.example:9999/graphs/public/g1?token=public-token')

    buttonsNamed('Revoke public links')[0].click()
    await flushPromises()
    expect(post).toHaveBeenCalledWith('/graphs/g1/public', { public: false })
    expect(document.body.querySelector('input[aria-label="Public link"]')).toBeNull()
  })

  it('pages through more than 100 maps with the shared pager, and a name filter starts again at page 1', async () => {
    const maps = Array.from({ length: 150 }, (_, index) => ({ _id: `g${index + 1}`, name: `Map ${index + 1}`, status: 'finished' }))
    // server-app's paging: `limit` maps from `(page - 1) * limit`, filtered by name.
    const get = vi.fn(async (_path: string, { query }: { query: Record<string, unknown> }) => {
      const name = query.query ? (JSON.parse(String(query.query)) as { name: string }).name : ''
      const matching = maps.filter((map) => map.name.includes(name))
      const start = (Number(query.page) - 1) * Number(query.limit)
      return { found: matching.length, items: matching.slice(start, start + Number(query.limit)) }
    })
    await mountWithServices(GraphsView, {}, { get }, { config: CONFIG })
    const [pager] = pagers()
    expect(pagerTotal(pager)).toBe('Total 150')
    const names = () => [...document.body.querySelectorAll('.mae-graphs-list .el-table__body tr')].map((row) => row.querySelector('td')?.textContent?.trim())

    await choosePageSize(pager, 100)
    expect(names()).toHaveLength(100)
    expect(names()).not.toContain('Map 101')
    await goToPage(pager, 2)
    expect(get).toHaveBeenLastCalledWith('/graphs', { query: expect.objectContaining({ limit: 100, page: 2 }) })
    expect(names()[0]).toBe('Map 101')
    expect(names()).toHaveLength(50)

    await typeFilter('Filter by name', 'Map 14')
    expect(get).toHaveBeenLastCalledWith('/graphs', { query: expect.objectContaining({ page: 1, query: JSON.stringify({ name: 'Map 14' }) }) })
    expect(pagerTotal(pager)).toBe('Total 11')
    expect(names()).toContain('Map 140')
  })
})
