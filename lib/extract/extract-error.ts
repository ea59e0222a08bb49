/** Thrown for bytes that hold no readable document; the message says why. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}
