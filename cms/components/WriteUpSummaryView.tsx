import React from 'react'

import { adminLevels, labelOf } from '../domain'
import type { WriteUpSummary } from '../writeUpImport/importWriteUp'

const cell: React.CSSProperties = { padding: '0.3rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }
export const warningText: React.CSSProperties = { color: 'var(--theme-warning-700, #8a5300)' }
export const errorText: React.CSSProperties = { color: 'var(--theme-error-600, #b00020)', fontWeight: 600 }

/** What a Word write-up fills, section by section, with its counts against the campaign's limits. */
export function WriteUpSummaryView({ summary }: { summary: WriteUpSummary }) {
  return (
    <div>
      {summary.title && <p>Word 文件标题：{summary.title}</p>}
      <table style={{ borderCollapse: 'collapse', margin: '0.5rem 0' }}>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              部分
            </th>
            <th scope="col" style={cell}>
              字数
            </th>
            <th scope="col" style={cell}>
              本活动要求
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.abstract !== undefined && (
            <tr>
              <td style={cell}>摘要</td>
              <td style={cell}>{summary.abstractLength}</td>
              <td style={cell}>—</td>
            </tr>
          )}
          {summary.sections.map((s) => {
            const over = Boolean(s.max && s.length > s.max) || Boolean(s.min && s.length > 0 && s.length < s.min)
            return (
              <tr key={s.key}>
                <td style={cell}>{s.heading}</td>
                <td style={{ ...cell, ...(over ? errorText : {}) }}>{s.found ? s.length : '（文件中没有）'}</td>
                <td style={cell}>{[s.min ? `不少于 ${s.min} 字` : '', s.max ? `不超过 ${s.max} 字` : ''].filter(Boolean).join('，') || '不限'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {summary.problems.length > 0 && (
        <ul role="alert">
          {summary.problems.map((p) => (
            <li key={p} style={errorText}>
              {p}
            </li>
          ))}
        </ul>
      )}
      {summary.warnings.length > 0 && (
        <ul>
          {summary.warnings.map((w) => (
            <li key={w} style={warningText}>
              {w}
            </li>
          ))}
        </ul>
      )}
      {(summary.honours.length > 0 || summary.press.length > 0) && (
        <>
          <p>将添加到「荣誉与报道」：</p>
          <ul>
            {summary.honours.map((h) => (
              <li key={`h-${h.text}`}>
                荣誉（{labelOf(adminLevels, h.level)}
                {h.year ? `，${h.year} 年` : ''}）：{h.text}
              </li>
            ))}
            {summary.press.map((p) => (
              <li key={`p-${p.outlet}-${p.title}`}>
                报道：{p.outlet}
                {p.title ? `：${p.title}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
