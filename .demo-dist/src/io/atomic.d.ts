import type { Writable } from 'node:stream';
/** Write bytes or text to `target` atomically. */
export declare function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void>;
/**
 * Stream into `target` atomically: `fill` writes to the stream; on success the temporary file is
 * renamed over the target, on failure it is removed.
 */
export declare function streamFileAtomic(target: string, fill: (out: Writable) => Promise<void>): Promise<void>;
/** Write to a stream honouring back-pressure. */
export declare function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> | undefined;
/**
 * A stream into a temporary file beside `target`, for writers that work chunk by chunk:
 * `commit` closes it and renames it over the target, `abort` removes it.
 */
export declare function openAtomicStream(target: string): Promise<{
    out: Writable;
    commit: () => Promise<void>;
    abort: () => Promise<void>;
}>;
