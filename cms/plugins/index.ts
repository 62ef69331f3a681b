import type { Plugin } from 'payload'

import { normalizeTextFields } from './normalizeTextFields'

export const plugins: Plugin[] = [normalizeTextFields()]
