/**
 * A bar chart as static SVG, drawn at build time by Apache ECharts' server-side
 * renderer (no browser, no canvas: it estimates CJK text at one em per glyph,
 * which holds for Chinese labels).
 * @see https://echarts.apache.org/handbook/en/how-to/cross-platform/server/
 *
 * The page's Content-Security-Policy allows no inline style, and ECharts writes
 * text fonts as `style` attributes and hover effects as a <style> element: the
 * chart is rewritten with presentation attributes only, and without the
 * renderer's event bookkeeping, so it can sit inline in the page (and take the
 * page's font) under the policy.
 */
import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { parse, type HTMLElement } from 'node-html-parser'

import { unspecifiedLabel, type StatCount } from './caseStats'

echarts.use([BarChart, GridComponent, SVGRenderer])

const ink = '#1d2125'
const muted = '#4f5963'
const line = '#d5d9de'
const accent = '#9e1b1f'
/** 未填写 is no category of its own: its bar is grey. */
const unspecified = '#8a939c'
const fontSize = 14

export type BarChartOptions = {
  /** Columns over time (years) or bars across (categories, long labels). */
  direction: 'columns' | 'bars'
  /** The accessible name of the chart. */
  label: string
}

/** The chart of counts as an SVG element (a string), sized by its viewBox. */
export function barChartSvg(counts: StatCount[], options: BarChartOptions): string {
  const columns = options.direction === 'columns'
  // About a phone's width, so that its text stays near its size there; wider screens scale it up a little.
  const width = 340
  const height = columns ? 220 : 40 + counts.length * 34
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    const category = {
      type: 'category' as const,
      data: counts.map((c) => c.label),
      inverse: !columns,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: muted } },
      axisLabel: { color: ink, fontSize, width: columns ? 60 : 126, overflow: 'truncate' as const, interval: 0 },
    }
    const value = {
      type: 'value' as const,
      minInterval: 1,
      splitLine: { lineStyle: { color: line } },
      axisLabel: { color: muted, fontSize: fontSize - 2 },
    }
    chart.setOption({
      animation: false,
      // The grid shrinks to keep the axis labels inside the chart (ECharts 6's successor of containLabel).
      grid: { left: 8, right: 40, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: columns ? category : value,
      yAxis: columns ? value : category,
      series: [
        {
          type: 'bar',
          data: counts.map((c) => ({ value: c.count, itemStyle: { color: c.label === unspecifiedLabel ? unspecified : accent } })),
          barMaxWidth: 28,
          silent: true,
          emphasis: { disabled: true },
          label: { show: true, position: columns ? 'top' : 'right', color: ink, fontSize },
        },
      ],
    })
    return policySafe(chart.renderToSVGString({ useViewBox: true }), options.label)
  } finally {
    chart.dispose()
  }
}

/** Presentation attributes an SVG `style` may carry here, by CSS property. */
const presentational = new Set(['font-size', 'font-style', 'font-weight', 'fill', 'stroke', 'opacity'])

function policySafe(svg: string, label: string): string {
  const root = parse(svg).querySelector('svg')
  if (!root) throw new Error('ECharts rendered no <svg> element.')
  root.querySelectorAll('style').forEach((s) => s.remove())
  const walk = (el: HTMLElement) => {
    for (const name of Object.keys(el.attributes)) {
      if (name === 'style') {
        for (const decl of el.getAttribute('style')!.split(';')) {
          const [property, ...rest] = decl.split(':')
          const prop = property?.trim().toLowerCase()
          if (prop && presentational.has(prop)) el.setAttribute(prop, rest.join(':').trim())
        }
        el.removeAttribute('style')
      } else if (name === 'class' || name === 'pointer-events' || name.startsWith('ecmeta_')) el.removeAttribute(name)
    }
    el.childNodes.forEach((child) => {
      if ((child as HTMLElement).attributes) walk(child as HTMLElement)
    })
  }
  walk(root)
  for (const name of ['width', 'height', 'baseProfile', 'version', 'xmlns:xlink']) root.removeAttribute(name)
  root.setAttribute('role', 'img')
  root.setAttribute('aria-label', label)
  root.setAttribute('class', 'chart')
  return root.toString()
}
