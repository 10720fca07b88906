/**
 * A problem with the machine rather than the code: Java or Maven missing, Maven Central out of
 * reach, a port taken. `npm start` prints it as one line saying what is wrong and what to do.
 */
export class SetupError extends Error {
  override readonly name = 'SetupError';

  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }

  /** The single line shown to the user. */
  get line(): string {
    return `${this.message} — ${this.hint}`;
  }
}
