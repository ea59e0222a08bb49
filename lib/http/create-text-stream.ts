/** How much text a stream hands over at a time (characters): enough to keep the socket busy. */
const CHUNK_LENGTH = 64 * 1024;

/**
 * A byte stream of the texts `parts` yields, read as the client takes them: the server encodes
 * one chunk at a time and goes back to other requests in between.
 */
export function createTextStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK_LENGTH) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      iterator.return?.();
    },
  });
}
