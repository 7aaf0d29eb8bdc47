import { cpus, totalmem, type as osType, release } from 'node:os';

/** Names the machine a benchmark ran on, so numbers are never read without it. */
export function describeMachine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}
