/**
 * The preview: incremental rebuilds through the same render-and-check stage as the build, the file watcher and the loopback HTTP server with live reload and the error overlay. Writes nothing to disk.
 *
 * <p>May use: the pipeline and the packages below it; not cli, handbook, scaffold or output. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.serve;
