import { defineStore } from 'pinia'
import { ref } from 'vue'
import { applyTheme, DEFAULT_THEME, findTheme, THEME_STORAGE_KEY, type Theme } from '../theme/themes'

/** The user's choice (localStorage) wins over the operator's THEME setting, which wins over lotus. */
export const useThemeStore = defineStore('theme', () => {
  const current = ref<Theme>(findTheme(DEFAULT_THEME)!)

  function initialise(configured: string) {
    current.value = findTheme(localStorage.getItem(THEME_STORAGE_KEY)) ?? findTheme(configured) ?? findTheme(DEFAULT_THEME)!
    applyTheme(current.value)
  }

  function choose(name: string) {
    const theme = findTheme(name)
    if (!theme) return
    current.value = theme
    localStorage.setItem(THEME_STORAGE_KEY, theme.name)
    applyTheme(theme)
  }

  return { current, initialise, choose }
})
