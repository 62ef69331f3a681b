/**
 * Passwords as common 等级保护 practice asks: at least 10 characters, with
 * three of the four kinds (upper case, lower case, digits, symbols).
 * Returns what is wrong, in Chinese, or undefined when the password is fine.
 */
export const passwordMinLength = 10

export function passwordProblem(password: string): string | undefined {
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length
  if (password.length < passwordMinLength || kinds < 3) {
    return `密码至少 ${passwordMinLength} 位，并包含大写字母、小写字母、数字、符号中的至少三种（当前 ${password.length} 位、${kinds} 种）。`
  }
  return undefined
}
