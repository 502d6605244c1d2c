// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buttonsNamed, mountWithServices, pageText } from '../../testing/mountWithServices'
import ReportWizard from './ReportWizard.vue'

enableAutoUnmount(afterEach)

const SCHEMAS: Record<string, unknown> = {
  '/inventory/clients': { schema: { properties: { name: { type: 'string' } } } },
  '/inventory/system': { schema: { properties: { name: { type: 'string' }, status: { type: 'string', enum: ['Active', 'Inactive'] } } } },
  '/inventory/applications': { schema: { properties: { name: { type: 'string' }, family: { type: 'string' } } } },
  '/inventory/servers': { schema: { properties: { hostname: { type: 'string' }, cpu: { type: 'number' } } } },
}

function fakeApi() {
  return {
    get: vi.fn(async (path: string) => {
      if (SCHEMAS[path]) return SCHEMAS[path]
      throw new Error(`unexpected ${path}`)
    }),
    post: vi.fn(async (_path: string, body: Record<string, unknown>) => ({ _id: 'r1', status: 'process', ...body })),
  }
}

async function typeInto(label: string, text: string) {
  const input = document.body.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** Picks `value` in the Element Plus select labelled `label` as a user's click on the option would. */
async function pick(wrapper: VueWrapper, label: string, value: string) {
  const select = wrapper.findAllComponents(ElSelect).find((candidate) => candidate.attributes('aria-label') === label
    || candidate.props('ariaLabel') === label)
  if (!select) throw new Error(`no select labelled ${label}`)
  select.vm.$emit('update:modelValue', value)
  await flushPromises()
}

describe('new report wizard', () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('makes a pivot report of the levels enabled, with filters on fields of each level’s schema', async () => {
    const api = fakeApi()
    const { wrapper } = await mountWithServices(ReportWizard, { modelValue: true }, api)
    await typeInto('Report name', 'Shop chains')
    ;(document.body.querySelector('input[type="radio"][value="pivot"]') as HTMLInputElement).click()
    await flushPromises()
    buttonsNamed('Next')[0].click()
    await flushPromises()
    for (const route of ['clients', 'system', 'applications', 'servers']) expect(api.get).toHaveBeenCalledWith(`/inventory/${route}`)

    ;(document.body.querySelector('label[aria-label="Enable Applications"] input') as HTMLInputElement).click()
    await flushPromises()
    await pick(wrapper, 'Systems add filter', 'status')
    await pick(wrapper, 'Systems status value', 'Active')
    await pick(wrapper, 'Applications add filter', 'family')
    expect(pageText()).toContain('family: type a value')
    expect(buttonsNamed('Create report')[0].disabled).toBe(true)
    await typeInto('Applications family value', 'Database')

    buttonsNamed('Create report')[0].click()
    await flushPromises()
    expect(api.post).toHaveBeenCalledWith('/reports', {
      name: 'Shop chains', report: 'pivot', component: 'Clients',
      filters: {
        clients: { enabled: true, filters: [] },
        systems: { enabled: true, filters: [{ field: 'status', typ: 'select', comparer: 'equal', filter: 'Active' }] },
        applications: { enabled: true, filters: [{ field: 'family', typ: 'string', comparer: 'contain', filter: 'Database' }] },
        servers: { enabled: false, filters: [] },
      },
    })
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ _id: 'r1', status: 'process' })
  })

  it('makes a general report of the chosen entity, refusing a number that is none', async () => {
    const api = fakeApi()
    const { wrapper } = await mountWithServices(ReportWizard, { modelValue: true }, api)
    await typeInto('Report name', 'Big servers')
    buttonsNamed('Next')[0].click()
    await flushPromises()
    expect(api.get).toHaveBeenCalledWith('/inventory/servers')
    await pick(wrapper, 'Servers add filter', 'cpu')
    await pick(wrapper, 'Servers cpu comparer', 'greater')
    await typeInto('Servers cpu value', 'many')
    expect(pageText()).toContain('cpu: must be a number')
    await typeInto('Servers cpu value', '8')
    buttonsNamed('Create report')[0].click()
    await flushPromises()
    expect(api.post).toHaveBeenCalledWith('/reports', {
      name: 'Big servers', report: 'general', component: 'Servers',
      filters: [{ field: 'cpu', typ: 'number', comparer: 'greater', filter: '8' }],
    })
  })

  it('refuses pivot levels with a gap, and says what server-app refused, staying open', async () => {
    const api = { ...fakeApi(), post: vi.fn(async () => { throw new Error('field name: length must be at least 3 characters long') }) }
    await mountWithServices(ReportWizard, { modelValue: true }, api)
    await typeInto('Report name', 'Pivot')
    ;(document.body.querySelector('input[type="radio"][value="pivot"]') as HTMLInputElement).click()
    await flushPromises()
    buttonsNamed('Next')[0].click()
    await flushPromises()
    const toggle = async (level: string) => {
      ;(document.body.querySelector(`label[aria-label="Enable ${level}"] input`) as HTMLInputElement).click()
      await flushPromises()
    }
    await toggle('Systems')
    await toggle('Applications')
    expect(pageText()).toContain('must follow each other')
    expect(buttonsNamed('Create report')[0].disabled).toBe(true)
    await toggle('Systems')
    buttonsNamed('Create report')[0].click()
    await flushPromises()
    expect(pageText()).toContain('field name: length must be at least 3 characters long')
    expect(buttonsNamed('Create report')).toHaveLength(1)
  })
})
