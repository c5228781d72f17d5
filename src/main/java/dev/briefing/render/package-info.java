/**
 * The render stage: the Freemarker theme and its message files (every word readers see, per language), view records for templates, the page plan, feeds, sitemap, search index, assets, corrections and the landscape as data (/data/, with its JSON Schemas). Writes no files.
 *
 * <p>May use: resolve, model, markdown, yaml, diag, util; not check, output, source or lint. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.render;
