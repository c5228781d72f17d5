/**
 * The handbook's generated reference pages: schema tables, diagnostic examples run through the pipeline, template variables. Never used by a build.
 *
 * <p>May use: the pipeline and the packages below it; not cli, serve, scaffold or output. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.handbook;
