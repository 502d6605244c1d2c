/** The seven Maestro 0.6 themes, as Element Plus CSS variables plus the side menu's colours. */
export interface Theme {
  name: string
  label: string
  primary: string
  menuBackground: string
  menuText: string
  menuActive: string
  dark: boolean
}

export const THEMES: Theme[] = [
  { name: 'lotus', label: 'Lotus', primary: '#c2477c', menuBackground: '#2d1f2b', menuText: '#e9d8e3', menuActive: '#f49ac1', dark: false },
  { name: 'gold', label: 'Gold', primary: '#b8860b', menuBackground: '#2b2617', menuText: '#ece3c8', menuActive: '#f2c94c', dark: false },
  { name: 'wine', label: 'Wine', primary: '#8e1f3f', menuBackground: '#2a1118', menuText: '#ead0d7', menuActive: '#e46b8c', dark: false },
  { name: 'blue', label: 'Blue', primary: '#2a6fdb', menuBackground: '#15233b', menuText: '#d3def2', menuActive: '#7fb0ff', dark: false },
  { name: 'dark', label: 'Dark', primary: '#4b8df8', menuBackground: '#111418', menuText: '#c9d1d9', menuActive: '#79b8ff', dark: true },
  { name: 'green', label: 'Green', primary: '#2e8b57', menuBackground: '#132a1d', menuText: '#d2eadb', menuActive: '#6fdc9c', dark: false },
  { name: 'orange', label: 'Orange', primary: '#d9650b', menuBackground: '#2d1d10', menuText: '#f1dccb', menuActive: '#ffa657', dark: false },
]

export const DEFAULT_THEME = 'lotus'
export const THEME_STORAGE_KEY = 'maestro_theme'

export function findTheme(name: string | null | undefined): Theme | undefined {
  return THEMES.find((theme) => theme.name === name?.trim().toLowerCase())
}

function channels(hex: string): number[] {
  const value = hex.replace('#', '')
  return [0, 2, 4].map((offset) => parseInt(value.slice(offset, offset + 2), 16))
}

/** `weight` of `color` mixed with the rest of `base` (what Element Plus's SCSS `mix()` does at build time). */
export function mix(color: string, base: string, weight: number): string {
  const a = channels(color)
  const b = channels(base)
  return '#' + a.map((channel, i) => Math.round(channel * weight + b[i] * (1 - weight)).toString(16).padStart(2, '0')).join('')
}

/** The CSS variables a theme sets on the root element. */
export function themeVariables(theme: Theme): Record<string, string> {
  // Element Plus lightens towards white in light mode and towards its dark background in dark mode.
  const background = theme.dark ? '#141414' : '#ffffff'
  const variables: Record<string, string> = {
    '--el-color-primary': theme.primary,
    '--el-color-primary-dark-2': mix(theme.primary, theme.dark ? '#ffffff' : '#000000', 0.8),
    '--mae-menu-background': theme.menuBackground,
    '--mae-menu-text': theme.menuText,
    '--mae-menu-active': theme.menuActive,
  }
  for (const level of [3, 5, 7, 8, 9]) {
    variables[`--el-color-primary-light-${level}`] = mix(theme.primary, background, 1 - level / 10)
  }
  return variables
}

/** Puts the theme on the page: variables, `theme-<name>` class and Element Plus's `dark` class. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement) {
  for (const [name, value] of Object.entries(themeVariables(theme))) root.style.setProperty(name, value)
  for (const other of THEMES) root.classList.remove(`theme-${other.name}`)
  root.classList.add(`theme-${theme.name}`)
  root.classList.toggle('dark', theme.dark)
}
