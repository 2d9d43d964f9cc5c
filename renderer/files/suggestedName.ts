/** A file name for a map's first save, from its title: `Customer journey map` → `customer-journey-map.journey.json`. */
export function suggestedFileName(title: string, fallback: string): string {
  const stem = title
    .trim()
    // Characters no file system takes, and control characters.
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '')
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80)
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || fallback}.journey.json`;
}
