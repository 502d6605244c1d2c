// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MASK } from '../../connections/wizard'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import ConnectionWizard from './ConnectionWizard.vue'

enableAutoUnmount(afterEach)

const AWS_INFO = {
  label: 'AWS', method: ['IAM'], dc: 'AWS',
  data: [{
    label: 'Access key', service: 'iam_aws',
    template: {
      intro: 'Create an IAM user with read access.',
      conn: [
        { comp: 'bs-input', validate: 'required', metas: { name: 'access', label: 'AWS AccessKey ID*' } },
        { comp: 'bs-input', validate: 'required', metas: { name: 'secret', type: 'password', label: 'AWS SecretAccess Key*' } },
      ],
      extra: [],
    },
  }],
}

const STORED = {
  _id: 'c1', name: 'prod', provider: 'AWS', service: 'iam_aws', dc: 'AWS prod', dc_id: 'd1', regions: ['us-east-1 (N. Virginia)'],
  conn: { access: MASK, secret: MASK }, tab: 0,
}

function fakeApi() {
  return {
    get: vi.fn(async (path: string) => {
      if (path === '/providers') return { items: [{ value: { providers: [{ label: 'AWS', method: ['IAM'] }, { label: 'OpenStack' }] } }] }
      if (path === '/providers/aws') return { items: [{ value: AWS_INFO }] }
      if (path === '/datacenters') return { found: 1, items: [{ _id: 'd1', name: 'AWS prod', provider: 'AWS' }] }
      if (path === '/adminer') return { found: 1, items: [{ _id: 'o1', key: 'datacenter_options', value: { baser: { AWS: [{ region: 'us-east-1 (N. Virginia)' }] } } }] }
      throw new Error(`unexpected ${path}`)
    }),
    patch: vi.fn(async (_path: string, body: unknown) => ({ _id: 'c1', ...(body as object) })),
    post: vi.fn(),
  }
}

async function typeInto(selector: string, text: string) {
  const input = document.body.querySelector(selector) as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('connection wizard', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('offers the providers of the catalogue', async () => {
    await mountWithServices(ConnectionWizard, { modelValue: true }, fakeApi())
    expect(pageText()).toContain('AWS')
    expect(pageText()).toContain('OpenStack')
  })

  it('edits a connection without sending its masked credentials back, unless one is retyped', async () => {
    const api = fakeApi()
    const { wrapper } = await mountWithServices(ConnectionWizard, { modelValue: true, connection: STORED }, api)
    expect(api.get).toHaveBeenCalledWith('/providers/aws')
    expect(pageText()).toContain('Create an IAM user with read access.')

    buttonsNamed('Next')[0].click()
    await flushPromises()
    const secret = document.body.querySelector('input[type="password"]') as HTMLInputElement
    expect(secret.value).toBe('')
    expect(secret.placeholder).toContain('Stored')

    buttonsNamed('Save')[0].click()
    await flushPromises()
    expect(api.patch).toHaveBeenCalledWith('/connections/c1', {
      name: 'prod', provider: 'AWS', service: 'iam_aws', dc: 'AWS prod', dc_id: 'd1', regions: ['us-east-1 (N. Virginia)'], tab: 0, method: 'IAM',
    })
    expect(wrapper.emitted('saved')).toHaveLength(1)

    await wrapper.setProps({ modelValue: false })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    buttonsNamed('Next')[0].click()
    await flushPromises()
    await typeInto('input[type="password"]', 'rotated')
    buttonsNamed('Save')[0].click()
    await flushPromises()
    expect(api.patch).toHaveBeenLastCalledWith('/connections/c1', expect.objectContaining({ conn: { access: MASK, secret: 'rotated' } }))
  })
})
