/** One event file as stored: its id (the file name without `.md`), its text and its version. */
export interface StoredFile {
  id: string;
  text: string;
  /** A strong HTTP entity tag of the text (`"…"`), which changes whenever the text does. */
  etag: string;
}

/** What changed in the store: a file written (its new text), or a file gone. */
export type StoreChange = { type: 'put'; file: StoredFile } | { type: 'delete'; id: string };

/**
 * Where the corpus's event files live. The folder of Markdown files is the default; a shared
 * database can take its place where a team runs several servers, behind the same few calls.
 */
export interface CorpusStore {
  /** The ids of every event file. */
  list(): Promise<string[]>;
  /** One file, or null where there is none. */
  read(id: string): Promise<StoredFile | null>;
  /** Writes a file whole: a reader sees the old text or the new, never part of either. */
  put(id: string, text: string): Promise<StoredFile>;
  /** Takes a file out of the corpus, keeping it where a person can restore it. */
  delete(id: string): Promise<void>;
  /** Calls `listener` for each file written or removed, by this process or another; returns a stop. */
  watch(listener: (change: StoreChange) => void): () => Promise<void>;
  /** Runs `work` as the only writer of the corpus, across every process that shares the store. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}
