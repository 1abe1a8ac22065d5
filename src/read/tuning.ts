// Sizes the streamed readers work with. One object, so a test can shrink them and run the
// bounded-memory paths (spilling to disk) on small inputs, then compare with the plain path.
export const tuning = {
  /**
   * Finished Markdown items read from stdin (a file is read in passes instead and holds none) kept
   * in memory before they move to a temporary file: ~1 KB each, so a real list (a few thousand
   * items) never spills and a huge one stays bounded.
   */
  markdownHeldInMemory: 4096,
};
