/**
 * The handbook as a small static site ({@code HandbookSite}), with its generated reference pages: schema tables, diagnostic
 * examples run through the pipeline, template variables ({@code Handbook}). Never used by a build.
 *
 * <p>May use: the pipeline and the packages below it; not cli, serve, scaffold or output. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.handbook;
