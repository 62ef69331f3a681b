/** The shared-link card's size: what og:image readers (WeChat, Weibo, search engines) crop to 1.91:1. */
export const ogImageSize = { width: 1200, height: 630 } as const
