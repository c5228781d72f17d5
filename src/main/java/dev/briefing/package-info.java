/**
 * {@link dev.briefing.Pipeline}: one full build through the engine, as {@code build}, {@code check} and the handbook run it.
 *
 * <p>May use: the engine and the packages below it; not cli, serve, handbook or scaffold, which use it. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing;
