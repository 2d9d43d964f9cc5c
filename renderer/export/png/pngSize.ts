/** Size in device pixels of a map exported at `scale`. */
export function pngSize(bounds: { width: number; height: number }, scale: number) {
  return { width: Math.ceil(bounds.width * scale), height: Math.ceil(bounds.height * scale) };
}
