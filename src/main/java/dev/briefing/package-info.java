/**
 * The generator's pipeline: load, resolve, render, check, write ({@link dev.briefing.Pipeline}), and the one render-and-check stage that build, check and the preview share ({@link dev.briefing.RenderAndCheck}).
 *
 * <p>May use: every package below it; not cli, serve, handbook or scaffold, which use it. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing;
