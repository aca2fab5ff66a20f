/**
 * The dashboard answers only to the names it is served under: the loopback names and the host
 * it was told to listen on. Any other Host header is a DNS-rebinding page reading it from a
 * browser, and gets 403.
 */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_ADDRESSES = ['0.0.0.0', '::', '[::]'];

/** the name of a Host header, without its port */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}

export function allowedHosts(listenHost: string): Set<string> {
  const host = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  const configured = WILDCARD_ADDRESSES.includes(host.toLowerCase()) ? [] : [host.toLowerCase()];
  return new Set([...LOOPBACK_NAMES, ...configured]);
}

export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  return header !== undefined && allowed.has(hostName(header));
}
