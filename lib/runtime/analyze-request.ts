import * as z from 'zod/mini';
import type { AnalyzeRequest, WarmUpRequest } from './protocol';

const addressSchema = z.object({ name: z.string(), address: z.string() });

/** More open messages than any webmail shows expanded at once; a longer list is a broken or hostile caller. */
export const MAX_THREAD_MESSAGES = 100;

const messageSchema = z.object({
  from: addressSchema,
  replyTo: z.optional(z.array(addressSchema)),
  subject: z.string(),
  text: z.string(),
  html: z.optional(z.string()),
});

/** What the background accepts as `waakzaam:analyze`; anything else gets a clear error back. */
const analyzeRequestSchema = z.object({
  type: z.literal('waakzaam:analyze'),
  messages: z
    .array(z.object({ id: z.string().check(z.minLength(1)), message: messageSchema, capped: z.optional(z.boolean()) }))
    .check(z.minLength(1), z.maxLength(MAX_THREAD_MESSAGES)),
});

export function isWarmUpRequest(value: unknown): value is WarmUpRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'waakzaam:warm-up';
}

export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'waakzaam:analyze';
}

/** Checks the shape of a request that claims to be `waakzaam:analyze`. */
export function parseAnalyzeRequest(value: unknown): AnalyzeRequest {
  const result = analyzeRequestSchema.safeParse(value);
  if (!result.success) {
    const where = result.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new Error(`waakzaam:analyze request is malformed at: ${where}`);
  }
  return result.data;
}
