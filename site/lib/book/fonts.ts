/**
 * The book's faces, after seed 000 附件3 (方正小标宋, 黑体, 楷体_GB2312,
 * 仿宋_GB2312), from free fonts that Debian packages:
 * - 小标宋 → Noto Serif CJK SC Bold, 黑体 → Noto Sans CJK SC (fonts-noto-cjk, OFL);
 * - 楷体 → LXGW WenKai 霞鹜文楷 (fonts-lxgw-wenkai, OFL);
 * - 仿宋 → Noto Serif CJK SC: no free 仿宋 with simplified forms is packaged
 *   (Debian's cwTeX 仿宋 has traditional forms only: 关, 这, 为, 发 are missing).
 * The PDF embeds subsets of them. npm's CJK font packages ship split web fonts
 * (WOFF2 subsets by unicode-range), which Typst does not read.
 */
import fs from 'node:fs'

export type BookFonts = { title: string; hei: string; kai: string; body: string }

export const bookFonts: BookFonts = { title: 'Noto Serif CJK SC', hei: 'Noto Sans CJK SC', kai: 'LXGW WenKai', body: 'Noto Serif CJK SC' }

/** Where the Debian packages put them, and the package each file comes from. */
const fontFiles = [
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', pkg: 'fonts-noto-cjk' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
  { file: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf', pkg: 'fonts-lxgw-wenkai' },
]

/** A font the book needs is not installed: the build stops and says how to install it. */
export class MissingFontError extends Error {
  constructor(missing: { file: string; pkg: string }[]) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))]
    super(
      `The 汇编 PDF needs fonts that are not installed: ${missing.map((m) => m.file).join(', ')}. ` +
        `Install them with \`apt-get install -y ${pkgs.join(' ')}\` (see README), then build again.`,
    )
    this.name = 'MissingFontError'
  }
}

/**
 * The font files Typst reads, and only these (not their folders' other
 * weights), so that a book's cache key can name exactly what it was set in.
 * Throws MissingFontError when one is missing.
 */
export function bookFontFiles(): string[] {
  const missing = fontFiles.filter((f) => !fs.existsSync(f.file))
  if (missing.length) throw new MissingFontError(missing)
  return fontFiles.map((f) => f.file)
}
