import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'

export interface DuckDBSettings {
  /** Threads DuckDB works with. */
  readonly threads: number
  /** What it may hold in memory before it spills to `spill` (DuckDB's notation: `512MB`, `4GB`). */
  readonly memory: string
  /** A folder for what does not fit in memory. */
  readonly spill: string
}

export interface DuckDB {
  readonly connection: DuckDBConnection
  readonly close: () => void
}

/** An in-process DuckDB whose data lives in memory up to `memory` and on disk past it. */
export async function openDuckDB(settings: DuckDBSettings): Promise<DuckDB> {
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(settings.threads),
    memory_limit: settings.memory,
    temp_directory: settings.spill
  })
  const connection = await instance.connect()
  return {
    connection,
    close() {
      connection.closeSync()
      instance.closeSync()
    }
  }
}

/** A string literal of SQL. */
export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A list of SQL string literals, for the files a table function reads. */
export function sqlList(texts: readonly string[]): string {
  return `[${texts.map(sqlText).join(', ')}]`
}
