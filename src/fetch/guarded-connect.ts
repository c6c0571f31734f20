/**
 * The connect step of every outgoing request: resolve the host, check each address against the address policy,
 * connect to an allowed one. Connecting to the very address that was checked leaves DNS no second answer to
 * give (rebinding), and redirects pass through here like any request.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { buildConnector } from 'undici';
import { refusal, type AddressPolicy } from './address-policy.js';

/** A connection the address policy refused; the message says which address and why. */
export class AddressRefused extends Error {
  override name = 'AddressRefused';
}

/** Resolves `host` to its addresses (an address literal is itself). */
async function addressesOf(host: string): Promise<string[]> {
  if (isIP(host)) return [host];
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/**
 * A connector that checks addresses before `connect` (undici's TCP/TLS connect; tests pass one that fails when
 * called for an address outside 127.0.0.0/8) ever runs.
 */
export function guardedConnector(policy: AddressPolicy, connect: buildConnector.connector): buildConnector.connector {
  return (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    addressesOf(host).then(
      (addresses) => {
        const reasons = addresses.map((a) => refusal(a, policy));
        const allowed = addresses.find((_, i) => reasons[i] === null);
        if (allowed === undefined) {
          callback(new AddressRefused(reasons[0] ?? `${host}: no address found`), null);
          return;
        }
        // `host` keeps the name, for TLS's server name and certificate check.
        connect({ ...options, hostname: allowed, host: options.host ?? options.hostname }, callback);
      },
      (err: Error) => callback(err, null),
    );
  };
}
