import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';

/** A customer-managed encryption key (CMEK) for a training job. */
export class EncryptionKey {
  /** A key by its full name, `projects/P/locations/L/keyRings/R/cryptoKeys/K`. */
  public static fromKeyName(kmsKeyName: string): EncryptionKey {
    return new EncryptionKey(kmsKeyName);
  }

  /** A key managed in the same cdktf app. */
  public static fromCryptoKey(key: KmsCryptoKey): EncryptionKey {
    return new EncryptionKey(key.id);
  }

  private constructor(
    /** The key's full name (a Terraform reference for `fromCryptoKey`). */
    public readonly kmsKeyName: string,
  ) {}
}
