import { createHash, type Hash } from 'node:crypto';

/** dossier's own namespace for name-based ids: the same case always exports the same ids, so re-imports update rather than duplicate. */
export const DOSSIER_UUID_NAMESPACE = '6f1d2b0c-5a3e-4c8e-9b7a-2d4f8e1c3a90';

// A hash already fed the namespace, copied per id: exports make one id per object, tens of thousands per case.
const seeded = new Map<string, Hash>();

/** RFC 4122 §4.3 name-based UUID (SHA-1, version 5). */
export function uuidV5(name: string, namespace: string = DOSSIER_UUID_NAMESPACE): string {
  let base = seeded.get(namespace);
  if (!base) {
    base = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex'));
    seeded.set(namespace, base);
  }
  const hash = base.copy().update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
