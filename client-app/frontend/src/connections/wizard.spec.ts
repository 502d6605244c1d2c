import { describe, expect, it } from 'vitest'
import {
  connectionBody, connectionCallers, connectionTasks, datacentersFor, MASK, plainText, providerInfoOf, providerKey, providersOf,
  providerTasks, regionChoices, taskStatus, valueFields, wizardFields, wizardForm, wizardProblems, type Connection, type ProviderInfo,
} from './wizard'

/** OpenStack's info.json of Maestro 0.6 discovery, shortened. */
const OPENSTACK: ProviderInfo = {
  label: 'OpenStack',
  icon: 'icon-openstack',
  method: ['Api (Horizon)'],
  dc: 'OpenStack',
  data: [{
    label: 'Api',
    authClass: 'OpenStack',
    template: {
      intro: 'All information may be found in Access & Security',
      dc: [true, true],
      conn: [
        { comp: 'bs-input', validate: 'required', metas: { class: 'mt20', name: 'username', label: 'Username ID*' } as never },
        { comp: 'bs-input', validate: 'required', metas: { name: 'password', type: 'password', label: 'Password*' } },
      ],
      extra: [
        { comp: 'bs-select', validate: 'required', metas: { name: 'api_version', label: 'Api Version', options: ['2', '3'] } },
        { comp: 'bs-input', validate: 'required', metas: { name: 'url', label: 'Auth URL*', help: "It's keystone url" } },
        { comp: 'p', validate: '', html: "Details on <a href='http://docs'>Maestro OpenStack</a>. </br>More", metas: { name: 'p' } },
      ],
    },
  }],
}

const AWS: ProviderInfo = {
  label: 'AWS',
  method: ['IAM'],
  dc: 'AWS',
  data: [{
    label: 'Access key',
    service: 'iam_aws',
    template: {
      conn: [
        { comp: 'bs-input', validate: 'required', metas: { name: 'access', label: 'AWS AccessKey ID*' } },
        { comp: 'bs-input', validate: 'required', metas: { name: 'secret', type: 'password', label: 'AWS SecretAccess Key*' } },
      ],
      extra: [{ comp: 'accordion', panel: [{ header: 'Get keys', body: '<ol><li>Open IAM</li><li>Create a user</li></ol>' }] }],
    },
  }],
}

describe('provider catalogue', () => {
  it('reads the provider list and one provider from the catalogue envelopes', () => {
    expect(providersOf({ items: [{ value: { providers: [{ label: 'AWS', icon: 'icon-aws', method: ['IAM'] }] } }] }))
      .toEqual([{ label: 'AWS', icon: 'icon-aws', method: ['IAM'] }])
    expect(providersOf(undefined)).toEqual([])
    expect(providerInfoOf({ items: [{ value: AWS }] })).toBe(AWS)
    expect(providerInfoOf({ items: [] })).toBeNull()
  })

  it('keys providers as the crawler does', () => {
    expect(providerKey('Digital Ocean')).toBe('digitalocean')
    expect(providerKey({ label: 'OpenStack' })).toBe('openstack')
    expect(providerKey({ label: 'Spaces (DO)', name: 'spaces' })).toBe('spaces')
  })
})

describe('wizard form from info.json', () => {
  it('turns conn and extra templates into inputs: passwords, selects, required marks, help as text', () => {
    const fields = wizardFields(OPENSTACK.data[0])
    expect(fields.map((field) => [field.name, field.kind, field.group, field.required, field.label])).toEqual([
      ['username', 'text', 'conn', true, 'Username ID'],
      ['password', 'password', 'conn', true, 'Password'],
      ['api_version', 'select', 'extra', true, 'Api Version'],
      ['url', 'text', 'extra', true, 'Auth URL'],
      ['p', 'note', 'extra', false, 'p'],
    ])
    expect(fields[2].options).toEqual(['2', '3'])
    expect(fields[3].help).toBe("It's keystone url")
    expect(fields[4].text).toBe('Details on Maestro OpenStack.\nMore')
    expect(wizardFields(AWS.data[0])[2].panels).toEqual([{ header: 'Get keys', text: 'Open IAM\nCreate a user' }])
    expect(valueFields(fields).map((field) => field.name)).toEqual(['username', 'password', 'api_version', 'url'])
    expect(plainText('a&nbsp;&amp;&nbsp;b')).toBe('a & b')
  })

  it('builds the body of a new connection: credentials in conn, extra fields at the top', () => {
    const fields = wizardFields(OPENSTACK.data[0])
    const form = wizardForm(fields)
    expect(wizardProblems(fields, form)).toEqual([
      'Give the connection a name.', 'Choose a datacenter.', 'Choose at least one region.',
      'Fill in Username ID.', 'Fill in Password.', 'Fill in Api Version.', 'Fill in Auth URL.',
    ])
    Object.assign(form, { name: 'lab', dc_id: 'dc1', dc: 'Lab DC', regions: ['RegionOne'] })
    Object.assign(form.values, { username: 'admin', password: 's3cret', api_version: '3', url: 'https://keystone:5000/v3' })
    expect(wizardProblems(fields, form)).toEqual([])
    expect(connectionBody({ label: 'OpenStack' }, OPENSTACK, 0, fields, form)).toEqual({
      name: 'lab', provider: 'OpenStack', service: 'OpenStack', dc: 'Lab DC', dc_id: 'dc1', regions: ['RegionOne'], tab: 0,
      method: 'Api (Horizon)', api_version: '3', url: 'https://keystone:5000/v3',
      conn: { username: 'admin', password: 's3cret' },
    })
  })

  it('leaves masked credentials alone on edit unless the user types a new value', () => {
    const fields = wizardFields(AWS.data[0])
    const stored: Connection = {
      _id: 'c1', name: 'prod', provider: 'AWS', service: 'iam_aws', dc: 'AWS prod', dc_id: 'dc1', regions: ['us-east-1'],
      conn: { access: MASK, secret: MASK },
    }
    const form = wizardForm(fields, stored)
    expect(form.values).toEqual({ access: '', secret: '' })
    expect(form.uploads).toEqual({})
    expect(wizardProblems(fields, form, stored)).toEqual([])

    const untouched = connectionBody({ label: 'AWS' }, AWS, 0, fields, form, stored)
    expect(untouched).not.toHaveProperty('conn')
    expect(untouched).toMatchObject({ name: 'prod', service: 'iam_aws', regions: ['us-east-1'] })

    form.values.secret = 'rotated'
    expect(connectionBody({ label: 'AWS' }, AWS, 0, fields, form, stored).conn).toEqual({ access: MASK, secret: 'rotated' })
  })

  it('sends uploaded artifacts as the list of stored file names', () => {
    const ansible: ProviderInfo = {
      label: 'Ansible', method: ['Facts gathering'],
      data: [{
        label: 'Upload file', service: 'upload_ansible',
        template: { conn: [{ comp: 'uploader', validate: 'required', metas: { name: 'artifacts', label: 'Ansible fact file', multiple: true } }] },
      }],
    }
    const fields = wizardFields(ansible.data[0])
    expect(fields[0]).toMatchObject({ name: 'artifacts', kind: 'upload', group: 'conn', required: true })
    const form = { ...wizardForm(fields), name: 'facts', dc_id: 'd1', dc: 'Lab', regions: ['lab'] }
    expect(wizardProblems(fields, form)).toEqual(['Upload Ansible fact file.'])
    form.uploads.artifacts = ['users/u1/web-1.json', 'users/u1/web-2.json']
    expect(wizardProblems(fields, form)).toEqual([])
    expect(connectionBody({ label: 'Ansible' }, ansible, 0, fields, form).conn).toEqual({ artifacts: ['users/u1/web-1.json', 'users/u1/web-2.json'] })
  })

  it('offers the datacenters of the provider and the regions of the settings map and the datacenter', () => {
    const datacenters = [
      { _id: 'd1', name: 'AWS prod', provider: 'AWS', regions: ['sa-east-1 (Sao Paulo)'] },
      { _id: 'd2', name: 'DO', provider: 'Digital Ocean' },
    ]
    expect(datacentersFor(AWS, datacenters).map((dc) => dc._id)).toEqual(['d1'])
    expect(datacentersFor({ ...AWS, dc: 'Linode' }, datacenters)).toHaveLength(2)
    const regionMap = { AWS: [{ region: 'us-east-1 (N. Virginia)', zones: ['us-east-1a'] }, { region: 'sa-east-1 (Sao Paulo)' }] }
    expect(regionChoices(datacenters[0], regionMap)).toEqual(['us-east-1 (N. Virginia)', 'sa-east-1 (Sao Paulo)'])
    expect(regionChoices({ _id: 'd3', name: 'x', provider: 'OpenStack', regions: [{ name: 'RegionOne' }] }, regionMap)).toEqual(['RegionOne'])
    expect(regionChoices(undefined, regionMap)).toEqual([])
  })
})

describe('task states', () => {
  it('shows process states as tags and lists the provider tasks first', () => {
    const connection = {
      process: {
        'server-list': { state: 'success', msg: 'Done. 12 servers' },
        'dbs-list': { state: 'warning', msg: 'In progress. dbs-list' },
        'cdns-list': { state: 'danger', msg: 'AccessDenied' },
      },
    }
    expect(taskStatus(connection, 'server-list')).toEqual({ task: 'server-list', tag: 'success', label: 'Done', msg: 'Done. 12 servers', running: false })
    expect(taskStatus(connection, 'dbs-list')).toMatchObject({ tag: 'warning', label: 'Running', running: true })
    expect(taskStatus(connection, 'cdns-list')).toMatchObject({ tag: 'danger', label: 'Failed', msg: 'AccessDenied' })
    expect(taskStatus({}, 'volumes-list')).toMatchObject({ tag: 'info', label: 'Never run', msg: '' })

    const tasks = providerTasks({ items: [{ value: { permissions: { 'server-list': [], 'dbs-list': [], 'volumes-list': [] } } }] })
    expect(tasks).toEqual(['server-list', 'dbs-list', 'volumes-list'])
    expect(connectionTasks(connection, tasks).map((status) => status.task)).toEqual(['server-list', 'dbs-list', 'volumes-list', 'cdns-list'])
    expect(connectionCallers('c1')).toEqual(['connections-update', 'connections-c1'])
  })
})
