// The only reader of process.env. Every variable is parsed once at start; an invalid
// value stops the process with a message that lists every wrong variable at once.
import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  PUBLIC_URL: z.url().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SESSION_REUSE_MS: z.coerce.number().int().min(0).max(10_000).default(2000),
  CHECK_RESPONSES: flag.default(false),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100000).default(50),
  LOAD_DEMO: flag.default(true),
  DEMO_FILE: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(25),
  MAX_IMPORT_MB: z.coerce.number().int().min(1).max(10240).default(512),
  UPLOAD_STALL_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  MAX_CONCURRENT_UPLOADS: z.coerce.number().int().min(1).max(1000).default(8),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  PDF_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** The app's own login (owning no table); unset: the role entente_app, made by the owner. */
  databaseAppUrl?: string;
  embeddedPgPort: number;
  /** Where users reach the app; https here turns on Secure cookies with the __Host- prefix. */
  publicUrl?: string;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** How long a read reuses the session another read looked up (0: never); ADR 0011. */
  sessionReuseMs: number;
  /** Parse every answer with its zod schema before sending it (tests); else a compiled serializer (ADR 0011). */
  checkResponses: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Failed sign-ins from one client address, across every account, within the window. */
  loginMaxFailuresPerAddress: number;
  loadDemo: boolean;
  demoFile: string;
  logLevel: string;
  maxUploadBytes: number;
  /** Imports stream to disk and are read streaming: they may be far larger than attachments. */
  maxImportBytes: number;
  /** An upload whose body brings no byte for this long is answered 408 and its file removed. */
  uploadStallMs: number;
  /** Upload bodies received at once by this process; beyond, a 429. */
  maxConcurrentUploads: number;
  /** A job's claim lasts this long without a heartbeat: how long a dead process's job waits. */
  jobLeaseSeconds: number;
  /** Finished jobs and their files are deleted after this many days. */
  jobRetentionDays: number;
  /** The Chromium that prints PDFs (briefing packs); missing: those routes answer 503. */
  chromiumPath: string;
  /** Launching Chromium and printing one PDF each give up after this long. */
  pdfTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Documented in README.md, "Configuration"; keep the two in step. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as shells and .env files commonly produce them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in envSchema.shape && v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    publicUrl: e.PUBLIC_URL,
    secureCookies: e.PUBLIC_URL?.startsWith('https://') ?? false,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    sessionReuseMs: e.SESSION_REUSE_MS,
    checkResponses: e.CHECK_RESPONSES,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    loginMaxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
    loadDemo: e.LOAD_DEMO,
    demoFile: resolve(e.DEMO_FILE ?? 'server/seed/coalition-2015.json'),
    logLevel: e.LOG_LEVEL,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    maxImportBytes: e.MAX_IMPORT_MB * 1024 * 1024,
    uploadStallMs: e.UPLOAD_STALL_SECONDS * 1000,
    maxConcurrentUploads: e.MAX_CONCURRENT_UPLOADS,
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
    jobRetentionDays: e.JOB_RETENTION_DAYS,
    chromiumPath: e.CHROMIUM_PATH,
    pdfTimeoutMs: e.PDF_TIMEOUT_SECONDS * 1000,
  };
}
