/**
 * A name in Chinese double quotes, for messages: “六个一”机制 → “‘六个一’机制”.
 * Quotes inside become single quotes, as 标点符号用法 (GB/T 15834) nests them,
 * so a title that has its own never shows as ““六个一”机制”.
 */
export function inQuotes(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`
}
