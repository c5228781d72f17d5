/**
 * The one build engine ({@link dev.briefing.engine.Engine}): load, resolve, render, check and write,
 * from a set of changes; a full build is the build of everything. Its result is a
 * {@link dev.briefing.engine.Snapshot}, which the preview serves whole, with the overlay of problems.
 *
 * <p>May use: source, resolve, render, check, output, lint and the packages below them; not the root package, cli,
 * serve, handbook or scaffold. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.engine;
