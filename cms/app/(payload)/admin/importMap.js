import { CampaignSettingsSync as CampaignSettingsSync_8c242bf627779fe4b154169cacf82a67 } from '../../../components/CampaignSettingsSync'
import { ImportWriteUpPanel as ImportWriteUpPanel_7bf186ce21f38a0e42877468e05904fe } from '../../../components/ImportWriteUpPanel'
import { WriteUpGaps as WriteUpGaps_288f2dd0bdcd03a3d1b086b045a9a09a } from '../../../components/WriteUpGaps'
import { WordCount as WordCount_be9c22ac57b5ee14bf1d589bcc1881e1 } from '../../../components/WordCount'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WriteUpTotal as WriteUpTotal_be5f97a4204f74ad2ea1800dfc06efa6 } from '../../../components/WriteUpTotal'
import { SlugHistoryRowLabel as SlugHistoryRowLabel_d9648986ff39f1d30e54acd2da05ee17 } from '../../../components/SlugHistoryRowLabel'
import { WriteUpGapsBadge as WriteUpGapsBadge_288f2dd0bdcd03a3d1b086b045a9a09a } from '../../../components/WriteUpGaps'
import { PreviewButton as PreviewButton_f9551e5cf7b03e568d579e158f5a27b9 } from '../../../components/PreviewButton'
import { AwardTiersPanel as AwardTiersPanel_81919b6a505ac1ed7185a8d5baa52169 } from '../../../components/AwardTiersPanel'
import { DurationField as DurationField_dd4d4d15ca111a45570c0d7b7ef8bc3c } from '../../../components/DurationField'
import { BuildLogField as BuildLogField_2c1f485fda50b76e7f162b76e095b7c0 } from '../../../components/BuildLogField'
import { RebuildButton as RebuildButton_050852505f1f53b0c29305eeb23e5fa9 } from '../../../components/RebuildButton'
import { AdminNavLinks as AdminNavLinks_9ad9eb625239f4fe73572ac8bfa6ec67 } from '../../../components/AdminNavLinks'
import { OfficeDesk as OfficeDesk_79de3a2cd4bc60c261d8148828c85e3c } from '../../../components/OfficeDesk'
import { ClearToastsOnLogin as ClearToastsOnLogin_edbe1d35fdbf31ba3630802a373906ee } from '../../../components/ClearToastsOnLogin'
import { ImportSummaryView as ImportSummaryView_af8f89af459c6ce430d9ae50d647e0bd } from '../../../components/ImportSummaryView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/CampaignSettingsSync#CampaignSettingsSync": CampaignSettingsSync_8c242bf627779fe4b154169cacf82a67,
  "/components/ImportWriteUpPanel#ImportWriteUpPanel": ImportWriteUpPanel_7bf186ce21f38a0e42877468e05904fe,
  "/components/WriteUpGaps#WriteUpGaps": WriteUpGaps_288f2dd0bdcd03a3d1b086b045a9a09a,
  "/components/WordCount#WordCount": WordCount_be9c22ac57b5ee14bf1d589bcc1881e1,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/WriteUpTotal#WriteUpTotal": WriteUpTotal_be5f97a4204f74ad2ea1800dfc06efa6,
  "/components/SlugHistoryRowLabel#SlugHistoryRowLabel": SlugHistoryRowLabel_d9648986ff39f1d30e54acd2da05ee17,
  "/components/WriteUpGaps#WriteUpGapsBadge": WriteUpGapsBadge_288f2dd0bdcd03a3d1b086b045a9a09a,
  "/components/PreviewButton#PreviewButton": PreviewButton_f9551e5cf7b03e568d579e158f5a27b9,
  "/components/AwardTiersPanel#AwardTiersPanel": AwardTiersPanel_81919b6a505ac1ed7185a8d5baa52169,
  "/components/DurationField#DurationField": DurationField_dd4d4d15ca111a45570c0d7b7ef8bc3c,
  "/components/BuildLogField#BuildLogField": BuildLogField_2c1f485fda50b76e7f162b76e095b7c0,
  "/components/RebuildButton#RebuildButton": RebuildButton_050852505f1f53b0c29305eeb23e5fa9,
  "/components/AdminNavLinks#AdminNavLinks": AdminNavLinks_9ad9eb625239f4fe73572ac8bfa6ec67,
  "/components/OfficeDesk#OfficeDesk": OfficeDesk_79de3a2cd4bc60c261d8148828c85e3c,
  "/components/ClearToastsOnLogin#ClearToastsOnLogin": ClearToastsOnLogin_edbe1d35fdbf31ba3630802a373906ee,
  "/components/ImportSummaryView#ImportSummaryView": ImportSummaryView_af8f89af459c6ce430d9ae50d647e0bd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
