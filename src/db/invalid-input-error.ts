// Thrown when input from a user or another context fails validation. The message carries every
// problem line, so it survives being serialised across extension messaging.
export class InvalidInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'InvalidInputError';
  }
}
