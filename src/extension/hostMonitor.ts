/**
 * How long the extension host's event loop was ever blocked while a comparison
 * ran and its results were drawn (the engine itself runs in a worker), and how
 * much of that was garbage collection. Other extensions share the host: their
 * work shows here too. Written to the log only.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface HostMonitor {
  /** Stops measuring, without a report. Safe to call more than once. */
  stop(): void;
  /** Stops measuring after `afterMs` (the drawing done by then) and writes one line. */
  reportLater(write: (line: string) => void, name: string, afterMs?: number): void;
}

export function startHostMonitor(): HostMonitor {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let gcMax = 0;
  let gcTotal = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMax = Math.max(gcMax, e.duration);
      gcTotal += e.duration;
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  const stop = (): void => {
    lag.disable();
    gc.disconnect();
  };
  return {
    stop,
    reportLater(write, name, afterMs = 400) {
      setTimeout(() => {
        stop();
        write(`${name}: longest host task while comparing and drawing: ${(lag.max / 1e6).toFixed(0)} ms (GC: longest ${gcMax.toFixed(0)} ms, ${gcTotal.toFixed(0)} ms in all)`);
      }, afterMs);
    },
  };
}
