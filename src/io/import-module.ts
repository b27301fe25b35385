/**
 * Imports a module by specifier (a package, or a file: or data: URL), as `import()` does from here. A process
 * started from the startup snapshot (src/snapshot/) has no `import()` of its own code: its entry sets the one
 * it uses instead.
 */
let importer: (specifier: string) => Promise<unknown> = (specifier) => import(specifier)

export function importModule<Module>(specifier: string): Promise<Module> {
  return importer(specifier) as Promise<Module>
}

export function setModuleImporter(replacement: (specifier: string) => Promise<unknown>): void {
  importer = replacement
}
