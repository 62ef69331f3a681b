/**
 * The one module of domain terms and rules, imported by the CMS, the site and the tests.
 */
export * from './vocabulary'
export * from './sections'
export * from './charCount'
export * from './lexicalText'
export * from './writeUpCheck'
export * from './summaryTable'
export * from './awardTally'
export * from './invisibleCharacters'
export * from './stageStatus'
export * from './chinaDay'
export * from './regions'
export * from './caseFacts'
export * from './campaignSettings'
export * from './passwordPolicy'
export * from './documentId'
export * from './quotation'
