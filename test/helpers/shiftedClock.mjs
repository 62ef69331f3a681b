// Preloaded into a child process (NODE_OPTIONS=--import) to move its clock by
// HUIBIAN_TEST_CLOCK_SHIFT_MS: a build "tomorrow" without waiting for it.
const shift = Number(process.env.HUIBIAN_TEST_CLOCK_SHIFT_MS ?? 0)
const RealDate = globalThis.Date

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift)
    else super(...args)
  }

  static now() {
    return RealDate.now() + shift
  }
}

// Mongoose finds a schema type by its constructor's name: still "Date".
Object.defineProperty(ShiftedDate, 'name', { value: 'Date' })

globalThis.Date = ShiftedDate
