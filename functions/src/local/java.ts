import { spawnSync } from 'node:child_process';

export const MIN_JAVA_MAJOR = 17;

export class JavaMissingError extends Error {}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392" → 8, "21" → 21). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = versionOutput.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * DynamoDB Local 3.x is a Java program; without Java 17+ we stop with a clear paragraph rather than fall back
 * to a weaker pure-JS engine that lacks transactions and would hide real bugs.
 */
export function assertJava(javaBin = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java'): string {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const major = result.error ? undefined : parseJavaMajor(output);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    const found = major === undefined ? 'no working `java` was found on PATH (or in JAVA_HOME)' : `found Java ${major}`;
    throw new JavaMissingError(
      `The local database engine (Amazon DynamoDB Local 3.3.0) needs Java ${MIN_JAVA_MAJOR} or newer, but ${found}. ` +
        'Install a Java runtime and run the command again: on Debian/Ubuntu `sudo apt-get install -y openjdk-17-jre-headless`, ' +
        'on macOS `brew install openjdk@17`, on Windows the Temurin 17 installer. ' +
        'Alternatively point DYNAMODB_ENDPOINT at a DynamoDB-compatible engine you already run (e.g. http://localhost:8000).',
    );
  }
  return javaBin;
}
