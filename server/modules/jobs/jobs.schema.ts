import { z } from 'zod';

export const jobIdParams = z.object({ id: z.uuid() });

export const jobOut = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.object({ done: z.number(), total: z.number().nullable(), rows: z.number() }),
  /** Runs so far: above 1 after a retry or after another process took the job over. */
  attempts: z.number().int(),
  result: z.unknown(),
  /** A result that is a file, downloaded from `url` by the job's owner only. */
  file: z.object({ name: z.string(), type: z.string(), size: z.number(), url: z.string() }).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobOut = z.infer<typeof jobOut>;
