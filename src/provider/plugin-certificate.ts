import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'crypto';

/** A self-signed TLS certificate and its key, PEM-encoded, as go-plugin's mutual TLS expects them. */
export interface PluginCertificate {
  /** The certificate, PEM. */
  readonly certPem: string;
  /** The private key (PKCS#8), PEM. */
  readonly keyPem: string;
  /** The certificate, DER. */
  readonly certDer: Buffer;
}

/**
 * Makes the certificate a plugin presents to Terraform: ECDSA P-256, self-signed, a CA (so the peer can trust it
 * directly), DNS name `localhost` (go-plugin verifies that name), server and client auth, valid from a minute ago.
 *
 * node:crypto signs but cannot build certificates, so the X.509 structure (RFC 5280) is written here in DER.
 */
export function makePluginCertificate(now: Date = new Date()): PluginCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const name = seq(set(seq(oid('2.5.4.10'), utf8('cdktf-gcp-ml-jobs'))), set(seq(oid('2.5.4.3'), utf8('localhost'))));
  const serial = randomBytes(16);
  serial[0] &= 0x7f; // a positive INTEGER
  const ecdsaWithSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now.getTime() + 365 * 24 * 3600_000);
  const extensions = seq(
    extension('2.5.29.19', true, seq(bool(true))), // basicConstraints: CA
    extension('2.5.29.15', true, bitString(Buffer.from([0xa4]), 2)), // keyUsage: digitalSignature, keyEncipherment, keyCertSign
    extension('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))), // extKeyUsage: server, client
    extension('2.5.29.17', false, seq(tlv(0x82, Buffer.from('localhost', 'ascii')))), // subjectAltName: DNS localhost
    extension('2.5.29.14', false, octetString(createHash('sha1').update(spki).digest())), // subjectKeyIdentifier
  );
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))), // version v3
    integer(serial),
    ecdsaWithSha256,
    name,
    seq(time(notBefore), time(notAfter)),
    name,
    spki,
    tlv(0xa3, extensions),
  );
  const signature = sign('sha256', tbs, { key: privateKey, dsaEncoding: 'der' });
  const certDer = seq(tbs, ecdsaWithSha256, bitString(signature, 0));
  return {
    certDer,
    certPem: toPem('CERTIFICATE', certDer),
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The certificate as the handshake line carries it: base64 of the DER bytes without `=` padding. */
export function handshakeCertificate(certDer: Buffer): string {
  return certDer.toString('base64').replace(/=+$/, '');
}

/** Reads a certificate from PEM, or returns undefined when the text is not one. */
export function parseCertificate(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

function toPem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function tlv(tag: number, content: Buffer): Buffer {
  const length = content.length;
  let header: Buffer;
  if (length < 0x80) header = Buffer.from([tag, length]);
  else if (length < 0x100) header = Buffer.from([tag, 0x81, length]);
  else if (length < 0x10000) header = Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  else throw new Error('DER value too long');
  return Buffer.concat([header, content]);
}

function seq(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function set(...items: Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(items));
}

function integer(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0 && bytes[start + 1] < 0x80) start++;
  const trimmed = bytes.subarray(start);
  return tlv(0x02, trimmed[0] >= 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function bool(value: boolean): Buffer {
  return tlv(0x01, Buffer.from([value ? 0xff : 0]));
}

function bitString(bytes: Buffer, unusedBits: number): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}

function octetString(bytes: Buffer): Buffer {
  return tlv(0x04, bytes);
}

function utf8(text: string): Buffer {
  return tlv(0x0c, Buffer.from(text, 'utf8'));
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const bytes = [parts[0] * 40 + parts[1]];
  for (const part of parts.slice(2)) {
    const base128 = [part & 0x7f];
    for (let rest = part >>> 7; rest > 0; rest >>>= 7) base128.unshift((rest & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime before 2050, GeneralizedTime from then on (RFC 5280 §4.1.2.5). */
function time(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-01-02T03:04:05.678Z
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${digits}Z`));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [bool(true)] : []), octetString(value));
}
