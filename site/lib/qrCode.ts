import QRCode from 'qrcode'

/**
 * A QR code as inline SVG, made at build time (no client JavaScript), with a
 * title for screen readers. Medium error correction survives a smudged print.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  const title = label.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)
  return svg.replace('<svg ', `<svg role="img" aria-label="${title}" `)
}
