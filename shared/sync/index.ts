/**
 * The sync API's bodies, validated with zod at the service's edge and reused by the add-in's sync client.
 * One schema per body; types are inferred so client and service cannot drift apart.
 */
import { z } from 'zod';
import { PLAN_FIELDS, type PlanField } from '../types';

/**
 * Table Storage caps a string property at 64 KiB, i.e. 32,768 UTF-16 code units; keep a margin for
 * the property name and JSON escaping so every accepted value is storable on Azure and Cosmos DB for Table.
 */
export const MAX_FIELD_CHARS = 32_000;
/** Row ids become part of a RowKey: Cosmos DB for Table caps RowKey at 255 bytes. */
export const ROW_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Letters, digits and '-': path parts never reach a storage filter unchecked. */
export const PATH_PART_PATTERN = /^[A-Za-z0-9-]{1,40}$/;
export const MAX_CHANGES_PER_PUSH = 5_000;

const FieldValueSchema = z
  .string({ error: 'must be text' })
  .max(MAX_FIELD_CHARS, { error: `is longer than ${MAX_FIELD_CHARS} characters (Table Storage keeps at most 64 KiB per value)` });

/** Every canonical field optional: a change carries only the fields it touches. */
export const PlanFieldsSchema = z
  .object(Object.fromEntries(PLAN_FIELDS.map((f) => [f, FieldValueSchema.optional()])) as Record<PlanField, z.ZodOptional<typeof FieldValueSchema>>)
  .strict();
export type PlanFields = Partial<Record<PlanField, string>>;

/** A base may say a field was empty with null (e.g. from a conflict whose side was a deletion). */
export const BaseFieldsSchema = z
  .object(Object.fromEntries(PLAN_FIELDS.map((f) => [f, FieldValueSchema.nullable().optional()])) as Record<PlanField, z.ZodOptional<z.ZodNullable<typeof FieldValueSchema>>>)
  .strict();

/**
 * Names every JavaScript object already answers to (`__proto__`, `constructor`, `toString`…) plus `prototype`.
 * A row id with one of these names could reach `Object.prototype` through any id-keyed plain object, in any
 * client; they are refused at the edge so no copy of the plan ever holds one.
 */
export const RESERVED_ROW_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export const RowIdSchema = z
  .string({ error: 'must be text' })
  .regex(ROW_ID_PATTERN, { error: 'must be 1–64 letters, digits, "-" or "_"' })
  .refine((id) => !RESERVED_ROW_IDS.has(id), { error: 'is a reserved name; choose another row id' });

export const ChangeSchema = z
  .object({
    id: RowIdSchema,
    base: BaseFieldsSchema.default({}),
    set: PlanFieldsSchema.optional(),
    delete: z.literal(true, { error: 'must be true when present' }).optional(),
  })
  .strict()
  .superRefine((change, ctx) => {
    if (change.delete && change.set) ctx.addIssue({ code: 'custom', path: ['set'], message: 'a change either sets fields or deletes the row, not both' });
    if (!change.delete && !change.set) ctx.addIssue({ code: 'custom', path: ['set'], message: 'is required (or "delete": true)' });
  });
export type Change = z.infer<typeof ChangeSchema>;

export const PushRequestSchema = z
  .object({
    pushId: z.uuid({ error: 'must be a UUID' }),
    changes: z.array(ChangeSchema).max(MAX_CHANGES_PER_PUSH, { error: `at most ${MAX_CHANGES_PER_PUSH} changes per push` }),
  })
  .strict()
  .superRefine((push, ctx) => {
    // One change per row: the merge, the change log and the receipt all speak of "the" change to a row.
    const first = new Map<string, number>();
    push.changes.forEach((change, i) => {
      const seen = first.get(change.id);
      if (seen === undefined) first.set(change.id, i);
      else ctx.addIssue({ code: 'custom', path: ['changes', i, 'id'], message: `row ${change.id} is already changed by changes.${seen}; send one change per row` });
    });
  });
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const ConflictSchema = z.object({
  id: RowIdSchema,
  field: z.string(),
  base: z.string().nullable(),
  /** null when my change was a delete. */
  mine: z.string().nullable(),
  /** null when the row was deleted by someone else. */
  theirs: z.string().nullable(),
  reason: z.enum(['changed', 'deleted']),
  by: z.string().nullable(),
  at: z.string().nullable(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const AppliedSchema = z.object({ id: z.string(), fields: z.array(z.string()), deleted: z.boolean().optional() });
export type Applied = z.infer<typeof AppliedSchema>;

export const PushResponseSchema = z.object({
  revision: z.number().int(),
  applied: z.array(AppliedSchema),
  conflicts: z.array(ConflictSchema),
  replayed: z.boolean().optional(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PlanRowSchema = z.object({
  id: RowIdSchema,
  fields: z.record(z.string(), z.string()),
  rev: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  deleted: z.boolean().optional(),
});
export type PlanRow = z.infer<typeof PlanRowSchema>;

export const PlanResponseSchema = z.object({
  revision: z.number().int(),
  /** The plan's latest board snapshot, so any editor can show what changed since board approval. */
  latestSnapshot: z.lazy(() => SnapshotSchema).nullable().optional(),
  rows: z.array(PlanRowSchema),
});
export type PlanResponse = z.infer<typeof PlanResponseSchema>;

export const ChangeEntrySchema = z.object({
  revision: z.number().int(),
  id: RowIdSchema,
  /** A canonical field, or "deleted" for a row deletion. */
  field: z.string(),
  value: z.string().nullable(),
  /** Display name of who made the change. */
  by: z.string(),
  /** Stable subject id of who made the change: two people with one name are told apart by it. */
  sub: z.string(),
  at: z.string(),
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

export const ChangesResponseSchema = z.object({
  /** The plan's revision now. */
  revision: z.number().int(),
  /** Pass as `since` to read on from here. */
  cursor: z.string(),
  /** True when more changes follow: ask again with `since=<cursor>`. */
  more: z.boolean(),
  /** True when the cursor sent was not one this store recognises (storage was restored to an earlier state): the changes start again from the beginning. */
  reset: z.boolean().optional(),
  changes: z.array(ChangeEntrySchema),
});
export type ChangesResponse = z.infer<typeof ChangesResponseSchema>;

export const SnapshotRequestSchema = z.object({ label: z.string({ error: 'must be text' }).trim().min(1, { error: 'is required' }).max(200) }).strict();
export const SnapshotCreatedSchema = z.object({ snapshotId: z.string(), revision: z.number().int() });
export const SnapshotSchema = z.object({
  snapshotId: z.string(),
  label: z.string(),
  revision: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
export const SnapshotResponseSchema = SnapshotSchema.extend({ rows: z.array(PlanRowSchema) });
export const DiffResponseSchema = z.object({
  from: SnapshotSchema,
  revision: z.number().int(),
  changes: z.array(z.object({ id: z.string(), field: z.string(), before: z.string().nullable(), after: z.string().nullable(), by: z.string(), at: z.string() })),
});
export type DiffResponse = z.infer<typeof DiffResponseSchema>;

export const TrustSchema = z
  .object({
    name: z.string({ error: 'must be text' }).trim().min(1, { error: 'is required' }).max(200),
    region: z.string({ error: 'must be text' }).regex(PATH_PART_PATTERN, { error: 'must be a region code like Y60' }),
  })
  .strict();
export type Trust = z.infer<typeof TrustSchema> & { code: string };

export const RAG_BUCKETS = ['red', 'amber', 'green', 'blue', 'none'] as const;
export type RagBucket = (typeof RAG_BUCKETS)[number];
export const IndicatorCountsSchema = z.object({
  actions: z.number().int(),
  red: z.number().int(),
  amber: z.number().int(),
  green: z.number().int(),
  blue: z.number().int(),
  none: z.number().int(),
  overdue: z.number().int(),
});
export type IndicatorCounts = z.infer<typeof IndicatorCountsSchema>;

export const CompareTrustSchema = z.object({
  trust: z.string(),
  name: z.string(),
  revision: z.number().int(),
  lastUpdate: z.string().nullable(),
  actionCount: z.number().int(),
  overdue: z.number().int(),
  byIndicator: z.record(z.string(), IndicatorCountsSchema),
  indicatorsWithNoAction: z.array(z.string()),
  /** HIA id ("1".."6") → counts; an action serving two HIAs counts toward both. */
  byHia: z.record(z.string(), IndicatorCountsSchema),
  hiasWithNoAction: z.array(z.string()),
  latestSnapshot: SnapshotSchema.nullable(),
});
export type CompareTrust = z.infer<typeof CompareTrustSchema>;
export const CompareResponseSchema = z.object({
  region: z.string(),
  standard: z.enum(['WRES', 'WDES']),
  period: z.string(),
  asAt: z.string(),
  indicators: z.array(z.string()),
  /** The EDI Improvement Plan's high impact actions compared, in order ("1".."6"). */
  hias: z.array(z.string()),
  trusts: z.array(CompareTrustSchema),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;

export const ROLES = ['editor', 'viewer', 'regional-lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const DevTokenRequestSchema = z
  .object({
    sub: z.string().min(1).max(100),
    name: z.string().max(200).optional(),
    trust: z.string().regex(PATH_PART_PATTERN).optional(),
    role: z.enum(ROLES),
    region: z.string().regex(PATH_PART_PATTERN).optional(),
  })
  .strict();

/** `GET /v1/sign-in`: how the pane signs in to this service (no secrets). */
export const SignInOptionsSchema = z.object({
  devLogin: z.boolean(),
  naa: z.object({ clientId: z.string(), authority: z.string(), scopes: z.array(z.string()) }).nullable(),
});
export type SignInOptionsBody = z.infer<typeof SignInOptionsSchema>;
export const DevTokenResponseSchema = z.object({ token: z.string().min(1) });
export const TrustListSchema = z.object({ trusts: z.array(TrustSchema.extend({ code: z.string() })) });

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
