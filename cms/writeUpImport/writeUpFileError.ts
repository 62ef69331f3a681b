/** Why a Word file was refused; `message` is for editors, in Chinese. */
export type WriteUpFileProblem = 'tooBig' | 'notZip' | 'notDocx' | 'macros' | 'zipBomb' | 'encrypted' | 'externalResource' | 'unreadable'

/** A file refused before anything was written. */
export class WriteUpFileError extends Error {
  constructor(
    readonly problem: WriteUpFileProblem,
    message: string,
  ) {
    super(message)
    this.name = 'WriteUpFileError'
  }
}
