import { describe, expect, it } from 'vitest'
import { changePasswordUrl, defaultConfig, resolveConfig, staticAsset } from './runtime'

describe('runtime configuration', () => {
  it('derives every service address from the page host, as Maestro 0.6 did', () => {
    expect(defaultConfig({ hostname: 'maestro.lan', protocol: 'http:' })).toEqual({
      apiUrl: '//maestro.lan:8888',
      staticUrl: '//maestro.lan:8888/static/',
      analyticsUrl: '//maestro.lan:9999',
      websocketUrl: 'ws://maestro.lan:8000/connection/websocket',
      logo: '/logo.svg',
      theme: 'lotus',
    })
  })

  it('uses a secure websocket on an https page', () => {
    expect(defaultConfig({ hostname: 'h', protocol: 'https:' }).websocketUrl).toBe('wss://h:8000/connection/websocket')
  })

  it('lets injected values win, ignores blank ones and normalises slashes', () => {
    const config = resolveConfig(
      { apiUrl: 'https://api.example.com/', staticUrl: 'https://cdn.example.com/static', theme: ' ', logo: '' },
      { hostname: 'h', protocol: 'http:' },
    )
    expect(config.apiUrl).toBe('https://api.example.com')
    expect(config.staticUrl).toBe('https://cdn.example.com/static/')
    expect(config.theme).toBe('lotus')
    expect(config.logo).toBe('/logo.svg')
    expect(config.analyticsUrl).toBe('//h:9999')
  })

  it('finds uploads under API_URL when only that is set', () => {
    const config = resolveConfig({ apiUrl: 'http://localhost:26888/' }, { hostname: 'localhost', protocol: 'http:' })
    expect(config.staticUrl).toBe('http://localhost:26888/static/')
  })

  it('works without any injected configuration', () => {
    expect(resolveConfig(undefined, { hostname: 'h', protocol: 'http:' }).apiUrl).toBe('//h:8888')
  })

  it('builds the forgot-password callback on the hash route of this page', () => {
    expect(changePasswordUrl({ origin: 'https://m.example.com', pathname: '/' })).toBe('https://m.example.com/#/auth/changepass')
  })

  it('finds uploaded avatars under STATIC_URL unless they are full addresses', () => {
    expect(staticAsset('//h:8888/static/', 'users/u1/me.png')).toBe('//h:8888/static/users/u1/me.png')
    expect(staticAsset('//h:8888/static/', '/users/u1/me.png')).toBe('//h:8888/static/users/u1/me.png')
    expect(staticAsset('//h:8888/static/', 'https://s3.amazonaws.com/b/me.png')).toBe('https://s3.amazonaws.com/b/me.png')
  })
})
