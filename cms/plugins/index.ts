import type { Plugin } from 'payload'

import { chineseDates } from './chineseDates'
import { normalizeTextFields } from './normalizeTextFields'

export const plugins: Plugin[] = [normalizeTextFields(), chineseDates()]
