// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useThemeStore } from '../stores/theme'
import { applyTheme, findTheme, mix, THEME_STORAGE_KEY, THEMES, themeVariables } from './themes'

describe('themes', () => {
  beforeEach(() => {
    localStorage.clear()
    document.documentElement.className = ''
    document.documentElement.removeAttribute('style')
    setActivePinia(createPinia())
  })

  it('offers the seven themes of Maestro 0.6', () => {
    expect(THEMES.map((theme) => theme.name)).toEqual(['lotus', 'gold', 'wine', 'blue', 'dark', 'green', 'orange'])
  })

  it('mixes colours like the Element Plus SCSS does', () => {
    expect(mix('#409eff', '#ffffff', 0.5)).toBe('#a0cfff')
    expect(themeVariables(findTheme('blue')!)['--el-color-primary-light-9']).toBe(mix('#2a6fdb', '#ffffff', 0.1))
  })

  it('puts the variables and classes on the root element; dark turns on Element Plus dark mode', () => {
    const root = document.documentElement
    applyTheme(findTheme('dark')!, root)
    expect(root.classList.contains('dark')).toBe(true)
    expect(root.classList.contains('theme-dark')).toBe(true)
    applyTheme(findTheme('gold')!, root)
    expect(root.classList.contains('dark')).toBe(false)
    expect(root.classList.contains('theme-dark')).toBe(false)
    expect(root.style.getPropertyValue('--el-color-primary')).toBe('#b8860b')
  })

  it('starts from THEME, lets the user switch, and remembers the choice over THEME', () => {
    const store = useThemeStore()
    store.initialise('Green')
    expect(store.current.name).toBe('green')
    store.choose('wine')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('wine')

    setActivePinia(createPinia())
    const again = useThemeStore()
    again.initialise('green')
    expect(again.current.name).toBe('wine')
  })

  it('falls back to lotus for an unknown THEME', () => {
    const store = useThemeStore()
    store.initialise('purple')
    expect(store.current.name).toBe('lotus')
  })
})
