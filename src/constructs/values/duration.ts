/**
 * A length of time, written the way the API takes it: seconds with an `s` suffix (`"7200s"`).
 */
export class Duration {
  /** A number of seconds. */
  public static seconds(amount: number): Duration {
    return new Duration(amount);
  }

  /** A number of minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount * 60);
  }

  /** A number of hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount * 3600);
  }

  /** A number of days. */
  public static days(amount: number): Duration {
    return new Duration(amount * 86400);
  }

  /**
   * A duration as the API writes it (`"3600s"`, `"1.5s"`). Other spellings are kept as they are, for the rules to
   * report with a fix.
   */
  public static parse(value: string): Duration {
    const match = /^(\d+(?:\.\d{1,9})?)s$/.exec(value);
    return match ? new Duration(Number(match[1])) : new Duration(Number.NaN, value);
  }

  private constructor(
    private readonly totalSeconds: number,
    private readonly raw?: string,
  ) {}

  /** The length in seconds (NaN for a value `parse` could not read). */
  public toSeconds(): number {
    return this.totalSeconds;
  }

  /** The API form, e.g. `"7200s"`. */
  public toApiString(): string {
    if (this.raw !== undefined) return this.raw;
    // Up to nine decimals, without trailing zeros: 1.5s, not 1.500000000s.
    return `${Number(this.totalSeconds.toFixed(9))}s`;
  }
}
