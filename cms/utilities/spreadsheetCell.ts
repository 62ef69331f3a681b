/**
 * A cell that starts with = + - @ (or a tab or carriage return) is run as a
 * formula by Excel and other spreadsheets. Prefixing a quote makes it text.
 * Used for every CSV and XLSX we write: open data and editors' exports.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
