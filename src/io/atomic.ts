// Outputs are written to a temporary file beside the target and renamed, so an interrupted run never
// leaves a half-written file, and a reader never sees one.
import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The temporary files being written, for removeTemporaryFiles. */
const live = new Set<string>();

/**
 * Remove every temporary file still being written (synchronously: for a process about to exit on an
 * interrupt, so that Ctrl-C leaves no half-written file behind).
 */
export function removeTemporaryFiles(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

/** An error about the temporary file, told about the target (the only path the user gave). */
function aboutTarget(e: unknown, tmp: string, target: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && err.path === tmp) err.path = target;
  return e;
}

/** Write bytes or text to `target` atomically. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPath(target);
  live.add(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw aboutTarget(e, tmp, target);
  } finally {
    live.delete(tmp);
  }
}

/** Write to a stream honouring back-pressure. */
export function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> | undefined {
  if (out.write(chunk)) return undefined;
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    out.once('error', onError);
    out.once('drain', () => {
      out.off('error', onError);
      resolve();
    });
  });
}

/**
 * A stream into a temporary file beside `target`, for writers that work chunk by chunk:
 * `commit` closes it and renames it over the target, `abort` removes it.
 */
export async function openAtomicStream(
  target: string,
): Promise<{ out: Writable; commit: () => Promise<void>; abort: () => Promise<void> }> {
  const tmp = tempPath(target);
  live.add(tmp);
  const out = createWriteStream(tmp);
  let failure: Error | null = null;
  out.on('error', (e) => {
    failure = e;
  });
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', (e) => {
      live.delete(tmp);
      reject(aboutTarget(e, tmp, target));
    });
  });
  let done = false;
  return {
    out,
    commit: async () => {
      if (done) return;
      done = true;
      try {
        if (failure) throw failure;
        await new Promise<void>((resolve, reject) => {
          out.once('error', reject);
          out.end(() => resolve());
        });
        await rename(tmp, target);
      } catch (e) {
        out.destroy();
        await rm(tmp, { force: true });
        throw aboutTarget(e, tmp, target);
      } finally {
        live.delete(tmp);
      }
    },
    abort: async () => {
      if (done) return;
      done = true;
      out.destroy();
      await rm(tmp, { force: true });
      live.delete(tmp);
    },
  };
}
