/**
 * Characters no reader sees: Unicode format characters (\p{Cf}: zero-width
 * space and joiners, word joiner, soft hyphen, bidi marks and overrides, BOM,
 * tags). Editors' input drops them, the character count skips them, search
 * ignores them, so text that looks the same is the same everywhere.
 */
export const invisibleCharacters = /\p{Cf}/gu

export const isInvisible = (ch: string): boolean => /^\p{Cf}$/u.test(ch)
