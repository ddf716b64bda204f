import { readFile } from 'node:fs/promises';

export interface ProcessMemory {
  /** Resident set size now (`VmRSS`). */
  rssBytes: number;
  /** The largest resident set size so far (`VmHWM`). */
  peakRssBytes: number;
}

/** A process's resident memory from /proc/<pid>/status (Linux), or null once it is gone. */
export async function processMemory(pid: number): Promise<ProcessMemory | null> {
  let status: string;
  try {
    status = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  const rssBytes = kib('VmRSS');
  return Number.isNaN(rssBytes) ? null : { rssBytes, peakRssBytes: kib('VmHWM') };
}
