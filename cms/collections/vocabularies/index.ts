import { AwardTiers } from './AwardTiers'
import { CaseTypes } from './CaseTypes'
import { PartyFields } from './PartyFields'
import { Themes } from './Themes'

/** The 词表 editors own, in the order the admin's 词表 group lists them. */
export const vocabularyCollections = [CaseTypes, PartyFields, Themes, AwardTiers]
