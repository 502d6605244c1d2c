import { flushPromises } from '@vue/test-utils'

/** The pagers (`ListPagination`) on the page, in document order (a drawer's list comes after the page's). */
export function pagers(): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>('.mae-pagination')]
}

/** What the pager says of the total, e.g. "Total 42". */
export function pagerTotal(pager: HTMLElement): string {
  return pager.querySelector('.el-pagination__total')?.textContent?.trim() ?? ''
}

export async function goToPage(pager: HTMLElement, page: number) {
  pager.querySelector<HTMLElement>(`.el-pager li[aria-label="page ${page}"]`)!.click()
  await flushPromises()
}

/** Opens the page size choice and picks `<size>/page` from its own dropdown. */
export async function choosePageSize(pager: HTMLElement, size: number) {
  pager.querySelector<HTMLElement>('.el-pagination__sizes .el-select__wrapper')!.click()
  await flushPromises()
  const listbox = document.getElementById(pager.querySelector('.el-pagination__sizes input')!.getAttribute('aria-controls')!)!
  ;[...listbox.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((option) => option.textContent?.trim() === `${size}/page`)!.click()
  await flushPromises()
}

/** Clicks a sortable column's header (Element Plus: ascending, then descending, then none). */
export async function sortBy(label: string) {
  ;[...document.body.querySelectorAll<HTMLElement>('.el-table__header th')].find((th) => th.textContent?.trim() === label)!
    .querySelector<HTMLElement>('.cell')!.click()
  await flushPromises()
}

/** Types into a filter box and waits for the list's pause after typing (350 ms). */
export async function typeFilter(ariaLabel: string, text: string) {
  const input = document.body.querySelector<HTMLInputElement>(`input[aria-label="${ariaLabel}"]`)!
  input.value = text
  input.dispatchEvent(new Event('input'))
  await new Promise((resolve) => setTimeout(resolve, 400))
  await flushPromises()
}
