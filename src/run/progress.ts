/**
 * Progress of a batch: a bar redrawn in place on a terminal (files done,
 * rate, time left), plain lines at most once a second elsewhere (CI logs).
 */
export interface Progress {
  readonly tick: (done: number, total: number) => void
  readonly end: () => void
}

export function createProgress(stream: NodeJS.WritableStream, isTTY: boolean, now: () => number = Date.now): Progress {
  const started = now()
  let lastLine = 0
  let drawn = false
  return {
    tick(done, total) {
      const elapsed = (now() - started) / 1000
      const rate = elapsed > 0 ? done / elapsed : 0
      const left = rate > 0 ? (total - done) / rate : 0
      const figures = `${done}/${total} files, ${rate.toFixed(1)} files/s, ${formatSeconds(left)} left`
      if (isTTY) {
        const width = 24
        const filled = total > 0 ? Math.round((done / total) * width) : width
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${figures}\u001b[K`)
        drawn = true
      } else if (done === total || now() - lastLine >= 1000) {
        lastLine = now()
        stream.write(`progress: ${figures}\n`)
      }
    },
    end() {
      if (drawn) stream.write('\n')
    }
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
}
