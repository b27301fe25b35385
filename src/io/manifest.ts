import type { VFile } from 'vfile'
import type { Lang } from '../lang.js'
import type { Fact } from '../schema/fact.js'
import { factKinds, type FactKind } from '../schema/vocabulary.js'

/** A message as the manifest keeps it. */
export interface ManifestMessage {
  readonly ruleId: string
  readonly source: string
  readonly reason: string
  readonly place: string
  readonly fatal: boolean
}

export interface ManifestSource {
  readonly path: string
  readonly sha256: string
  readonly bytes: number
  readonly language: Lang | null
  /** Whether the source was skipped (a fatal problem): nothing of it is in the dataset. */
  readonly skipped: boolean
  readonly facts: Readonly<Record<FactKind, number>>
  readonly problems: readonly ManifestMessage[]
}

export interface Manifest {
  readonly tool: { readonly name: string; readonly version: string }
  readonly schemaVersion: string
  readonly configHash: string
  readonly sources: readonly ManifestSource[]
}

export function manifestSource(file: VFile, records: readonly Fact[], skipped: boolean): ManifestSource {
  const facts = Object.fromEntries(factKinds.map((kind) => [kind, 0])) as Record<FactKind, number>
  for (const record of records) facts[record.kind]++
  return {
    path: file.data.sourcePath ?? String(file.path),
    sha256: file.data.sha256 ?? '',
    bytes: file.data.bytes ?? 0,
    language: skipped ? null : (file.data.lang ?? null),
    skipped,
    facts,
    problems: file.messages.map(toManifestMessage)
  }
}

export function toManifestMessage(message: VFile['messages'][number]): ManifestMessage {
  return {
    ruleId: message.ruleId ?? '',
    source: message.source ?? '',
    reason: message.reason,
    place: placeText(message.place),
    fatal: message.fatal === true
  }
}

function placeText(place: VFile['messages'][number]['place']): string {
  if (!place) return ''
  if ('start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  return `${place.line}:${place.column}`
}

export function serializeManifest(manifest: Manifest): string {
  const sources = [...manifest.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return `${JSON.stringify({ ...manifest, sources }, null, 2)}\n`
}
