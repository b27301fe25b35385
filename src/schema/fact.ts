import { z } from 'zod'
import { langs } from '../lang.js'
import {
  cameoCodes,
  dateTypes,
  directions,
  entityTypes,
  eventTypes,
  figureTypes,
  grains,
  linkReasons,
  periodParts,
  qualifiers
} from './vocabulary.js'

/** Version of the record schema: bump on any change a consumer could notice. */
export const schemaVersion = '1.4.0'

/** ISO 8601 calendar date as precise as the text: `2024`, `2000-10`, `1972-11-08`, `1972-11-08T15`, `1972-11-08T15:30`, `1972-11-08T10:00Z`. */
const calendarDate = String.raw`\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?`

/** ISO 8601 date or interval of two dates: `2013/2014`, `2003-07-08/2003-07-09`, `2013-02-12T15:30/2013-02-12T18:00`. */
export const isoDateOrInterval = new RegExp(`^${calendarDate}(?:/${calendarDate})?$`, 'u')

/**
 * A unist point, with the offset in both units: `offset` counts UTF-16 code
 * units (JavaScript's string indices, as unist does), `offsetCodePoint` code
 * points (Python's string indices, spaCy's character offsets). They differ
 * only after a character outside the Basic Multilingual Plane (an emoji).
 */
export const point = z
  .object({
    line: z.number().int().min(1).describe('1-based line'),
    column: z.number().int().min(1).describe('1-based column, in UTF-16 code units'),
    offset: z.number().int().min(0).describe('0-based offset in UTF-16 code units (JavaScript string index, as unist)'),
    offsetCodePoint: z.number().int().min(0).describe('0-based offset in code points (Python string index, spaCy character offset)')
  })
  .strict()

export const span = z.object({ start: point, end: point }).strict()

/** A date a figure or event is tied to; `relative` when the text says it relative to the day of writing ("last year", "9 tháng"). */
export const dateRef = z
  .object({ value: z.string().regex(isoDateOrInterval), grain: z.enum(grains), relative: z.literal(true).optional() })
  .strict()

/** A record id: 16 hex digits of a hash of what the record says and where. */
const factId = z.string().regex(/^[0-9a-f]{16}$/u)

const linkReason = z.enum(linkReasons)

/**
 * Why each linked field of a record was linked: the field's name, the reason
 * (`linkReasons`) of the heuristic that linked it. Absent when the link stage
 * linked nothing.
 */
function linksOf<F extends string>(fields: readonly F[]) {
  const shape = Object.fromEntries(fields.map((field) => [field, linkReason.optional()])) as Record<F, z.ZodOptional<typeof linkReason>>
  return z.object(shape).strict().optional().describe('Why each linked field was linked: a reason of a closed list per field')
}

/** The fields of each kind the link stage fills, in the order `links` writes them. */
export const linkedFields = {
  figure: ['date', 'baseline', 'qualifier', 'direction', 'subject'],
  event: ['date', 'participants', 'place', 'figure', 'count'],
  entity: ['refersTo', 'canonical', 'roleOf']
} as const
export type LinkedField = (typeof linkedFields)[keyof typeof linkedFields][number]

/** One shape for every kind, so that a table of records (`export --parquet`) holds `links` in one column. */
const links = linksOf([...new Set(Object.values(linkedFields).flat())])

/** Fields every record has, in the order they are written; `links` last. */
function withBase<K extends string, T extends z.ZodType, S extends z.ZodRawShape, L extends z.ZodRawShape = Record<never, never>>(
  kind: K,
  type: T,
  shape: S,
  links?: L
) {
  return z
    .object({
      id: factId,
      kind: z.literal(kind),
      type,
      source: z.string().min(1),
      lang: z.enum(langs),
      span,
      quote: z.string().min(1),
      ...shape,
      /** The rule that produced the record, as `dimension/lang/rule-name`. */
      rule: z.string().min(1),
      ...(links ?? ({} as L))
    })
    .strict()
}

export const figureFact = withBase(
  'figure',
  z.enum(figureTypes),
  {
    value: z.number().finite().optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** ISO 4217 for money (absent when a sign several currencies share is left open by its document), `%`, or the noun counted. */
    unit: z.string().min(1).optional(),
    approx: z.literal(true).optional(),
    date: dateRef.optional(),
    /** The period a change is measured against: "tăng 20,5% so với năm 2023". */
    baseline: dateRef.optional(),
    qualifier: z.enum(qualifiers),
    /**
     * Which way it went: on a change (`qualifier: change`), a rise (`increase`:
     * "rose 3.5%", "tăng 3,5%") or a fall (`decrease`: "fell 3.5%", "giảm
     * 3,5%"); on the level a change reached ("from $5m to $9m", "từ 5 lên 9
     * triệu USD"), the way it moved from the level before. Absent when the
     * text does not say. The value stays the number written, without a sign.
     */
    direction: z.enum(directions).optional(),
    /** The measured subject as a short normalized phrase: "bilateral trade". */
    subject: z.string().min(1).optional()
  },
  { links }
)
  .refine((fact) => (fact.value === undefined) !== (fact.min === undefined && fact.max === undefined), {
    message: 'Unexpected figure shape, expected either `value` or `min`/`max`',
    path: ['value']
  })
  .refine((fact) => fact.unit !== undefined || fact.type === 'money', {
    message: 'Unexpected figure without a unit, expected one unless it is money of a currency left open',
    path: ['unit']
  })

export const dateFact = withBase('date', z.enum(dateTypes), {
  value: z.string().regex(isoDateOrInterval).nullable(),
  grain: z.enum(grains),
  /** Only part of the period: "early 2024" is 2024 with part `start`. */
  part: z.enum(periodParts).optional(),
  relative: z.literal(true).optional(),
  /**
   * A day or month named without its year ("December 3", "tháng 5", "early
   * April", "Christmas"), or a time without its day ("at 7 a.m."): relative too, since its year is the one the day of
   * writing places it in, but not a phrase of time relative to it.
   */
  yearless: z.literal(true).optional()
})
  .refine((fact) => fact.value !== null || fact.relative === true, {
    message: 'Unexpected null date, expected a value unless the date is relative',
    path: ['value']
  })
  .refine((fact) => fact.value === null || (fact.type === 'interval') === fact.value.includes('/'), {
    message: 'Unexpected date value, expected an interval exactly when `type` is `interval`',
    path: ['type']
  })

export const entityFact = withBase(
  'entity',
  z.enum(entityTypes),
  {
    name: z.string().min(1),
    role: z.string().min(1).optional(),
    /** Id of the organization the role belongs to, when the text names it. */
    roleOf: factId.optional(),
    canonical: z.string().min(1).optional(),
    /** Id of the long form an acronym or a short later mention refers to. */
    refersTo: factId.optional()
  },
  { links }
)

export const eventFact = withBase(
  'event',
  z.enum(eventTypes).describe('What happened: the 31 types of ../shared/corpus/EVENTS.md, by section (schema/event-types.ts)'),
  {
    /** The CAMEO code of the happening, where CAMEO has one ("042" a visit made, "043" one hosted), to join with GDELT. */
    cameo: z
      .enum(cameoCodes)
      .optional()
      .describe(
        'CAMEO code (codebook 1.1b3, as GDELT has it) where CAMEO codes the happening: 042 a visit made, 043 hosted, 057 an agreement signed'
      ),
    date: dateRef.nullable(),
    /** Ids of the entity records of the actors: who acted and on whom, never who reported it. */
    participants: z
      .array(factId)
      .describe('Ids of the entity records of the actors (subject and object of the trigger), not of who reported it'),
    place: factId.optional(),
    /** Id of a target's figure record. */
    figure: factId.optional(),
    /** Id of the count figure record of a casualty event: the dead, the people a disaster struck. */
    count: factId.optional().describe('Id of the count figure record of a casualty event (death, disaster), in the same file'),
    reopened: z.literal(true).optional()
  },
  { links }
)

export const fact = z.discriminatedUnion('kind', [figureFact, dateFact, entityFact, eventFact])

export type Fact = z.infer<typeof fact>
export type FigureFact = z.infer<typeof figureFact>
export type DateFact = z.infer<typeof dateFact>
export type EntityFact = z.infer<typeof entityFact>
export type EventFact = z.infer<typeof eventFact>
export type DateRef = z.infer<typeof dateRef>
export type Span = z.infer<typeof span>
export type Point = z.infer<typeof point>
