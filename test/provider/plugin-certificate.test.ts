import { X509Certificate } from 'crypto';
import { handshakeCertificate, makePluginCertificate, parseCertificate } from '../../src/provider/plugin-certificate';

describe('makePluginCertificate', () => {
  test('a self-signed ECDSA CA certificate for localhost, valid now, that verifies with its own key', () => {
    const now = new Date('2030-06-01T00:00:00Z');
    const certificate = makePluginCertificate(now);
    const x509 = new X509Certificate(certificate.certPem);
    expect(x509.subjectAltName).toBe('DNS:localhost');
    expect(x509.ca).toBe(true);
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(new Date(x509.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(now.getTime() + 300 * 24 * 3600_000);
    expect(x509.keyUsage ?? []).toEqual(expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']));
    expect(certificate.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  test('times from 2050 on are GeneralizedTime', () => {
    const x509 = new X509Certificate(makePluginCertificate(new Date('2060-01-01T00:00:00Z')).certPem);
    expect(new Date(x509.validFrom).getUTCFullYear()).toBe(2059);
    expect(new Date(x509.validTo).getUTCFullYear()).toBe(2060);
  });

  test('the handshake form is unpadded base64 of the DER bytes; non-certificates are recognised', () => {
    const { certDer } = makePluginCertificate();
    const text = handshakeCertificate(certDer);
    expect(text).not.toContain('=');
    expect(Buffer.from(text, 'base64')).toEqual(certDer);
    expect(parseCertificate('not a certificate')).toBeUndefined();
  });
});
