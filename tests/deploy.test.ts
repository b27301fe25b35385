/**
 * The manifests of deploy/, checked without a cluster: each Kubernetes
 * object against the Kubernetes JSON Schema (kubernetes-models) and, as
 * kubectl's strict validation would, against the API's types with no field
 * they do not know; each AWS Batch job definition against the Batch API's
 * types. Their commands are factline's own, with the plan's shard count.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { PersistentVolumeClaim } from 'kubernetes-models/v1'
import { Job } from 'kubernetes-models/batch/v1'
import { parseAllDocuments } from 'yaml'
import { describe, expect, test } from 'vitest'
import { commands } from '../src/commands/index.js'
import { projectRoot } from './helpers/project.js'

const deploy = path.join(projectRoot, 'deploy')

interface Manifest {
  readonly file: string
  readonly object: { apiVersion: string; kind: string; metadata: { name: string }; spec: Record<string, unknown> }
}

function kubernetesManifests(): Manifest[] {
  const folder = path.join(deploy, 'kubernetes')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) =>
      parseAllDocuments(readFileSync(path.join(folder, name), 'utf8')).map((document) => {
        expect(document.errors, name).toEqual([])
        return { file: name, object: document.toJS() as Manifest['object'] }
      })
    )
}

function batchDefinitions(): { file: string; object: Record<string, unknown> }[] {
  const folder = path.join(deploy, 'aws-batch')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ file: name, object: JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Record<string, unknown> }))
}

/** The types the Kubernetes and AWS Batch APIs give each object, by kind. */
const apiTypes: Record<string, { readonly from: string; readonly type: string }> = {
  Job: { from: 'kubernetes-models/batch/v1/Job', type: 'IJob' },
  PersistentVolumeClaim: { from: 'kubernetes-models/v1/PersistentVolumeClaim', type: 'IPersistentVolumeClaim' },
  JobDefinition: { from: '@aws-sdk/client-batch', type: 'RegisterJobDefinitionCommandInput' }
}

/** The type errors of objects written as literals of their API's types: a field the API does not have is one. */
function typeErrors(objects: readonly { kind: string; object: unknown }[]): string[] {
  const folder = path.join(projectRoot, 'node_modules', '.factline-deploy-check')
  mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `check-${process.pid}.ts`)
  const kinds = [...new Set(objects.map(({ kind }) => kind))]
  writeFileSync(
    file,
    [
      ...kinds.map((kind) => `import type { ${apiTypes[kind]!.type} } from '${apiTypes[kind]!.from}'`),
      ...objects.map(({ kind, object }, index) => `export const object${index}: ${apiTypes[kind]!.type} = ${JSON.stringify(object)}`)
    ].join('\n')
  )
  try {
    const config = ts.readConfigFile(path.join(projectRoot, 'tsconfig.json'), (file) => ts.sys.readFile(file))
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, projectRoot)
    const program = ts.createProgram([file], { ...options, types: ['node'] })
    return ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('deploy/kubernetes', () => {
  test('should validate against the Kubernetes JSON Schema', () => {
    const manifests = kubernetesManifests()
    expect(manifests.map(({ object }) => `${object.kind}/${object.metadata.name}`).sort()).toEqual([
      'Job/factline-plan',
      'Job/factline-reduce',
      'Job/factline-shards',
      'PersistentVolumeClaim/factline-data'
    ])
    for (const { file, object } of manifests) {
      const model = object.kind === 'Job' ? new Job(object as never) : new PersistentVolumeClaim(object)
      expect(() => model.validate(), file).not.toThrow()
    }
  })

  test('should hold no field the Kubernetes API does not know, and a wrong one should be found', () => {
    const manifests = kubernetesManifests().map(({ object }) => ({ kind: object.kind, object }))
    expect(typeErrors(manifests)).toEqual([])
    const shards = manifests.find(({ object }) => object.metadata.name === 'factline-shards')!
    const misspelt = { ...shards.object, spec: { ...shards.object.spec, completionMod: 'Indexed' } }
    expect(typeErrors([{ kind: 'Job', object: misspelt }]).join('\n')).toMatch(/completionMod\W* does not exist/u)
  }, 60_000)

  test("should run factline's steps, one indexed pod per shard of the plan", () => {
    const jobs = new Map(kubernetesManifests().map(({ object }) => [object.metadata.name, object.spec]))
    const argsOf = (name: string) => {
      const spec = jobs.get(name) as { template: { spec: { containers: { args: string[] }[] } } }
      return spec.template.spec.containers[0]!.args
    }
    const plan = argsOf('factline-plan')
    const shards = jobs.get('factline-shards')!
    expect(shards.completionMode).toBe('Indexed')
    expect(String(shards.completions)).toBe(plan[plan.indexOf('--shards') + 1])
    const names = new Set(commands.map((command) => command.name))
    expect(names.has(plan[0]!) && names.has(argsOf('factline-shards')[0]!)).toBe(true)
    expect(argsOf('factline-shards').slice(0, 5)).toEqual(['shard', '--plan', '/data/plan', '--out', '/data/work'])
    expect(argsOf('factline-reduce')[0]).toMatch(/reduce --in \/data\/work .*finalize --in \/data\/work --out \/data\/dataset.*export/su)
  })
})

describe('deploy/aws-batch', () => {
  test("should hold job definitions of the Batch API's types, running the steps through step.sh", () => {
    const definitions = batchDefinitions()
    expect(definitions.map(({ file }) => file).sort()).toEqual(['reduce-job-definition.json', 'shard-job-definition.json'])
    expect(typeErrors(definitions.map(({ object }) => ({ kind: 'JobDefinition', object })))).toEqual([])
    expect(typeErrors([{ kind: 'JobDefinition', object: { ...definitions[0]!.object, type: 'containr' } }]).join('\n')).toContain(
      'containr'
    )
    for (const { object } of definitions) {
      const command = (object.containerProperties as { command: string[] }).command
      expect(command.slice(0, 2)).toEqual(['/bin/sh', 'deploy/aws-batch/step.sh'])
      expect(['shard', 'reduce']).toContain(command[2])
    }
    const syntax = spawnSync('sh', ['-n', path.join(deploy, 'aws-batch', 'step.sh')], { encoding: 'utf8' })
    expect(syntax.status, syntax.stderr).toBe(0)
  }, 60_000)
})
