// @vitest-environment jsdom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../../api/client'
import { mountWithServices, pageText } from '../../testing/mountWithServices'
import DriftView from './DriftView.vue'

enableAutoUnmount(afterEach)

function router() {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
}

const ANSWER = {
  attributes: ['size', 'image', 'ipv4_private', 'tags'],
  states: [{ _id: 's1', name: 'prod state' }],
  truncated: false,
  changed: [{
    entity: 'servers', _id: 'r1', unique_id: 'i-0a1', name: 'web-02',
    declared_in: { connection: 's1', connection_name: 'prod state', address: 'aws_instance.web[1]' },
    differences: [
      { attribute: 'size', declared: 'm5.large', running: 't3.micro' },
      { attribute: 'tags', declared: { Name: 'web-02', Role: 'api' }, running: { Name: 'web-02' } },
    ],
    declared_seen_at: '2026-12-06T09:00:00Z', running_seen_at: '2026-12-06T09:30:00Z',
  }],
  missing: [{
    entity: 'servers', _id: 'r2', unique_id: 'i-0a9', name: 'web-09',
    declared_in: { connection: 's1', connection_name: 'prod state', address: 'module.x.aws_instance.y' },
    declared_seen_at: '2026-12-06T09:00:00Z', running_seen_at: null,
  }],
  unmanaged: [
    { entity: 'servers', _id: 'r3', unique_id: 'i-0b3', name: 'hand-made', connection: { _id: 'c1', name: 'aws prod' }, running_seen_at: '2026-12-06T09:30:00Z' },
    { entity: 'volumes', _id: 'r4', unique_id: 'vol-1', name: 'scratch', connection: { _id: 'c1', name: 'aws prod' }, running_seen_at: '2026-12-06T09:30:00Z' },
  ],
}

function rows(section: string): Element[] {
  return [...document.body.querySelectorAll(`[data-test="drift-${section}"] .el-table__body tr`)]
}

describe('drift page', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('lists what changed, what is missing and what is unmanaged, each with where it is declared and when each side was seen', async () => {
    const get = vi.fn(async () => ANSWER)
    await mountWithServices(DriftView, {}, { get }, { router: router() })

    expect(get).toHaveBeenCalledWith('/drift')
    expect(rows('changed')).toHaveLength(1)
    expect(rows('changed')[0].textContent).toContain('web-02')
    expect(rows('changed')[0].textContent).toContain('prod state: aws_instance.web[1]')
    expect(rows('changed')[0].textContent).toContain('size: declared m5.large, running t3.micro')
    expect(rows('changed')[0].textContent).toContain('tags: declared Name=web-02, Role=api, running Name=web-02')
    expect(rows('missing')[0].textContent).toContain('module.x.aws_instance.y')
    expect(rows('missing')[0].textContent).toContain('running never')
    expect(rows('unmanaged').map((row) => row.querySelector('.mae-drift-name')?.textContent)).toEqual(['hand-made', 'scratch'])
    expect(rows('unmanaged')[1].textContent).toContain('aws prod')
    expect(document.body.querySelector('a[href="/dashboard/volumes/single/r4"]')).not.toBeNull()
    expect(pageText()).toContain('Compared: size, image, ipv4_private, tags.')
    expect(document.body.querySelector('[data-test="drift-no-state"]')).toBeNull()
  })

  it('says when no state is connected, so that everything running is unmanaged', async () => {
    const get = vi.fn(async () => ({ ...ANSWER, states: [], changed: [], missing: [] }))
    await mountWithServices(DriftView, {}, { get }, { router: router() })

    expect(document.body.querySelector('[data-test="drift-no-state"]')?.textContent)
      .toContain('No Terraform state connection')
    expect(document.body.querySelector('[data-test="drift-changed"]')?.textContent).toContain('Nothing')
  })

  it('says in words why drift could not be loaded', async () => {
    const get = vi.fn(async () => { throw new ApiError('The back-end service is down.', 503, undefined) })
    await mountWithServices(DriftView, {}, { get }, { router: router() })

    expect(document.body.querySelector('[data-test="drift"] .el-alert--error')?.textContent)
      .toContain('Drift could not be loaded: The back-end service is down.')
  })
})
