import * as path from 'node:path';
import { assertJavaAndMaven, findJava, parseJavaMajor } from './assert-java-and-maven';

describe('parseJavaMajor', () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['something else', null],
  ])('%s -> %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('assertJavaAndMaven', () => {
  test('names Java, how to install it and the alternatives when java cannot be run', () => {
    const env = { ...process.env, JAVA_HOME: '/nonexistent/jdk' };
    expect(findJava(env)).toBe(path.join('/nonexistent/jdk', 'bin', 'java'));
    expect(() => assertJavaAndMaven(env)).toThrow(
      /Java 17 or 21 is needed.*openjdk-17-jdk-headless.*NEO4J_URI/s,
    );
  });

  test('names Maven when mvn is not on PATH', () => {
    const javaHome = process.env.JAVA_HOME ?? '/usr/lib/jvm/java-17-openjdk-amd64';
    const env = { JAVA_HOME: javaHome, PATH: '/nonexistent' };
    expect(() => assertJavaAndMaven(env)).toThrow(/Maven is needed.*apt-get install -y maven/s);
  });

  test('passes on this machine, which has Java 17+ and Maven', () => {
    expect(() => assertJavaAndMaven()).not.toThrow();
  });
});
