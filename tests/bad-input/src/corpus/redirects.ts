/**
 * Redirects an allowed, public site may answer with, and how the crawler's fetcher must end: refused
 * before any request reaches the target.
 */
export interface RedirectCase {
  name: string;
  /** The Location header; `{port}` is the test site's port. */
  location: string;
  expect: { kind: 'address_refused' | 'host_not_allowed' | 'network'; message: RegExp };
}

/** Host names the test's DNS answers; the test site on 127.0.0.1 plays the public host. */
export const DNS: Record<string, string[]> = {
  'cong-khai.hoinghi.test': ['127.0.0.1'],
  'metadata.hoinghi.test': ['169.254.169.254'],
  'noi-bo.hoinghi.test': ['10.0.0.5'],
  'nua-nua.hoinghi.test': ['127.0.0.1', '192.168.1.10'],
  'v6.hoinghi.test': ['fd00::1'],
  localhost: ['::1'],
};

export const REDIRECT_CASES: RedirectCase[] = [
  {
    name: 'to cloud metadata by name',
    location: 'http://metadata.hoinghi.test:{port}/latest/meta-data/',
    expect: { kind: 'address_refused', message: /resolves to 169\.254\.169\.254/ },
  },
  {
    name: 'to a private network by name',
    location: 'http://noi-bo.hoinghi.test:{port}/admin',
    expect: { kind: 'address_refused', message: /resolves to 10\.0\.0\.5/ },
  },
  {
    name: 'to a name with one private address among public ones',
    location: 'http://nua-nua.hoinghi.test:{port}/',
    expect: { kind: 'address_refused', message: /192\.168\.1\.10/ },
  },
  {
    name: 'to an IPv6 unique-local address by name',
    location: 'http://v6.hoinghi.test:{port}/',
    expect: { kind: 'address_refused', message: /fd00::1/ },
  },
  {
    name: 'to a private IP literal',
    location: 'http://10.0.0.5/admin',
    expect: { kind: 'address_refused', message: /10\.0\.0\.5 is a private/ },
  },
  {
    name: 'to a private IP written in hex',
    location: 'http://0x0a000005/admin',
    expect: { kind: 'address_refused', message: /10\.0\.0\.5 is a private/ },
  },
  {
    name: 'to a private IP written as one decimal number',
    location: 'http://167772165/admin',
    expect: { kind: 'address_refused', message: /10\.0\.0\.5 is a private/ },
  },
  {
    name: 'to a private IP inside an IPv4-mapped IPv6 address',
    location: 'http://[::ffff:10.0.0.5]/admin',
    expect: { kind: 'address_refused', message: /::ffff:a00:5 is a private/ },
  },
  {
    name: 'to localhost',
    location: 'http://localhost:{port}/',
    expect: { kind: 'address_refused', message: /localhost resolves to ::1/ },
  },
  {
    name: 'to a host the source does not declare',
    location: 'https://attacker.example/phish',
    expect: { kind: 'host_not_allowed', message: /attacker\.example is not in allowedHosts/ },
  },
  {
    name: 'to a file: URL',
    location: 'file:///etc/passwd',
    expect: { kind: 'network', message: /unsupported scheme file:/ },
  },
];

/** Everything the redirect targets are on, so only the address guard can refuse them. */
export const ALLOWED_HOSTS = ['.hoinghi.test', '10.0.0.5', '::ffff:a00:5', 'localhost'];
