import { describe, expect, it } from 'vitest';
import { assertJava, JavaMissingError, parseJavaMajor } from './java';

describe('Java check for DynamoDB Local', () => {
  it('parses the major version of old and new java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('bash: java: command not found')).toBeUndefined();
  });

  it('explains how to install Java when none is found, instead of falling back to another engine', () => {
    expect(() => assertJava('/nonexistent/bin/java')).toThrow(JavaMissingError);
    expect(() => assertJava('/nonexistent/bin/java')).toThrow(/apt-get install -y openjdk-17-jre-headless/);
  });

  it('accepts the Java on this machine', () => {
    expect(assertJava()).toBeTruthy();
  });
});
