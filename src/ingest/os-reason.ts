// The words a user reads for what the OS or the network said. "ENOENT" or "fetch failed" names no reason a
// reader can act on; "no such file or directory" does.
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host name lookup failed for now (DNS)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed by the other side',
  CERT_HAS_EXPIRED: 'the server\'s TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server\'s TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server\'s TLS certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server\'s TLS certificate is for another host',
};

/**
 * A system or network error in words, looking through `cause` chains (undici wraps the socket error in
 * "fetch failed"). Falls back to the error's own message.
 * @example osReason(Object.assign(new Error('x'), { code: 'ENOENT' })) // 'no such file or directory'
 */
export function osReason(err: unknown): string {
  return knownOsReason(err) ?? (err instanceof Error ? err.message : String(err));
}

/** The words for a system or network error code found on the error or its causes, or null when there is none. */
export function knownOsReason(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && REASONS[code]) return REASONS[code];
  }
  return null;
}
