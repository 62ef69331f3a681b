/** A feature (专题) that presents a case: part of the case's 出处 beside its 汇编 and press. */
export type FeatureSource = { title: string; url: string; publication: string; date: string }
