import { ElMessage, ElMessageBox } from 'element-plus'

/** What to ask before a destructive action, and the word on its button ("Delete"). */
export interface Confirmation {
  message: string
  title: string
  confirmButtonText: string
}

/**
 * Asks before a destructive action and runs it only once confirmed; a failure is shown in the API's words, never
 * swallowed. Resolves to whether the action ran and succeeded.
 */
export async function confirmed(question: Confirmation, action: () => Promise<void>): Promise<boolean> {
  try {
    await ElMessageBox.confirm(question.message, question.title, {
      type: 'warning',
      confirmButtonText: question.confirmButtonText,
      cancelButtonText: 'Cancel',
    })
  } catch {
    return false
  }
  try {
    await action()
    return true
  } catch (failure) {
    ElMessage.error((failure as Error).message)
    return false
  }
}
