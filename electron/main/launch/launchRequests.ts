/**
 * Files handed over by a second instance: `requestSingleInstanceLock(additionalData)`
 * carries the paths the second instance resolved itself (its argv reaches us reordered,
 * with Chromium's switches added); its argv is the fallback.
 */
import { z } from 'zod';
import { filesFromArgv } from './argvFiles';

const handOverSchema = z.object({ files: z.array(z.string().min(1).max(4096)).max(100) });

export type HandOver = z.infer<typeof handOverSchema>;

export function handOverData(files: string[]): HandOver {
  return { files };
}

export function filesFromSecondInstance(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
): string[] {
  const parsed = handOverSchema.safeParse(additionalData);
  const named = parsed.success ? parsed.data.files : argv;
  return filesFromArgv(named, workingDirectory);
}
