/**
 * Which network addresses jianbao may connect to. A monitoring server that fetches whatever a feed links to must
 * not be a way into the network it runs in: loopback, private, link-local, unique-local, carrier-grade NAT,
 * multicast, reserved and unspecified addresses are refused unless the user allows their networks. Checked on
 * the address actually connected to (after DNS), so names, redirects and numeric spellings (`2130706433`,
 * `0x7f.1`, `::ffff:127.0.0.1`) all meet the same rule: the URL parser has already turned those into dotted or
 * bracketed form.
 */
import { BlockList, isIP } from 'node:net';

/** Internal ranges by what they are, for the refusal message. */
const INTERNAL: [string, string, number, 'ipv4' | 'ipv6'][] = [
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['carrier-grade NAT', '100.64.0.0', 10, 'ipv4'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['benchmarking', '198.18.0.0', 15, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['unique-local', 'fc00::', 7, 'ipv6'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['site-local', 'fec0::', 10, 'ipv6'],
  ['multicast', 'ff00::', 8, 'ipv6'],
];

/** The kinds in the refusal's zh-CN words. */
const KIND_ZH: Record<string, string> = {
  unspecified: '未指定', private: '内网', 'carrier-grade NAT': '运营商内网（CGNAT）', loopback: '本机回环', 'link-local': '链路本地',
  reserved: '保留', benchmarking: '测试专用', multicast: '组播', 'unique-local': '内网（唯一本地）', 'site-local': '站点本地',
};

/**
 * How to allow an internal network, named by the setting every shell feeds (flags, environment, config file), so the
 * same words fit a web page and a terminal.
 */
const HOW_TO_ALLOW = ['如需访问，请在配置的 allowNetworks（或环境变量 JIANBAO_ALLOW_NETWORKS）中允许它的网络', 'allow its network in the configuration\'s allowNetworks or JIANBAO_ALLOW_NETWORKS'];

const RANGES = INTERNAL.map(([kind, net, prefix, type]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return { kind, list };
});

/** The IPv4 address an IPv6 address carries (mapped `::ffff:a.b.c.d`, compatible, NAT64 `64:ff9b::/96`), else null. */
function embeddedIpv4(ip: string): string | null {
  const m = /^(?:::ffff:|::|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(ip);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2], 16);
  const lo = parseInt(m[3], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** What kind of internal address `ip` is ('loopback', 'private'…), or null for a public address. */
export function internalKind(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  const v4 = isIP(bare) === 6 ? embeddedIpv4(bare) : null;
  const address = v4 ?? bare;
  const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  return RANGES.find((r) => r.list.check(address, type))?.kind ?? null;
}

/** The networks a user allows despite being internal: everything (`--allow-private`) or a list of CIDRs. */
export interface AddressPolicy {
  allowAll: boolean;
  allowed: BlockList;
  /** The allowed networks as given, for messages. */
  networks: string[];
}

/**
 * A policy allowing `networks` (`10.0.0.0/8`, `127.0.0.1`, `::1/128`; a bare address is that one address), or
 * every network when `allowAll`. Throws naming the entry that is not a network.
 */
export function addressPolicy(networks: string[], allowAll = false): AddressPolicy {
  const allowed = new BlockList();
  const given = networks.map((n) => n.trim()).filter(Boolean);
  for (const net of given) {
    const [ip, prefix, extra] = net.split('/');
    const bare = ip.replace(/^\[|\]$/g, '');
    const version = isIP(bare);
    const bits = prefix === undefined ? (version === 6 ? 128 : 32) : Number(prefix);
    if (!version || extra !== undefined || !/^\d+$/.test(String(bits)) || bits > (version === 6 ? 128 : 32)) {
      throw new Error(`${net}: not a network (expected an address or address/prefix, e.g. 10.0.0.0/8)`);
    }
    allowed.addSubnet(bare, bits, version === 6 ? 'ipv6' : 'ipv4');
  }
  return { allowAll, allowed, networks: given };
}

/** Why connecting to `ip` is refused under `policy`, or null when it is allowed. */
export function refusal(ip: string, policy: AddressPolicy): string | null {
  const kind = internalKind(ip);
  if (!kind || policy.allowAll) return null;
  const bare = ip.replace(/^\[|\]$/g, '');
  const v4 = isIP(bare) === 6 ? embeddedIpv4(bare) : null;
  if (policy.allowed.check(bare, isIP(bare) === 6 ? 'ipv6' : 'ipv4') || (v4 && policy.allowed.check(v4, 'ipv4'))) return null;
  return `${bare} 是${KIND_ZH[kind] ?? kind}地址，已拒绝；${HOW_TO_ALLOW[0]} (${bare} is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} address: refused (${HOW_TO_ALLOW[1]}))`;
}

/** Host names that always mean this machine, whatever DNS says. */
const LOCAL_NAME = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)\.?$|\.localhost\.?$/i;

/**
 * Why a URL's host is refused before any lookup (an internal address literal, or a name for this machine), or
 * null. `sources add` uses it; fetching checks the resolved address as well.
 */
export function hostRefusal(url: URL, policy: AddressPolicy): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return refusal(host, policy);
  if (LOCAL_NAME.test(host) && !policy.allowAll) {
    return refusal('127.0.0.1', policy) && refusal('::1', policy) ? `${host} 是本机，已拒绝；${HOW_TO_ALLOW[0]} (${host} is this machine: refused (${HOW_TO_ALLOW[1]}))` : null;
  }
  return null;
}
