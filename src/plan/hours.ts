/** `90000` → `25h`, `5400` → `1.5h`. */
export function hours(seconds: number): string {
  const value = Math.round((seconds / 3600) * 100) / 100;
  return `${value}h`;
}
