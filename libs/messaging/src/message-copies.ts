import type { MsgHdrs } from '@nats-io/transport-node';

/** Headers on a message re-published by a replay or from a dead letter: where the original is, and why. */
export const COPY_OF_HEADER = 'Hoinghi-Copy-Of';
export const COPY_REASON_HEADER = 'Hoinghi-Copy-Reason';

export interface CopyOrigin {
  /** Stream and sequence of the original message. */
  stream: string;
  sequence: number;
  /** e.g. `replay parser-upgrade-42` or `dead-letter HOINGHI_DEADLETTERS:57` */
  reason: string;
}

export function formatStreamRef(stream: string, sequence: number): string {
  return `${stream}:${sequence}`;
}

export function copyOrigin(headers: MsgHdrs | undefined): CopyOrigin | null {
  const ref = headers?.get(COPY_OF_HEADER);
  const match = ref ? /^(.+):(\d+)$/.exec(ref) : null;
  if (!match) return null;
  return { stream: match[1], sequence: Number(match[2]), reason: headers?.get(COPY_REASON_HEADER) ?? '' };
}
